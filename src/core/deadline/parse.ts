/** Reads a "Thời gian hoàn thành" cell into a Deadline. Pure; never throws. */
import { isErrorText, isFormulaError, type CellValue } from '../grid';
import { cleanText, matchKey } from '../text/normalize';
import { dateFormatShows, excelSerialToIso, isDateFormat, isoDate, LOTUS_LEAP_SERIAL, monthEnd, plausibleYear } from './dates';
import { scanDays } from './days';
import { findRecurrence, scanFirstMonths, scanHalves, scanMonths, scanQuarters, scanSchoolYears, scanYears, yearInKey, type Scan, type Span } from './phrases';
import { scanHolidays } from './lunar';
import { settleOpenEnds } from './open-ends';
import { scanSchoolOpening, scanSemesters } from './school';
import { isConditional, withoutReferenceDates } from './refs';
import { expandShorthands } from './shorthands';
import type { Deadline, DeadlineContext, DeadlineKind, IsoDate } from './types';
import { contextYear, ownKey, OWN_YEAR, toLaterYear, toYearEnd } from './year-ends';
import { fixPeriodYears } from './years';

export { excelSerialToIso } from './dates';

interface Ranked extends Span {
  kind: DeadlineKind;
  /** 0 for a day, then month, quarter, half: lower is more specific. */
  rank: number;
}

/**
 * One deadline from every span found, of any kind.
 * - A period holding a more specific span is narrowed by it: "Quý II/2026 (báo cáo trước 15/6)" is due 15/6.
 * - Otherwise the cell runs to the end of everything it names: "Từ 1/3/2026 đến hết Quý II/2026" is a
 *   quarter-kind deadline from 2026-03-01 to 2026-06-30; the kind is that of the span that ends last.
 */
function combine(text: string, scans: ReadonlyArray<readonly [DeadlineKind, Scan]>): Deadline | undefined {
  const all: Ranked[] = [];
  scans.forEach(([kind, scan], rank) => {
    for (const s of scan.spans) all.push({ ...s, kind, rank });
  });
  const kept = all.filter((s) => !all.some((t) => t.rank < s.rank && s.start <= t.start && t.due <= s.due));
  let last: Ranked | undefined;
  let start: IsoDate | undefined;
  for (const s of kept) {
    if (last === undefined || s.due > last.due || (s.due === last.due && s.rank < last.rank)) last = s;
    if (start === undefined || s.start < start) start = s.start;
  }
  if (last === undefined || start === undefined) return undefined;
  return last.kind === 'date' ? { kind: 'date', text, due: last.due } : { kind: last.kind, text, start, due: last.due };
}

function spanCount(scans: ReadonlyArray<readonly [DeadlineKind, Scan]>): number {
  let n = 0;
  for (const [, scan] of scans) n += scan.spans.length;
  return n;
}

// A report's label before its date: "Báo cáo 6 tháng: 15/6/2026", "Báo cáo quý: 20/3 …" (no month 15, no quarter 20).
const PERIOD_LABEL = /(?:(?:(?<![\p{L}\p{N}])\d{1,2}\s+)?(?<!\p{L})(?:(?:tháng|quý)(?:\s+(?:[ivx]{1,4}|\d{1,2}))?|năm)\s*[,;]?\s*)+:(?=\s*\d)/giu;
// A share of something ("1/3 số xã") is no date.
const SHARE = /(?<![\d/])\d{1,2}\s*\/\s*\d{1,2}\s+(?=(?:tổng\s+)?số(?!\p{L}))/giu;
// A count ("từ 3 - 5 lớp", "từ 2-3 hội nghị") is no start of ongoing work.
const COUNT_RANGE = /(?<!\p{L})từ\s+\d{1,3}\s*[-–]\s*\d{1,3}\s+(?!(?:ngày|tháng|quý|năm|tuần)(?!\p{L}))(?=\p{L})/giu;
const ROMAN_SIGNS = /[\u2160-\u217f]/;

/** The text without what only looks like a period or a date; Unicode Roman numerals ("Quý Ⅱ") as letters. */
function withoutAsides(text: string): string {
  const plain = ROMAN_SIGNS.test(text) ? text.normalize('NFKC') : text;
  return /\d/.test(plain) ? plain.replace(PERIOD_LABEL, ':').replace(SHARE, '').replace(COUNT_RANGE, '') : plain;
}

