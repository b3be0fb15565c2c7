/** Single days: "31/12/2026", "15/6", "2026-12-31", "ngày 15 tháng 6 năm 2026". */
import { eachMatch } from '../text/each-match';
import { matchKey } from '../text/normalize';
import { dayProblem, isoDate } from './dates';
import type { Scan, Span } from './phrases';
import type { InvalidReason } from './types';
import { endsWithReferenceHead } from './refs';

// Groups: 1 year, 2 separator, 3 month, 4 day | 5 day, 6 separator, 7 month, 8 year (2+ digits; 3 or 5+ are typos).
// The year must follow the same separator as the month, so "6-7/2026" is a month range, not 6 July.
// The look-arounds keep "6/2026", "2026-2030", "15/6/2" and "10/2026/TT-BNV" from being read as day/month,
// but let "15/6 - 30/6/2026" be two days.
const NUMERIC_DATE = new RegExp(
  '(?<!\\d|\\d\\s?/\\s?)(?:(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(?!\\d)' +
    '|(\\d{1,2})\\s?([/.\\-\\u2013])\\s?(\\d{1,2})(?:\\s?\\6\\s?(\\d{2,}))?(?!\\d|\\s?\\6\\s?\\d))',
  'g',
);
// "ngày" may be left out ("15 tháng 9 năm 2026"), but "6 tháng 1 lần" is a frequency, "Tháng 11 - Tháng 1" months and
// "Tuần 2 tháng 7", "Đợt 2: tháng 12" count weeks and batches.
const WORD_DATE =
  /(?:\bngay |(?<!\d |\b(?:thang|quy|tuan|dot|lan|ky|buoc|giai doan|gd|phan|khoa) )\b)(\d{1,2}) thang (\d{1,2})\b(?! lan\b)(?: nam (\d{2,})\b)?/g;
/** "25-26/9/2026", "01 - 15/6/2026": two days of one month, written out so both are read. */
const DAY_RANGE = /(?<![\d/.])(\d{1,2})\s*[-–]\s*(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{2,4})\b/g;
/** A day right after "tháng"/"quý" is a month/quarter list ("Tháng 6-7/2026"). */
const PERIOD_BEFORE = /(?:\bthang|\bquy)$/;
const PREFIX_CHARS = 48;

/** A numeric day as written; the year may be missing ("15/6"). */
type Day = { y?: number; m: number; d: number };

function fullYear(digits: string): number {
  return digits.length === 2 ? 2000 + Number(digits) : Number(digits);
}

/**
 * Days in `text` (numeric) and `key` (worded; cited documents' dates already taken out of it).
 * A day without a year takes `fallbackYear`; without that it is only checked ("30/02" is never a day).
 */
export function scanDays(text: string, key: string, fallbackYear: number | undefined): Scan {
  const spans: Span[] = [];
  let invalid: InvalidReason | undefined;
  const take = (y: number | undefined, m: number, d: number): void => {
    const problem = dayProblem(y, m, d);
    if (problem !== undefined) invalid ??= problem;
    else if (y !== undefined) spans.push({ start: isoDate(y, m, d), due: isoDate(y, m, d) });
  };
  const days: Day[] = [];
  const spread = text.replace(DAY_RANGE, '$1/$3/$4 - $2/$3/$4');
  eachMatch(NUMERIC_DATE, spread, (m) => {
    const before = matchKey(spread.slice(Math.max(0, m.index - PREFIX_CHARS), m.index));
    if (PERIOD_BEFORE.test(before) || endsWithReferenceHead(before)) return;
    if (m[1] !== undefined) days.push({ y: Number(m[1]), m: Number(m[3]), d: Number(m[4]) });
    else if (m[8] !== undefined) days.push({ y: fullYear(m[8]), m: Number(m[7]), d: Number(m[5]) });
    // A bare "1.5" or "2-3" is a number or a range; only "15/6" is taken as a day.
    else if (m[6] === '/') days.push({ m: Number(m[7]), d: Number(m[5]) });
  });
  // A day without a year takes the next dated day's, or the year before when it falls later in the year:
  // "Từ 20/12 đến 10/01/2027" starts on 20/12/2026.
  let next: Day | undefined;
  for (let i = days.length - 1; i >= 0; i--) {
    const day = days[i] as Day;
    if (day.y === undefined && next?.y !== undefined) day.y = day.m > next.m || (day.m === next.m && day.d > next.d) ? next.y - 1 : next.y;
    if (day.y !== undefined) next = day;
  }
  for (const day of days) take(day.y ?? fallbackYear, day.m, day.d);
  eachMatch(WORD_DATE, key, (m) => {
    take(m[3] === undefined ? fallbackYear : fullYear(m[3]), Number(m[2]), Number(m[1]));
  });
  return invalid === undefined ? { spans } : { spans, invalid };
}
