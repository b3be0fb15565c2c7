/** Period, recurrence and condition phrases, matched against a matchKey()-ed text ("quy iii 2026"). */
import { eachMatch } from '../text/each-match';
import { isoDate, monthEnd, plausibleYear, schoolYearStart } from './dates';
import { QUARTER_TOKEN, quarterNumber } from './roman';
import type { InvalidReason, IsoDate, Recurrence } from './types';

export interface Span {
  start: IsoDate;
  due: IsoDate;
}
/** Spans found, or the first impossible value seen (which wins over every span). */
export interface Scan {
  spans: Span[];
  invalid?: InvalidReason;
}


const NAM_YEAR = /\bnam (20\d{2})\b/g;
const DATE_YEAR = /\b\d{1,2} \d{1,2} (20\d{2})\b/g;
const ANY_YEAR = /\b(20\d{2})\b/g;

function lastYear(re: RegExp, key: string): number | undefined {
  let year: number | undefined;
  eachMatch(re, key, (m) => (year = Number(m[1])));
  return year;
}

/** Year of "năm 2026", else of a full date "23 6 2026"; with `loose`, else any 20xx number. */
export function yearInKey(key: string, loose = false): number | undefined {
  return lastYear(NAM_YEAR, key) ?? lastYear(DATE_YEAR, key) ?? (loose ? lastYear(ANY_YEAR, key) : undefined);
}

// "hàng tháng 2 lần", "hằng quý 1 lần" are recurrences, not "tháng 2" / "quý 1".
const NOT_AFTER = '(?<!\\b(?:hang|moi|cac|nhung) )';
const LINK = '(?:(?:va|den|toi|hoac) )?';
const YEAR_TAIL = '(?: nam)?(?: (\\d{4})\\b)?';
// "6 tháng 1 lần" is every six months, not January.
const MONTH_NUMBER = '\\d{1,2}\\b(?! lan\\b)';
const MONTHS = new RegExp(`${NOT_AFTER}\\bthang (${MONTH_NUMBER}(?: ${LINK}${MONTH_NUMBER})*)${YEAR_TAIL}`, 'g');
const QUARTERS = new RegExp(`${NOT_AFTER}\\bquy (${QUARTER_TOKEN}(?: ${LINK}${QUARTER_TOKEN})*)${YEAR_TAIL}`, 'g');
const HALVES = new RegExp(`\\b(?:0?6 thang|sau thang|nua) (dau|cuoi)${YEAR_TAIL}`, 'g');
const LINK_WORD = /^(?:va|den|toi|hoac)$/;

interface Group {
  tokens: string[];
  year: number | undefined;
  yearText: string | undefined;
}

/**
 * Groups of "thang 6 7 2026"-like matches; a group without a year takes the next group's (the year before
 * when it comes later in the year: "Tháng 11 - Tháng 1/2027" starts in November 2026), else the fallback.
 */
function groups(re: RegExp, key: string, fallbackYear: number | undefined, toNumber: (token: string) => number): Group[] {
  const found: Group[] = [];
  eachMatch(re, key, (m) => {
    const tokens = (m[1] ?? '').split(' ').filter((t) => !LINK_WORD.test(t));
    found.push({ tokens, year: m[2] === undefined ? undefined : Number(m[2]), yearText: m[2] });
  });
  let next = fallbackYear;
  let nextFirst = Number.NaN; // first unit of the group whose written year `next` is; NaN for the fallback
  for (let i = found.length - 1; i >= 0; i--) {
    const g = found[i] as Group;
    const first = toNumber(g.tokens[0] ?? '');
    if (g.yearText === undefined) g.year = next !== undefined && first > nextFirst ? next - 1 : next;
    if (g.yearText !== undefined || !Number.isNaN(nextFirst)) nextFirst = first;
    next = g.year;
  }
  return found;
}

function scanUnits(
  re: RegExp,
  key: string,
  fallbackYear: number | undefined,
  toNumber: (token: string) => number,
  max: number,
  reason: InvalidReason,
  span: (y: number, n: number) => Span,
): Scan {
  const spans: Span[] = [];
  for (const g of groups(re, key, fallbackYear, toNumber)) {
    for (const token of g.tokens) {
      const n = toNumber(token);
      if (!(n >= 1 && n <= max)) return { spans, invalid: reason };
    }
    if (g.yearText !== undefined && plausibleYear(g.year) === undefined) return { spans, invalid: 'year-out-of-range' };
    const y = plausibleYear(g.year);
    if (y !== undefined) for (const token of g.tokens) spans.push(span(y, toNumber(token)));
  }
  return { spans };
}

export function scanMonths(key: string, fallbackYear: number | undefined): Scan {
  return scanUnits(MONTHS, key, fallbackYear, Number, 12, 'month-out-of-range', (y, m) => ({
    start: isoDate(y, m, 1),
    due: monthEnd(y, m),
  }));
}

export function scanQuarters(key: string, fallbackYear: number | undefined): Scan {
  return scanUnits(QUARTERS, key, fallbackYear, quarterNumber, 4, 'quarter-out-of-range', (y, q) => ({
    start: isoDate(y, q * 3 - 2, 1),
    due: monthEnd(y, q * 3),
  }));
}

