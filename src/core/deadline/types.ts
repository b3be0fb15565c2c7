/** ISO calendar date "YYYY-MM-DD"; compares correctly as a string. */
export type IsoDate = string;

export type DeadlineKind =
  | 'date' // a single day: 31/12/2026, a Date cell, "Hoàn thành trước ngày 15/6/2026"
  | 'month' // Tháng 01/2026
  | 'quarter' // Quý III/2026, Quý III, IV/2026
  | 'half' // 6 tháng đầu năm 2026
  | 'year' // Trong năm 2026, Năm 2026
  | 'school-year' // Năm học 2026-2027: 1 September to 31 May
  | 'recurring' // Thường xuyên, Hàng tháng, Hằng quý, Hàng năm
  | 'conditional' // Theo kế hoạch của Bộ Nội vụ, Khi được giao…
  | 'invalid' // looks like a date or period but is impossible: 31/02/2026, Quý V/2026, #REF!
  | 'unrecognized' // text not understood
  | 'empty';

/** Why a deadline cannot exist; each has its wording in every locale. */
export const INVALID_REASONS = [
  'day-out-of-range', 'month-out-of-range', 'quarter-out-of-range', 'half-out-of-range', 'year-out-of-range',
  'serial-out-of-range', 'not-a-date', 'formula-error',
] as const;
export type InvalidReason = (typeof INVALID_REASONS)[number];

export type Recurrence = 'continuous' | 'daily' | 'weekly' | 'monthly' | 'quarterly' | 'half-yearly' | 'yearly';

export interface Deadline {
  kind: DeadlineKind;
  /** The cell's text as read (cleaned), or the ISO date for a date cell. */
  text: string;
  /** Last day the task may be completed; absent for recurring, conditional, invalid, unrecognized, empty. */
  due?: IsoDate;
  /** First day of the period for month/quarter/half/year kinds. */
  start?: IsoDate;
  recurrence?: Recurrence;
  /** Why an `invalid` deadline is impossible. */
  reason?: InvalidReason;
}

export interface DeadlineContext {
  /** Plan year, used when a phrase gives no year ("Quý III", "Tháng 6"). */
  year?: number;
}
