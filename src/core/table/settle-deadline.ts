/**
 * A task table without a deadline column often names it in words that elsewhere mean something else: "Tiến độ" is
 * progress in a tracking sheet ("80%") but the deadline in many plans ("Quý III/2026"); "Kế hoạch (thực hiện)" is a
 * target in an indicator table ("95%") but the time plan in a task table; "Thời điểm hoàn thành" is a completion
 * date in a tracking sheet but the deadline in a plan. With no other deadline column, the cells decide.
 */
import { parseDeadline } from '../deadline/parse';
import type { Grid } from '../grid';
import type { Role } from '../schema/roles';
import type { ColumnMap } from './header';

const CANDIDATES: readonly Role[] = ['progress', 'target', 'completion'];
const DEADLINE_LIKE = new Set(['date', 'month', 'quarter', 'half', 'year', 'school-year', 'recurring', 'conditional']);
const SAMPLE_ROWS = 300;
/** Any year: a yearless "Quý III" must still read as a quarter. */
const SOME_YEAR = { year: 2000 };

/** True when most filled cells of column c read as deadlines (percentages and plain numbers do not). */
function holdsDeadlines(grid: Grid, c: number, from: number, to: number): boolean {
  let deadlines = 0;
  let other = 0;
  for (let r = from; r < Math.min(to, from + SAMPLE_ROWS); r++) {
    const v = grid.values[r]?.[c];
    if (v === null || v === undefined || (typeof v === 'string' && v.trim() === '')) continue;
    // A plain number (0.8, 95) is no deadline; a serial with a date format is, as a Date cell is.
    const d = parseDeadline(v, grid.numberFormats?.[r]?.[c] ?? undefined, SOME_YEAR);
    if (DEADLINE_LIKE.has(d.kind)) deadlines++;
    else other++;
  }
  return deadlines > other;
}

export function settleDeadline(grid: Grid, columns: ColumnMap, from: number, to: number): ColumnMap {
  if (columns.deadline !== undefined) return columns;
  for (const role of CANDIDATES) {
    const c = columns[role];
    // An indicator table's target is its target.
    if (c === undefined || (role === 'target' && columns.unit !== undefined)) continue;
    if (!holdsDeadlines(grid, c, from, to)) continue;
    const { [role]: _moved, ...rest } = columns;
    return { ...rest, deadline: c };
  }
  return columns;
}
