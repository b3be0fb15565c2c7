/**
 * Where each part of a SheetSpec goes on a new worksheet (rows, widths, heights, cell values) — the same layout
 * as the command line's sheet-XML writer (src/cli/summary-sheet-xml.ts). Pure: the Office.js calls are in summary-writer.ts.
 */
import type { BlockSpec, ColumnKind, LinkTarget, SheetSpec, SpecValue, TitleLine } from '../core/summary/sheet-spec';
import { lineCount } from '../core/summary/sheet-spec';
import { quoteSheet } from './address';
import { utf8Length } from './read-plan';

export const FONT = 'Times New Roman';
export const NUMBER_FORMAT: Record<ColumnKind, string> = { text: '@', int: '0', percent: '0%', date: 'dd/mm/yyyy' };
export const HEADER_FILL = '#DDE7F3';
export const TOTAL_FILL = '#F2F2F2';
export const LINK_COLOR = '#0563C1';
export const BORDER_COLOR = '#808080';

export type LineKind = TitleLine['style'] | 'caption' | 'empty' | 'note';
export const LINE_FONT: Record<LineKind, { size: number; bold?: boolean; italic?: boolean; align: 'Center' | 'Left' }> = {
  heading: { size: 14, bold: true, align: 'Center' },
  subheading: { size: 13, bold: true, align: 'Center' },
  italic: { size: 12, italic: true, align: 'Center' },
  plain: { size: 11, align: 'Center' },
  caption: { size: 12, bold: true, align: 'Left' },
  empty: { size: 12, italic: true, align: 'Left' },
  note: { size: 11, italic: true, align: 'Left' },
};

export interface Line {
  /** 1-based row. */
  row: number;
  text: string;
  kind: LineKind;
  height: number;
}

export interface TablePart {
  block: BlockSpec;
  /** 1-based rows: header, first and last data row, totals. */
  header: number;
  first: number;
  last: number;
  totals: number;
  name: string;
}

export interface SheetLayout {
  spec: SheetSpec;
  name: string;
  /** Number of columns (the title lines span them all). */
  span: number;
  /** Column widths in points. */
  widths: number[];
  lines: Line[];
  tables: TablePart[];
  firstHeader?: number;
  lastRow: number;
}

/** Excel character units (exceljs widths) to the points Office.js uses: 7 px per unit + 5 px padding, 0.75 pt/px. */
export function widthPoints(units: number): number {
  return Math.round((units * 7 + 5) * 0.75 * 10) / 10;
}

export function layoutSheet(spec: SheetSpec, name: string, tableName: (i: number) => string): SheetLayout {
  const span = spec.columns.length;
  const totalWidth = spec.columns.reduce((a, c) => a + c.width, 0);
  const lines: Line[] = [];
  const tables: TablePart[] = [];
  let r = 1;
  const line = (text: string, kind: LineKind) => {
    const size = LINE_FONT[kind].size;
    lines.push({ row: r++, text, kind, height: lineCount(text, totalWidth / (size / 12)) * size * 1.4 + 2 });
  };
  for (const t of spec.title) line(t.text, t.style);
  let firstHeader: number | undefined;
  spec.blocks.forEach((block, i) => {
    r++;
    if (block.caption) line(block.caption, 'caption');
    if (block.rows.length === 0) {
      line(block.emptyText, 'empty');
      return;
    }
    firstHeader ??= r;
    const part = { block, header: r, first: r + 1, last: r + block.rows.length, totals: r + block.rows.length + 1, name: tableName(i) };
    tables.push(part);
    r = part.totals + 1;
  });
  if (spec.notes.length) r++;
  for (const note of spec.notes) line(note, 'note');
  return { spec, name, span, widths: spec.columns.map((c) => widthPoints(c.width)), lines, tables, ...(firstHeader === undefined ? {} : { firstHeader }), lastRow: r - 1 };
}

function isoToSerial(iso: string): number | string {
  const [y, m, d] = [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))];
  if (!y || !m || !d) return iso;
  return Date.UTC(y, m - 1, d) / 86400000 + 25569;
}

/** A SpecValue as Office.js writes it: dates as serial numbers, empty as "". */
export function officeValue(v: SpecValue, kind: ColumnKind): string | number {
  if (v === null) return '';
  if (kind === 'date' && typeof v === 'string') return isoToSerial(v);
  return v;
}

export function linkFormula(link: LinkTarget): string {
  return `=HYPERLINK("#${quoteSheet(link.sheet).replace(/"/g, '""')}!A${link.row}",${link.row})`;
}

/** Body values of a table part, row by row. */
export function bodyValues(layout: SheetLayout, part: TablePart): (string | number)[][] {
  const cols = layout.spec.columns;
  return part.block.rows.map((row) => cols.map((c, j) => officeValue(row.cells[j] ?? null, c.kind)));
}

export function totalsValues(layout: SheetLayout, part: TablePart): (string | number)[] {
  return layout.spec.columns.map((c, j) => officeValue(part.block.totals[j] ?? null, c.total === 'label' ? 'text' : c.kind));
}

/** Approximate request bytes of writing `rows` × columns values with their number formats. */
export function valuesBytes(values: readonly unknown[][]): number {
  return utf8Length(JSON.stringify(values)) + values.length * (values[0]?.length ?? 0) * 8;
}
