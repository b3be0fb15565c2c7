import type { CellValue } from '../grid';
import type { Role } from '../schema/roles';
import type { TableKind } from '../schema/column-schema';
import type { ColumnMap, HeaderMatch } from './header';
import type { Ordinal } from './numbering';

export type RowKind =
  | 'header'
  | 'repeated-header'
  | 'section'
  | 'group'
  | 'task'
  | 'sub'
  | 'continuation'
  | 'notes'
  | 'blank';

/** A logical row of the table: a section title, a group, a task or a sub-row, with its continuation rows joined. */
export interface RowRecord {
  kind: 'section' | 'group' | 'task' | 'sub';
  /** 0-based first and last grid rows (continuations included). */
  row: number;
  lastRow: number;
  ordinal?: Ordinal;
  numberText: string;
  /** Text per role, continuation text joined with a space. */
  text: Partial<Record<Role, string>>;
  /** The deadline cell as read, for date cells and serial numbers. */
  deadline?: { value: CellValue; format?: string; row: number };
  /** Index in `records` of the section this row belongs to, or -1. */
  section: number;
  /** Index in `records` of the group (for a task) or the task (for a sub-row). */
  parent?: number;
}

/**
 * The column read for a role. A table without a lead column has its "Cơ quan thực hiện" column stand in: its rows'
 * `text.lead` hold that column's text, and a task without one is missing its lead.
 */
export function columnFor(columns: ColumnMap, role: Role): number | undefined {
  return columns[role] ?? (role === 'lead' ? columns.executor : undefined);
}

export interface ParsedTable {
  sheet: string;
  header: HeaderMatch;
  columns: ColumnMap;
  kind: TableKind;
  bodyStart: number;
  /** Exclusive end of the rows that belong to this table (notes and signature included). */
  end: number;
  /** 0-based last row holding table content (not notes, not blank). */
  lastRow: number;
  /** The lead column is headed "Cơ quan chủ trì, phối hợp": its first agency leads, the others support. */
  leadWithSupport: boolean;
  /** Text of the title block above the header, joined by new lines. */
  title: string;
  /** kinds[r - header.top] for every row from the header to `end`. */
  kinds: RowKind[];
  records: RowRecord[];
  repeatedHeaders: number[];
}
