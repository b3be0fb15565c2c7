/** Class counters shared by every summary row. */
import type { Counts } from './report';
import { CLASSES, type TimelinessClass } from './timeliness';

export function emptyCounts(): Counts {
  const c = { total: 0 } as Counts;
  for (const k of CLASSES) c[k] = 0;
  return c;
}

export function addTo(c: Counts, cls: TimelinessClass): void {
  c[cls] += 1;
  c.total += 1;
}

/** done_on_time / (done_on_time + done_late + overdue); null when no task is done or past due. */
export function onTimeRate(c: Counts): number | null {
  const decided = c.done_on_time + c.done_late + c.overdue;
  return decided === 0 ? null : c.done_on_time / decided;
}

/** Counts in a fresh object, key order fixed (total first, then CLASSES). */
export function countsOf(c: Counts): Counts {
  const out = { total: c.total } as Counts;
  for (const k of CLASSES) out[k] = c[k];
  return out;
}

/** Vietnamese collation (a ă â b c d đ …), case and diacritics secondary; numbers in numeric order. */
const COLLATOR = new Intl.Collator('vi', { numeric: true });
export const compareVi = (a: string, b: string): number => COLLATOR.compare(a, b);