function parseText(raw: string, ctxYear: number | undefined): Deadline {
  const text = cleanText(raw);
  if (text === '') return { kind: 'empty', text };
  if (isErrorText(text)) return { kind: 'invalid', text, reason: 'formula-error' };
  const fixed = fixPeriodYears(withoutAsides(text));
  if (fixed.invalid !== undefined) return { kind: 'invalid', text, reason: fixed.invalid };
  const key = expandShorthands(withoutReferenceDates(matchKey(fixed.text)));
  const own = ownKey(fixed.text);
  const year = contextYear(own, ctxYear);
  const scans: ReadonlyArray<readonly [DeadlineKind, Scan]> = [
    ['date', scanDays(fixed.text, key, year)],
    ['date', scanSchoolOpening(key, year)],
    ['date', scanHolidays(key, year)],
    ['month', scanMonths(key, year)],
    ['quarter', scanQuarters(key, year)],
    ['half', scanHalves(key, year)],
    ['quarter', scanFirstMonths(key, year)],
    ['school-year', scanSchoolYears(key)],
    ['half', scanSemesters(key)],
  ];
  for (const [, scan] of scans) if (scan.invalid !== undefined) return { kind: 'invalid', text, reason: scan.invalid };
  const dated = combine(text, scans);
  // A year named on its own beside the period counts: "Năm 2026 (bắt đầu từ Quý II)" has an end.
  if (dated !== undefined) {
    const spans = spanCount(scans) + (OWN_YEAR.test(key) ? 1 : 0);
    return settleOpenEnds(toLaterYear(toYearEnd(dated, key, year), fixed.text, key, own), key, spans);
  }
  // Recurrence beats a bare year: "Thường xuyên trong năm 2026" is recurring work, the year only its scope.
  const recurrence = findRecurrence(key);
  if (recurrence !== undefined) return { kind: 'recurring', text, recurrence };
  const years = scanYears(key, ctxYear);
  const yearly = combine(text, [['year', { spans: years }]]);
  if (yearly !== undefined) return settleOpenEnds(yearly, key, years.length);
  if (isConditional(key)) return { kind: 'conditional', text };
  return { kind: 'unrecognized', text };
}

/** A date as its format shows it: a cell showing "Jun-26" or "06/2026" is the month, "2026" the year. */
function fromIso(iso: IsoDate, format?: string): Deadline {
  const y = plausibleYear(Number(iso.slice(0, 4)));
  if (y === undefined) return { kind: 'invalid', text: iso, reason: 'year-out-of-range' };
  const shows = dateFormatShows(format);
  if (shows === 'day') return { kind: 'date', text: iso, due: iso };
  if (shows === 'year') return { kind: 'year', text: String(y), start: isoDate(y, 1, 1), due: isoDate(y, 12, 31) };
  const m = Number(iso.slice(5, 7));
  return { kind: 'month', text: `${iso.slice(5, 7)}/${y}`, start: isoDate(y, m, 1), due: monthEnd(y, m) };
}

function parseNumber(n: number, numberFormat: string | undefined): Deadline {
  if (isDateFormat(numberFormat)) {
    const iso = excelSerialToIso(n);
    if (iso !== undefined) return fromIso(iso, numberFormat);
    const reason = Math.floor(n) === LOTUS_LEAP_SERIAL ? 'day-out-of-range' : 'serial-out-of-range';
    return { kind: 'invalid', text: String(n), reason };
  }
  const y = Number.isInteger(n) ? plausibleYear(n) : undefined;
  if (y === undefined) return { kind: 'unrecognized', text: String(n) };
  return { kind: 'year', text: String(n), start: isoDate(y, 1, 1), due: isoDate(y, 12, 31) };
}

function parseDateCell(d: Date, numberFormat: string | undefined): Deadline {
  if (Number.isNaN(d.getTime())) return { kind: 'invalid', text: '', reason: 'not-a-date' };
  const y = d.getUTCFullYear();
  if (plausibleYear(y) === undefined) return { kind: 'invalid', text: d.toISOString(), reason: 'year-out-of-range' };
  return fromIso(isoDate(y, d.getUTCMonth() + 1, d.getUTCDate()), numberFormat);
}

function parseValue(value: CellValue, numberFormat: string | undefined, ctxYear: number | undefined): Deadline {
  if (value === null || value === undefined) return { kind: 'empty', text: '' };
  if (typeof value === 'string') return parseText(value, ctxYear);
  if (typeof value === 'number') return parseNumber(value, numberFormat);
  if (value instanceof Date) return parseDateCell(value, numberFormat);
  if (isFormulaError(value)) return { kind: 'invalid', text: String(value.error), reason: 'formula-error' };
  return { kind: 'unrecognized', text: typeof value === 'boolean' ? String(value) : '' };
}

export function parseDeadline(value: CellValue, numberFormat: string | undefined, ctx: DeadlineContext): Deadline {
  try {
    return parseValue(value, numberFormat, plausibleYear(ctx?.year));
  } catch {
    // Adapters may hand over values outside CellValue (exotic objects whose String() throws).
    return { kind: 'unrecognized', text: '' };
  }
}

/** Plan year from a sheet title: the last "năm 20xx", else the year of the last full date; undefined if none. */
export function inferYearFromText(text: string): number | undefined {
  return typeof text === 'string' ? yearInKey(matchKey(text)) : undefined;
}
