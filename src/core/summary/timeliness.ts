/**
 * Timeliness of one task at a report date: exactly one class, after the categories the Government Office uses
 * for assigned tasks (hoàn thành đúng hạn / quá hạn, đang thực hiện trong hạn, quá hạn, chưa đến hạn) plus what
 * trackers add (sắp đến hạn, thường xuyên, chưa xác định hạn).
 */
import type { Deadline, IsoDate } from '../deadline/types';
import type { TaskProgress } from './progress';

export const CLASSES = ['done_on_time', 'done_late', 'in_progress', 'due_soon', 'overdue', 'not_due', 'recurring', 'undated'] as const;
export type TimelinessClass = (typeof CLASSES)[number];

export const DEFAULT_DUE_SOON_DAYS = 15;

/** Days since 1970-01-01 of an ISO date (integer maths, no Date objects). */
export function isoDays(iso: IsoDate): number {
  const y0 = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return isoDays(to) - isoDays(from);
}

/**
 * The rules, in order:
 * 1. done → done_late when the completion date is after the due date (or, without a completion date, when the
 *    status itself says late: "Hoàn thành quá hạn"); otherwise done_on_time (a done task without a due date too).
 * 2. recurring deadline (Thường xuyên, Hằng quý …) → recurring.
 * 3. no usable due date (empty, conditional, invalid, not understood) → undated.
 * 4. due date before the report date → overdue.
 * 5. due within `dueSoonDays` days from the report date (the report date itself included) → due_soon.
 * 6. in progress or paused → in_progress; otherwise (not started, no status, unknown status, no status column) → not_due.
 */
export function classify(progress: TaskProgress, deadline: Deadline, today: IsoDate, dueSoonDays: number = DEFAULT_DUE_SOON_DAYS): TimelinessClass {
  if (progress.state === 'done') {
    const late = progress.completion !== undefined && deadline.due !== undefined ? progress.completion > deadline.due : progress.late === true;
    return late ? 'done_late' : 'done_on_time';
  }
  if (deadline.kind === 'recurring') return 'recurring';
  if (deadline.due === undefined) return 'undated';
  const left = daysBetween(today, deadline.due);
  if (left < 0) return 'overdue';
  if (left <= dueSoonDays) return 'due_soon';
  return progress.state === 'in_progress' || progress.state === 'paused' ? 'in_progress' : 'not_due';
}
