import { type HeaderContext, type HeaderMatch, isColumnNumberRow, matchHeaderAt } from './header';
import { repeatsHeader } from './header-repeat';

export interface TableRegion {
  header: HeaderMatch;
  bodyStart: number;
  end: number;
  titleStart: number;
}

function isBlankRow(ctx: HeaderContext, r: number): boolean {
  return ctx.texts.isBlank(r);
}

/** At most one distinct text in the row: a title line (merged or not). */
function isTitleRow(ctx: HeaderContext, r: number): boolean {
  const texts = new Set<string>();
  const row = ctx.texts.of(r);
  for (let c = 0; c < row.length; c++) {
    const t = row[c];
    if (t) texts.add(t);
  }
  return texts.size === 1;
}

function titleStartAbove(ctx: HeaderContext, top: number, floor: number): number {
  let r = top - 1;
  while (r >= floor && isBlankRow(ctx, r)) r--;
  while (r >= floor && isTitleRow(ctx, r)) r--;
  return r + 1;
}

/** A page number ("2", "- 2 -", "Trang 2") or a "(tiếp theo)" line, as converters leave them at page breaks. */
const PAGE_MARK_RE = /^(?:trang\s*)?[-–\s\d/]+$|\btiếp(?:\s+theo)?\b/iu;

function isOwnTitle(ctx: HeaderContext, r: number): boolean {
  if (!isTitleRow(ctx, r)) return false;
  const text = ctx.texts.of(r).find((t) => t !== '') ?? '';
  return !PAGE_MARK_RE.test(text);
}

/**
 * A header the same as the current table's still starts a new table when a title block stands on its own
 * above it (blank row, title lines, maybe blank rows): repeats at page breaks follow the body directly, at most
 * under a page number or a "(tiếp theo)" line.
 */
function titleBlockAbove(ctx: HeaderContext, top: number): boolean {
  let r = top - 1;
  while (r >= 0 && isBlankRow(ctx, r)) r--;
  let titles = 0;
  while (r >= 0 && isOwnTitle(ctx, r)) [r, titles] = [r - 1, titles + 1];
  return titles > 0 && (r < 0 || isBlankRow(ctx, r));
}

/** Every header in the sheet that starts a table; a header equal to the current table's is a repeat, not a table. */
export function findTables(ctx: HeaderContext): TableRegion[] {
  const headers: HeaderMatch[] = [];
  let current: HeaderMatch | undefined;
  const n = ctx.grid.values.length;
  for (let r = 0; r < n; r++) {
    const numCol = current?.columns.number;
    if (numCol !== undefined && ctx.texts.ordinalAt(r, numCol)) continue;
    const h = matchHeaderAt(ctx, r);
    if (!h) continue;
    if (!current || !repeatsHeader(ctx, h, current.columns) || titleBlockAbove(ctx, h.top)) {
      headers.push(h);
      current = h;
    }
    r = h.bottom;
  }
  return headers.map((h, i) => {
    const prev = headers[i - 1];
    const next = headers[i + 1];
    const titleStart = titleStartAbove(ctx, h.top, prev ? prev.bottom + 1 : 0);
    const end = next ? titleStartAbove(ctx, next.top, h.bottom + 1) : n;
    const bodyStart = isColumnNumberRow(ctx.grid, h.bottom + 1) ? h.bottom + 2 : h.bottom + 1;
    return { header: h, bodyStart, end, titleStart };
  });
}
