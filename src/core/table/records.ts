/** A table row as a record: its text per role (continuations joined), its deadline cell, its place in the table. */
import type { Grid } from '../grid';
import type { Role } from '../schema/roles';
import type { ColumnMap, HeaderContext } from './header';
import type { RowRecord } from './model';
import type { Ordinal } from './numbering';

/** A column map as parallel arrays, for the per-row loops. */
interface Mapped {
  roles: Role[];
  cols: number[];
}

const ENTRIES = new WeakMap<ColumnMap, Mapped>();
function entriesOf(columns: ColumnMap): Mapped {
  let e = ENTRIES.get(columns);
  if (!e) {
    const pairs = Object.entries(columns) as [Role, number][];
    e = { roles: pairs.map((p) => p[0]), cols: pairs.map((p) => p[1]) };
    ENTRIES.set(columns, e);
  }
  return e;
}

/**
 * Every mapped role gets a key (undefined when the cell is blank), in column-map order: all records of a table then
 * share one object shape, which keeps every reader of `record.text` fast.
 */
export function rowText(texts: readonly string[], columns: ColumnMap): Partial<Record<Role, string>> {
  const text: Partial<Record<Role, string>> = {};
  const { roles, cols } = entriesOf(columns);
  for (let i = 0; i < roles.length; i++) text[roles[i] as Role] = texts[cols[i] as number] || undefined;
  return text;
}

/** The filled roles' texts, in column-map order. */
export function filled(text: Partial<Record<Role, string>>): string[] {
  return Object.values(text).filter((t): t is string => t !== undefined);
}

/** Where a row is read: its index, its cleaned cell texts and the table's columns. */
export interface At {
  r: number;
  texts: readonly string[];
  columns: ColumnMap;
}

export function newRecord(kind: RowRecord['kind'], at: At, ctx: HeaderContext, section: number, ordinal?: Ordinal | null, text?: RowRecord['text']): RowRecord {
  const { grid } = ctx;
  const { r, texts, columns } = at;
  const numCol = columns.number;
  const dlCol = columns.deadline;
  const rec: RowRecord = {
    kind,
    row: r,
    lastRow: r,
    numberText: numCol === undefined ? '' : (texts[numCol] ?? ''),
    text: text ?? rowText(texts, columns),
    section,
  };
  if (ordinal) rec.ordinal = ordinal;
  if (dlCol !== undefined && texts[dlCol]) rec.deadline = deadlineCell(grid, r, dlCol);
  if (kind === 'task' || kind === 'sub') fillMergedDown(rec, at, ctx);
  return rec;
}

function deadlineCell(grid: Grid, r: number, c: number): NonNullable<RowRecord['deadline']> {
  const cell: NonNullable<RowRecord['deadline']> = { value: grid.values[r]?.[c] ?? null, row: r };
  const format = grid.numberFormats?.[r]?.[c];
  if (format) cell.format = format;
  return cell;
}

const MERGED_DOWN: readonly Role[] = ['lead', 'support', 'deadline', 'status', 'progress', 'completion'];

/** A lead, support, deadline or progress cell merged down over several tasks holds, for each of them, the merge's text. */
function fillMergedDown(rec: RowRecord, at: At, ctx: HeaderContext): void {
  for (const role of MERGED_DOWN) {
    const c = at.columns[role];
    if (c === undefined || rec.text[role] !== undefined) continue;
    const m = ctx.merges.at(at.r, c);
    if (!m || m.top >= at.r) continue;
    const text = ctx.texts.at(m.top, m.left);
    if (!text) continue;
    rec.text[role] = text;
    // Issues about it stay on the task's own row (inside the merged cell).
    if (role === 'deadline') rec.deadline = { ...deadlineCell(ctx.grid, m.top, m.left), row: at.r };
  }
}

const AGENCY_ROLES: ReadonlySet<Role> = new Set(['lead', 'support', 'executor']);

/**
 * The text to append: a converter repeats the syllable cut at a page break ("… đơn vị" / "vị, địa phương"), and no
 * agency name doubles a word, so the repeat goes.
 */
function withoutRepeatedWord(before: string, next: string): string {
  const last = /(\p{L}+)\s*$/u.exec(before)?.[1];
  const first = /^(\p{L}+)/u.exec(next)?.[1];
  if (!last || !first || last.toLowerCase() !== first.toLowerCase()) return ` ${next}`;
  const rest = next.slice(first.length).trimStart();
  return /^[,;.]/.test(rest) || rest === '' ? rest : ` ${rest}`;
}

export function join(rec: RowRecord, at: At, ctx: HeaderContext): void {
  const { r, texts, columns } = at;
  const { roles, cols } = entriesOf(columns);
  for (let i = 0; i < roles.length; i++) {
    const t = texts[cols[i] as number];
    const role = roles[i] as Role;
    const before = rec.text[role];
    if (t) rec.text[role] = before ? `${before}${AGENCY_ROLES.has(role) ? withoutRepeatedWord(before, t) : ` ${t}`}` : t;
  }
  const dlCol = columns.deadline;
  if (!rec.deadline && dlCol !== undefined && texts[dlCol]) {
    rec.deadline = deadlineCell(ctx.grid, r, dlCol);
  }
  rec.lastRow = r;
}