const FIRST_MONTHS = new RegExp(`\\b(?:0?([39])|(ba|chin)) thang(?: dau)? nam${YEAR_TAIL}`, 'g');

/** "9 tháng đầu năm 2026", "Báo cáo 9 tháng năm 2026", "3 tháng đầu năm": from January to the end of month 9 (or 3). */
export function scanFirstMonths(key: string, fallbackYear: number | undefined): Scan {
  const spans: Span[] = [];
  eachMatch(FIRST_MONTHS, key, (m) => {
    const n = m[1] !== undefined ? Number(m[1]) : m[2] === 'ba' ? 3 : 9;
    const y = plausibleYear(m[3] === undefined ? fallbackYear : Number(m[3]));
    if (y !== undefined) spans.push({ start: isoDate(y, 1, 1), due: monthEnd(y, n) });
  });
  return { spans };
}

export function scanHalves(key: string, fallbackYear: number | undefined): Scan {
  const half = (token: string): number => (token === 'dau' ? 1 : 2);
  return scanUnits(HALVES, key, fallbackYear, half, 2, 'half-out-of-range', (y, h) => ({
    start: isoDate(y, h * 6 - 5, 1),
    due: monthEnd(y, h * 6),
  }));
}

const YEARS = /(?:^|\b(?:nam|giai doan|gd|tu|het|den) )(\d{4})\b((?: (?:(?:den|toi|va) )?(?:nam )?\d{4}\b)*)/g;
const WHOLE_YEAR = /\b(?:trong|ca|cuoi) nam(?: nay)?$/;

export function scanYears(key: string, ctxYear: number | undefined): Span[] {
  const spans: Span[] = [];
  const add = (y: number | undefined): void => {
    if (y !== undefined) spans.push({ start: isoDate(y, 1, 1), due: isoDate(y, 12, 31) });
  };
  eachMatch(YEARS, key, (m) => {
    add(plausibleYear(Number(m[1])));
    // "Năm 2026, 2027, 2028": every year listed.
    for (const later of (m[2] ?? '').split(' ')) if (/^\d{4}$/.test(later)) add(plausibleYear(Number(later)));
  });
  if (spans.length === 0 && WHOLE_YEAR.test(key)) add(ctxYear);
  return spans;
}

// "năm học 2026 2027" or "2026 27". A semester ("học kỳ I") is school.ts's.
const SCHOOL_YEAR = /\bnam hoc (\d{4}) (\d{4}|\d{2})\b/g;
// "Đầu năm học" alone is its first weeks, not all of it ("từ đầu năm học" is).
const NOT_WHOLE = /\bhoc ky\b|(?<!\btu )\bdau nam hoc\b/;

/** A school year runs from 1 September to 31 May (the Ministry's calendar ends it by then); the two years must follow. */
export function scanSchoolYears(key: string): Scan {
  const spans: Span[] = [];
  if (NOT_WHOLE.test(key)) return { spans };
  let invalid: InvalidReason | undefined;
  eachMatch(SCHOOL_YEAR, key, (m) => {
    const first = schoolYearStart(m[1] ?? '', m[2] ?? '');
    if (first === undefined) invalid ??= 'year-out-of-range';
    else spans.push({ start: isoDate(first, 9, 1), due: isoDate(first + 1, 5, 31) });
  });
  return invalid === undefined ? { spans } : { spans, invalid };
}

/** Most specific first: "Thường xuyên; báo cáo hằng quý" reads as quarterly. */
const RECURRING: ReadonlyArray<readonly [RegExp, Recurrence]> = [
  [/\b(?:hang|moi) ngay\b/, 'daily'],
  [/\b(?:hang|moi) tuan\b|\blan tuan\b|\btuan lan\b/, 'weekly'],
  [/\b(?:hang|moi) thang\b|\bdinh ky thang\b|\blan thang\b|(?<!\d )\bthang lan\b|\b0?1 thang (?:\d+|mot|hai) lan\b/, 'monthly'],
  [/\b(?:hang|moi) quy\b|\bdinh ky quy\b|\b0?3 thang (?:(?:mot|0?1) )?lan\b|\bbao cao quy\b|\bthang (?:cuoi|dau) quy\b|\blan quy\b|(?<!\d )\bquy lan\b|\bquy 0?6 thang\b/, 'quarterly'],
  [/^0?6 thang nam$|\b0?6 thang (?:(?:mot|0?1) )?lan\b|\bdinh ky (?:0?6 thang|nua nam)\b|\bnua nam (?:mot|1) lan\b|\bhang nua nam\b|\b(?:0?2|hai) lan nam\b|\b(?:bao cao|so ket) 0?6 thang\b/, 'half-yearly'],
  [/\b(?:hang|moi) nam\b|\bdinh ky nam\b|\bnam (?:mot|1) lan\b|\b12 thang (?:(?:mot|0?1) )?lan\b|\b(?:0?1|mot) lan nam\b/, 'yearly'],
  [/\bthuong xuyen\b|\blien tuc\b|^(?:bao cao )?dinh ky$|^tx$/, 'continuous'],
];

export function findRecurrence(key: string): Recurrence | undefined {
  for (const [re, recurrence] of RECURRING) if (re.test(key)) return recurrence;
  return undefined;
}
