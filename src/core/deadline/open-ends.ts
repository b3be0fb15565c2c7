/** Phrases that move a period's deadline: "trước" a period, and a start with no end. On matchKey()-ed text. */
import { isoDate } from './dates';
import type { Deadline, IsoDate } from './types';

const BEFORE_PERIOD = /\btruoc (?:thang|quy|nam|(?:0?6|sau) thang|nua nam)\b/;
const FROM_ONLY = /^(?:(?:thuc hien|trien khai|bat dau|ap dung|duy tri) )?tu (?!nay\b)/;
const AN_END = /\b(?:den|toi|het|truoc|xong|hoan thanh|cham nhat)\b/;

function dayBefore(iso: IsoDate): IsoDate {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/**
 * `read` is the deadline of a cell that names one period or day (`spans` = 1; with more, which one a word binds
 * is unclear and the cell keeps its range).
 * - "Trước Quý IV/2026" is done by the day before the quarter starts: 30/9/2026 ("trước ngày 15/6" stays 15/6).
 * - "Từ ngày 01/7/2026", "Từ Quý III/2026" with no end: ongoing work from then (continuous, never overdue), not
 *   work due on its first day. "Từ đầu năm học 2026-2027" is the whole school year.
 */
export function settleOpenEnds(read: Deadline, key: string, spans: number): Deadline {
  if (spans !== 1) return read;
  const start = read.start ?? read.due;
  if (start === undefined) return read;
  if (read.kind !== 'date' && BEFORE_PERIOD.test(key)) return { kind: 'date', text: read.text, due: dayBefore(start) };
  if (read.kind !== 'school-year' && FROM_ONLY.test(key) && !AN_END.test(key)) return { kind: 'recurring', text: read.text, recurrence: 'continuous' };
  return read;
}
