import type { Grid } from '../grid';
import type { Role } from '../schema/roles';
import type { RoleHit, RoleMatcher } from '../schema/role-matcher';
import { matchKey } from '../text/normalize';
import { completionBeside, isDataCell, matchHeaderCell } from './header-cells';
import type { MergeIndex } from './merges';
import type { RowTexts } from './row-texts';

export type ColumnMap = Partial<Record<Role, number>>;

export interface HeaderMatch {
  top: number;
  bottom: number;
  columns: ColumnMap;
}

const CORE_ROLES: readonly Role[] = ['task', 'lead', 'deadline', 'support'];
const MAX_HEADER_CELL = 120;

export interface HeaderContext {
  grid: Grid;
  merges: MergeIndex;
  matcher: RoleMatcher;
  width: number;
  texts: RowTexts;
  /** matchHeaderAt's answers by row: table finding and row classification ask about the same rows. */
  headers?: Map<number, HeaderMatch | null>;
}

/** The cell's text, or its merge's top-left cell's when the adapter left merged cells empty (Office.js). */
function headerText(ctx: HeaderContext, r: number, c: number): string {
  let [vr, vc] = [r, c];
  const own = ctx.grid.values[r]?.[c] ?? null;
  if (own === null || own === '') {
    const m = ctx.merges.at(r, c);
    if (m) [vr, vc] = [m.top, m.left];
  }
  const v = ctx.grid.values[vr]?.[vc];
  return typeof v === 'string' && v.length > MAX_HEADER_CELL ? '' : ctx.texts.at(vr, vc);
}

interface Mapping {
  columns: ColumnMap;
  /** Columns whose label matched a role, assigned or not. */
  matched: Set<number>;
}

/** One column per role and one role per column, best-scoring hits first. */
function assign(hits: (RoleHit & { col: number })[]): ColumnMap {
  hits.sort((a, b) => b.score - a.score || a.col - b.col);
  const columns: ColumnMap = {};
  const used = new Set<number>();
  for (const h of hits) {
    if (columns[h.role] !== undefined || used.has(h.col)) continue;
    columns[h.role] = h.col;
    used.add(h.col);
  }
  return columns;
}

function mapRows(ctx: HeaderContext, top: number, bottom: number): Mapping {
  const hits: (RoleHit & { col: number; label: string })[] = [];
  let deadlines = 0;
  for (let c = 0; c < ctx.width; c++) {
    // Of three rows, the label over the bottom one is the middle row's, or the top row's where the middle is empty.
    const upper = (bottom - top === 2 ? headerText(ctx, top + 1, c) : '') || headerText(ctx, top, c);
    const lower = bottom > top ? headerText(ctx, bottom, c) : '';
    // Of three rows, a column whose lower labels name no role ("Năm 2026" over "Quý I") takes the top one's ("Tiến độ").
    const hit = matchHeaderCell(ctx.matcher, upper, lower) ?? (bottom - top === 2 ? matchHeaderCell(ctx.matcher, headerText(ctx, top, c), '') : null);
    if (hit) hits.push({ col: c, ...hit, label: `${upper} ${lower}` });
    if (hit?.role === 'deadline') deadlines++;
  }
  const columns = assign(hits);
  // Two columns read as the deadline: which one is when the task was done ("Thời hạn" | "Thời gian hoàn thành").
  const done = deadlines > 1 && columns.completion === undefined ? completionBeside(hits.map((h) => ({ ...h, key: matchKey(h.label) })), columns.deadline) : undefined;
  if (done !== undefined) columns.completion = done;
  return { columns, matched: new Set(hits.map((h) => h.col)) };
}

/** Labels under a heading merged across columns ("Tiến độ" over "Quý I | Quý II …") are labels, whatever they say. */
function underHeading(ctx: HeaderContext, r: number, c: number): boolean {
  const m = ctx.merges.at(r - 1, c);
  return m !== undefined && m.bottom === r - 1 && m.right > m.left;
}

function holdsData(ctx: HeaderContext, r: number, matched: ReadonlySet<number>, second: boolean): boolean {
  const row = ctx.grid.values[r] ?? [];
  for (let c = 0; c < row.length; c++) {
    if (isDataCell(row[c], ctx.texts.at(r, c), matched.has(c)) && !(second && underHeading(ctx, r, c))) return true;
  }
  return false;
}

/** A heading merged across columns with different labels under it: "Cơ quan" over "Chủ trì | Phối hợp". */
function hasSubLabels(ctx: HeaderContext, r: number): boolean {
  for (const m of ctx.merges.startingIn(r)) {
    if (m.bottom !== r || m.right === m.left) continue;
    const labels = new Set<string>();
    for (let c = m.left; c <= m.right; c++) labels.add(ctx.texts.at(r + 1, c));
    labels.delete('');
    if (labels.size >= 2) return true;
  }
  return false;
}

