/** Calendar arithmetic, Excel serials and number formats. No Date objects: pure integer maths. */
import type { IsoDate } from './types';

/** Deadlines outside this range are typos ("31/12/3026", "31/12/226"), not plans. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

export type DayProblem = 'day-out-of-range' | 'month-out-of-range' | 'year-out-of-range';

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

export function isoDate(y: number, m: number, d: number): IsoDate {
  return `${String(y).padStart(4, '0')}-${pad2(m)}-${pad2(d)}`;
}

export function monthEnd(y: number, m: number): IsoDate {
  return isoDate(y, m, daysInMonth(y, m));
}

export function plausibleYear(y: number | undefined): number | undefined {
  return y !== undefined && Number.isInteger(y) && y >= MIN_YEAR && y <= MAX_YEAR ? y : undefined;
}

/** Checks a day; year undefined means "any year" (29/02 passes, 30/02 does not). */
export function dayProblem(y: number | undefined, m: number, d: number): DayProblem | undefined {
  if (m < 1 || m > 12) return 'month-out-of-range';
  if (d < 1 || d > daysInMonth(y ?? 2000, m)) return 'day-out-of-range';
  if (y !== undefined && plausibleYear(y) === undefined) return 'year-out-of-range';
  return undefined;
}

/** Days since 1970-01-01 to [year, month, day] (Howard Hinnant's civil_from_days). */
function civilFromDays(days: number): [number, number, number] {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

/** The day `n` days after y-m-d (before, for a negative n). */
export function shiftDays(y: number, m: number, d: number, n: number): IsoDate {
  const t = new Date(Date.UTC(y, m - 1, d + n));
  return isoDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

const SERIAL_1970 = 25569;
const SERIAL_MAX = 2958465; // 9999-12-31
/** Serial 60 is Excel's 1900-02-29, a day that never existed (kept for Lotus 1-2-3 compatibility). */
export const LOTUS_LEAP_SERIAL = 60;

/** 1900 date system; the fraction (time of day) is dropped. Undefined below 1, above 9999-12-31 and for 60. */
export function excelSerialToIso(serial: number): IsoDate | undefined {
  if (typeof serial !== 'number' || !Number.isFinite(serial)) return undefined;
  const day = Math.floor(serial);
  if (day < 1 || day > SERIAL_MAX || day === LOTUS_LEAP_SERIAL) return undefined;
  const [y, m, d] = civilFromDays(day - SERIAL_1970 + (day < LOTUS_LEAP_SERIAL ? 1 : 0));
  return isoDate(y, m, d);
}

// Quoted literals, escaped/padding characters, and bracketed locale/colour/condition codes
// ([$-42A], [Red], [<=100]) but not elapsed-time codes ([h], [mm], [ss]).
const FORMAT_NOISE = /"[^"]*"|\\.|[_*].|\[(?![hms]+\])[^\]]*\]/gi;
const DATE_TOKEN = /[dy]/i;
const MONTH_TOKEN = /m/i;
const TIME_TOKEN = /[hs]/i;

/**
 * What a date format shows: the day, only the month ("mmm-yy", "mm/yyyy": Excel's reading of a typed "6/2026") or
 * only the year ("yyyy"). For formats isDateFormat accepts.
 */
export function dateFormatShows(format: string | undefined): 'day' | 'month' | 'year' {
  const f = (format ?? '').replace(FORMAT_NOISE, '');
  if (f === '' || /d/i.test(f)) return 'day';
  return MONTH_TOKEN.test(f) ? 'month' : 'year';
}

/** True for Excel number formats that display a date ('dd/mm/yyyy', 'm/d/yy', '[$-42A]dd/mm/yyyy', 'mmm-yy'). */
export function isDateFormat(format: string | undefined): boolean {
  if (typeof format !== 'string' || format === '') return false;
  const f = format.replace(FORMAT_NOISE, '');
  if (DATE_TOKEN.test(f)) return true;
  // "mm" beside h or s is minutes, not months.
  return MONTH_TOKEN.test(f) && !TIME_TOKEN.test(f);
}

/** "2026" "2027" or "2026" "27": the first year of a school year, when the second follows it. */
export function schoolYearStart(a: string, b: string): number | undefined {
  const first = plausibleYear(Number(a));
  const second = Number(b.length === 2 ? a.slice(0, 2) + b : b);
  return first !== undefined && second === first + 1 ? first : undefined;
}
