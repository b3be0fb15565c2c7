/** Phrases that move a period's deadline: "trước" a period, and a start with no end. On matchKey()-ed text. */
import { shiftDays } from './dates';
import type { Deadline, IsoDate } from './types';

const BEFORE_PERIOD = /\btruoc (?:thang|quy|nam|(?:0?6|sau) thang|nua nam)\b/;
// "từ" right before the date or period ("Kể từ ngày 01/7/2026", "Thực hiện từ Quý II"), not in "Thông tư 01/2026".
const FROM = /(?<!\bthong )\btu (?:ngay |thang |quy |nam )?(?:\d|[iv]+\b)/;
const UNTIL_WHEN = /\b(?:den|toi) khi\b/;
const AN_END = /\b(?:den|toi|het|truoc|xong|hoan thanh|cham nhat)\b/;

function dayBefore(iso: IsoDate): IsoDate {
  return shiftDays(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)), -1);
}

/**
 * `read` is the deadline of a cell that names one period or day (`spans` = 1; with more, which one a word binds
 * is unclear and the cell keeps its range).
 * - "Trước Quý IV/2026" is done by the day before the quarter starts: 30/9/2026 ("trước ngày 15/6" stays 15/6).
 * - "Từ ngày 01/7/2026", "Kể từ ngày …", "Từ Quý III/2026" with no end, or "… đến khi có văn bản thay thế":
 *   ongoing work (continuous, never overdue), not work due on its first day. "Từ đầu năm học 2026-2027" is the whole school year.
 */
export function settleOpenEnds(read: Deadline, key: string, spans: number): Deadline {
  if (spans !== 1) return read;
  const start = read.start ?? read.due;
  if (start === undefined) return read;
  if (read.kind !== 'date' && BEFORE_PERIOD.test(key)) return { kind: 'date', text: read.text, due: dayBefore(start) };
  const ongoing = UNTIL_WHEN.test(key) || (FROM.test(key) && !AN_END.test(key));
  if (read.kind !== 'school-year' && ongoing) return { kind: 'recurring', text: read.text, recurrence: 'continuous' };
  return read;
}