/** Three roles or more, one a core role, and no cell holding data ("Sở Nội vụ", "Theo kế hoạch", a date). */
function isHeaderLike(ctx: HeaderContext, { columns, matched }: Mapping, top: number, bottom: number): boolean {
  const roles = Object.keys(columns) as Role[];
  if (roles.length < 3 || !roles.some((r) => CORE_ROLES.includes(r))) return false;
  for (let r = top; r <= bottom; r++) if (holdsData(ctx, r, matched, r > top)) return false;
  return true;
}

function rowHasShortText(ctx: HeaderContext, r: number): boolean {
  const row = ctx.grid.values[r];
  if (!row) return false;
  let short = 0;
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    if (typeof v === 'string' && v.length > 0 && v.length <= MAX_HEADER_CELL) short++;
  }
  return short >= 2;
}

/** A one- or two-row header starting at row r (two rows when the second adds roles, e.g. "CƠ QUAN" over "CHỦ TRÌ"). */
export function matchHeaderAt(ctx: HeaderContext, r: number): HeaderMatch | null {
  const known = ctx.headers?.get(r);
  if (known !== undefined) return known;
  const found = computeHeaderAt(ctx, r);
  ctx.headers?.set(r, found);
  return found;
}

function computeHeaderAt(ctx: HeaderContext, r: number): HeaderMatch | null {
  if (!rowHasShortText(ctx, r) && ctx.merges.widestInRow(r) < 2) return null;
  const single = mapRows(ctx, r, r);
  const singleCount = Object.keys(single.columns).length;
  // A numbered row under it is the body, not a header's second row (most repeats at page breaks).
  const numCol = single.columns.number;
  const numberedBelow = numCol !== undefined && ctx.texts.ordinalAt(r + 1, numCol) !== null;
  if (singleCount >= 2 && r + 1 < ctx.grid.values.length && !numberedBelow) {
    const double = mapRows(ctx, r, r + 1);
    const doubleCount = Object.keys(double.columns).length;
    const adds = doubleCount > singleCount || (doubleCount === singleCount && hasSubLabels(ctx, r));
    const triple = thirdRow(ctx, r, numCol, Math.max(singleCount, doubleCount));
    if (triple) return triple;
    if (adds && isHeaderLike(ctx, double, r, r + 1)) return { top: r, bottom: r + 1, columns: double.columns };
  }
  return isHeaderLike(ctx, single, r, r) ? { top: r, bottom: r, columns: single.columns } : null;
}

/** "Phân công" over "Cơ quan thực hiện | Thời gian" over "Chủ trì | Phối hợp | Hoàn thành": a header of three rows. */
function thirdRow(ctx: HeaderContext, r: number, numCol: number | undefined, roles: number): HeaderMatch | null {
  const bottom = r + 2;
  if (bottom >= ctx.grid.values.length || (numCol !== undefined && ctx.texts.ordinalAt(bottom, numCol) !== null)) return null;
  if (isColumnNumberRow(ctx.grid, bottom) || !hasSubLabels(ctx, r + 1)) return null;
  const triple = mapRows(ctx, r, bottom);
  const count = Object.keys(triple.columns).length;
  if (count < roles || (count === roles && !labelsPeriods(ctx, bottom)) || !isHeaderLike(ctx, triple, r, bottom)) return null;
  return { top: r, bottom, columns: triple.columns };
}

const PERIOD_LABEL = /^(?:quý|tháng|năm)\s+[\divx]+$/iu;

/** "Quý I | Quý II …" under "Năm 2026 | Năm 2027": the periods of a time chart, the third row of its header. */
function labelsPeriods(ctx: HeaderContext, r: number): boolean {
  let n = 0;
  const row = ctx.texts.of(r);
  for (let c = 0; c < row.length; c++) if (PERIOD_LABEL.test(row[c] ?? '') && underHeading(ctx, r, c)) n++;
  return n >= 2;
}

const COLUMN_NUMBER = /^\(?\d{1,2}\)?$/;
/** The "(1) (2) (3)…" row many annexes put under the header. */
export function isColumnNumberRow(grid: Grid, r: number): boolean {
  const row = grid.values[r];
  if (!row) return false;
  let n = 0;
  for (const v of row) {
    if (v === null || v === '') continue;
    if (!COLUMN_NUMBER.test(String(v).trim())) return false;
    n++;
  }
  return n >= 3;
}
