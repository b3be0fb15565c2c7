import type { Grid } from '../grid';
import type { Role } from '../schema/roles';
import type { RoleHit, RoleMatcher } from '../schema/role-matcher';
import { matchKey } from '../text/normalize';
import type { MergeIndex } from './merges';
import { parseOrdinal } from './numbering';
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

/** One column per role and one role per column, best-scoring hits first. */
function assign(hits: { col: number; role: Role; score: number }[]): ColumnMap {
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

// Of "Bắt đầu | Hoàn thành" (or "Từ | Đến") under one time heading, the deadline is the end.
const DEADLINE_START = /\b(?:bat dau|tu ngay|tu|khoi cong|trien khai)\b/;
const DEADLINE_END = /\b(?:hoan thanh|ket thuc|den ngay|den|han)\b/;

function ranked(hit: RoleHit, text: string): RoleHit {
  if (hit.role !== 'deadline') return hit;
  const key = matchKey(text);
  if (DEADLINE_START.test(key)) return { role: hit.role, score: hit.score - 500 };
  return DEADLINE_END.test(key) ? { role: hit.role, score: hit.score + 0.5 } : hit;
}

/** A second header row's own label wins over the heading above it ("Đơn vị thực hiện" over "Chủ trì"). */
function matchCell(ctx: HeaderContext, upper: string, lower: string): RoleHit | null {
  if (!lower || lower === upper) return ctx.matcher.match(upper);
  const own = ctx.matcher.match(lower);
  if (own) return own;
  const text = `${upper} ${lower}`.trim();
  const hit = ctx.matcher.match(text);
  return hit && ranked(hit, text);
}

function mapRows(ctx: HeaderContext, top: number, bottom: number): ColumnMap {
  const hits: { col: number; role: Role; score: number }[] = [];
  for (let c = 0; c < ctx.width; c++) {
    const upper = headerText(ctx, top, c);
    const hit = bottom > top ? matchCell(ctx, upper, headerText(ctx, bottom, c)) : ctx.matcher.match(upper);
    if (hit) hits.push({ col: c, ...(bottom > top ? hit : ranked(hit, upper)) });
  }
  return assign(hits);
}

/** A heading merged across columns with different labels under it: "Cơ quan" over "Chủ trì | Phối hợp". */
function hasSubLabels(ctx: HeaderContext, r: number): boolean {
  for (const m of ctx.merges.startingIn(r)) {
    if (m.bottom !== r || m.right === m.left) continue;
    const labels = new Set<string>();
    for (let c = m.left; c <= m.right; c++) if (ctx.texts.at(r + 1, c)) labels.add(ctx.texts.at(r + 1, c));
    if (labels.size >= 2) return true;
  }
  return false;
}

function isHeaderLike(columns: ColumnMap): boolean {
  const roles = Object.keys(columns) as Role[];
  return roles.length >= 3 && roles.some((r) => CORE_ROLES.includes(r));
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
  const singleCount = Object.keys(single).length;
  // A numbered row under it is the body, not a header's second row (most repeats at page breaks).
  const numberedBelow = single.number !== undefined && parseOrdinal(ctx.texts.at(r + 1, single.number)) !== null;
  if (singleCount >= 2 && r + 1 < ctx.grid.values.length && !numberedBelow) {
    const double = mapRows(ctx, r, r + 1);
    const doubleCount = Object.keys(double).length;
    const adds = doubleCount > singleCount || (doubleCount === singleCount && hasSubLabels(ctx, r));
    if (adds && isHeaderLike(double)) return { top: r, bottom: r + 1, columns: double };
  }
  return isHeaderLike(single) ? { top: r, bottom: r, columns: single } : null;
}

export function sameColumns(a: ColumnMap, b: ColumnMap): boolean {
  const ka = Object.keys(a) as Role[];
  const kb = Object.keys(b) as Role[];
  const shared = ka.filter((k) => a[k] === b[k]).length;
  return shared >= Math.max(2, Math.ceil(0.6 * Math.max(ka.length, 1))) && shared >= Math.ceil(0.5 * kb.length);
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
