/** Reads a "Thời gian hoàn thành" cell into a Deadline. Pure; never throws. */
import { isFormulaError, type CellValue } from '../grid';
import { cleanText, matchKey } from '../text/normalize';
import { dayProblem, excelSerialToIso, isDateFormat, isoDate, LOTUS_LEAP_SERIAL, plausibleYear } from './dates';
import {
  eachMatch,
  findRecurrence,
  isConditional,
  scanHalves,
  scanMonths,
  scanQuarters,
  scanYears,
  yearInKey,
  type Scan,
  type Span,
} from './phrases';
import type { Deadline, DeadlineContext, DeadlineKind, IsoDate } from './types';

export { excelSerialToIso } from './dates';

const FORMULA_ERROR_TEXT =
  /^#(?:REF!|VALUE!|N\/A|DIV\/0!|NAME\?|NUM!|NULL!|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|GETTING_DATA)$/i;

// Groups: 1-3 year-month-day; 4 day, 5 separator, 6 month, 7 year (2 or 4 digits).
// The look-arounds keep "6/2026", "2026-2030" and "31/12/226" from being read as day/month.
const SEP = '\\s?[/.\\-\\u2013]\\s?';
const NUMERIC_DATE = new RegExp(
  `(?<!\\d|\\d${SEP})(?:(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})|(\\d{1,2})\\s?([/.\\-\\u2013])\\s?(\\d{1,2})(?:${SEP}(\\d{4}|\\d{2}))?)(?!\\d|${SEP}\\d)`,
  'g',
);
const WORD_DATE = /\bngay (\d{1,2}) thang (\d{1,2})\b(?: nam (\d{4})\b)?/g;
/** A day right after "tháng"/"quý" is a month/quarter list ("Tháng 6-7/2026"); after a document number, a reference date. */
const NOT_A_DEADLINE_BEFORE =
  /(?:\bthang|\bquy|\b(?:so|quyet dinh|ke hoach|nghi quyet|nghi dinh|thong tu|cong van|chi thi|thong bao|van ban)(?: so)? \d+(?: [a-z0-9]+){0,6} ngay)$/;
const PREFIX_CHARS = 48;

function fullYear(digits: string): number {
  return digits.length === 2 ? 2000 + Number(digits) : Number(digits);
}

function scanDates(text: string, key: string, fallbackYear: number | undefined): Scan {
  const spans: Span[] = [];
  let invalid: string | undefined;
  const take = (y: number | undefined, m: number, d: number): void => {
    const problem = dayProblem(y, m, d);
    if (problem !== undefined) invalid ??= problem;
    else if (y !== undefined) spans.push({ start: isoDate(y, m, d), due: isoDate(y, m, d) });
  };
  eachMatch(NUMERIC_DATE, text, (m) => {
    const before = matchKey(text.slice(Math.max(0, m.index - PREFIX_CHARS), m.index));
    if (NOT_A_DEADLINE_BEFORE.test(before)) return;
    if (m[1] !== undefined) take(Number(m[1]), Number(m[2]), Number(m[3]));
    else if (m[7] !== undefined) take(fullYear(m[7]), Number(m[6]), Number(m[4]));
    // A bare "1.5" or "2-3" is a number or a range; only "15/6" is taken as a day.
    else if (m[5] === '/') take(fallbackYear, Number(m[6]), Number(m[4]));
  });
  eachMatch(WORD_DATE, key, (m) => {
    if (NOT_A_DEADLINE_BEFORE.test(key.slice(Math.max(0, m.index - PREFIX_CHARS), m.index + 4))) return;
    take(m[3] === undefined ? fallbackYear : Number(m[3]), Number(m[2]), Number(m[1]));
  });
  return invalid === undefined ? { spans } : { spans, invalid };
}

function fromSpans(kind: DeadlineKind, text: string, spans: Span[]): Deadline {
  let start = (spans[0] as Span).start;
  let due = (spans[0] as Span).due;
  for (const s of spans) {
    if (s.start < start) start = s.start;
    if (s.due > due) due = s.due;
  }
  return kind === 'date' ? { kind, text, due } : { kind, text, start, due };
}

function parseText(raw: string, ctxYear: number | undefined): Deadline {
  const text = cleanText(raw);
  if (text === '') return { kind: 'empty', text };
  if (FORMULA_ERROR_TEXT.test(text)) return { kind: 'invalid', text, reason: 'formula-error' };
  const key = matchKey(text);
  const year = yearInKey(key, true) ?? ctxYear;
  const scans: ReadonlyArray<readonly [DeadlineKind, Scan]> = [
    ['date', scanDates(text, key, year)],
    ['month', scanMonths(key, year)],
    ['quarter', scanQuarters(key, year)],
    ['half', scanHalves(key, year)],
  ];
  for (const [, scan] of scans) if (scan.invalid !== undefined) return { kind: 'invalid', text, reason: scan.invalid };
  for (const [kind, scan] of scans) if (scan.spans.length > 0) return fromSpans(kind, text, scan.spans);
  // Recurrence beats a bare year: "Thường xuyên trong năm 2026" is recurring work, the year only its scope.
  const recurrence = findRecurrence(key);
  if (recurrence !== undefined) return { kind: 'recurring', text, recurrence };
  const years = scanYears(key, ctxYear);
  if (years.length > 0) return fromSpans('year', text, years);
  if (isConditional(key)) return { kind: 'conditional', text };
  return { kind: 'unrecognized', text };
}

function fromIso(iso: IsoDate): Deadline {
  if (plausibleYear(Number(iso.slice(0, 4))) === undefined) return { kind: 'invalid', text: iso, reason: 'year-out-of-range' };
  return { kind: 'date', text: iso, due: iso };
}

function parseNumber(n: number, numberFormat: string | undefined): Deadline {
  if (isDateFormat(numberFormat)) {
    const iso = excelSerialToIso(n);
    if (iso !== undefined) return fromIso(iso);
    const reason = Math.floor(n) === LOTUS_LEAP_SERIAL ? 'day-out-of-range' : 'serial-out-of-range';
    return { kind: 'invalid', text: String(n), reason };
  }
  const y = Number.isInteger(n) ? plausibleYear(n) : undefined;
  if (y === undefined) return { kind: 'unrecognized', text: String(n) };
  return { kind: 'year', text: String(n), start: isoDate(y, 1, 1), due: isoDate(y, 12, 31) };
}

function parseDateCell(d: Date): Deadline {
  if (Number.isNaN(d.getTime())) return { kind: 'invalid', text: '', reason: 'not-a-date' };
  const y = d.getUTCFullYear();
  if (plausibleYear(y) === undefined) return { kind: 'invalid', text: d.toISOString(), reason: 'year-out-of-range' };
  return fromIso(isoDate(y, d.getUTCMonth() + 1, d.getUTCDate()));
}

function parseValue(value: CellValue, numberFormat: string | undefined, ctxYear: number | undefined): Deadline {
  if (value === null || value === undefined) return { kind: 'empty', text: '' };
  if (typeof value === 'string') return parseText(value, ctxYear);
  if (typeof value === 'number') return parseNumber(value, numberFormat);
  if (value instanceof Date) return parseDateCell(value);
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
