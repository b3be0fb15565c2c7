import fc from 'fast-check';
import {
  dayProblem,
  daysInMonth,
  excelSerialToIso,
  isDateFormat,
  isLeapYear,
  isoDate,
  LOTUS_LEAP_SERIAL,
  monthEnd,
  plausibleYear,
} from '../../../src/core/deadline/dates';

const SEED = 20260101;
const DAY_MS = 86_400_000;
/** Independent oracle: Excel's 1900 system counts from 1899-12-30 for serials after the fake 1900-02-29. */
const oracle = (serial: number): string =>
  new Date(Date.UTC(1899, 11, serial < LOTUS_LEAP_SERIAL ? 31 : 30) + Math.floor(serial) * DAY_MS).toISOString().slice(0, 10);

describe('calendar', () => {
  it.each<[number, boolean]>([
    [2024, true],
    [2026, false],
    [2000, true],
    [1900, false],
    [2100, false],
    [2400, true],
  ])('isLeapYear(%d) is %s', (y, leap) => {
    expect(isLeapYear(y)).toBe(leap);
  });

  it.each<[number, number, number]>([
    [2026, 1, 31],
    [2026, 2, 28],
    [2028, 2, 29],
    [2100, 2, 28],
    [2026, 4, 30],
    [2026, 6, 30],
    [2026, 9, 30],
    [2026, 11, 30],
    [2026, 12, 31],
  ])('daysInMonth(%d, %d) is %d', (y, m, n) => {
    expect(daysInMonth(y, m)).toBe(n);
  });

  it('daysInMonth agrees with Date.UTC for every month of 1900–2100', () => {
    for (let y = 1900; y <= 2100; y++) {
      for (let m = 1; m <= 12; m++) expect(daysInMonth(y, m)).toBe(new Date(Date.UTC(y, m, 0)).getUTCDate());
    }
  });

  it('formats ISO dates with padding', () => {
    expect(isoDate(2026, 1, 5)).toBe('2026-01-05');
    expect(isoDate(2026, 12, 31)).toBe('2026-12-31');
    expect(monthEnd(2026, 2)).toBe('2026-02-28');
    expect(monthEnd(2028, 2)).toBe('2028-02-29');
  });

  it.each<[number | undefined, number | undefined]>([
    [1900, 1900],
    [2100, 2100],
    [2026, 2026],
    [1899, undefined],
    [2101, undefined],
    [2026.5, undefined],
    [Number.NaN, undefined],
    [undefined, undefined],
  ])('plausibleYear(%s) is %s', (y, expected) => {
    expect(plausibleYear(y)).toBe(expected);
  });

  it.each<[number | undefined, number, number, string | undefined]>([
    [2026, 12, 31, undefined],
    [2026, 2, 29, 'day-out-of-range'],
    [2028, 2, 29, undefined],
    [undefined, 2, 29, undefined], // any year: 29/02 can exist
    [undefined, 2, 30, 'day-out-of-range'],
    [2026, 4, 31, 'day-out-of-range'],
    [2026, 1, 0, 'day-out-of-range'],
    [2026, 13, 1, 'month-out-of-range'],
    [2026, 0, 1, 'month-out-of-range'],
    [3026, 1, 1, 'year-out-of-range'],
    [1899, 12, 31, 'year-out-of-range'],
  ])('dayProblem(%s, %d, %d) is %s', (y, m, d, problem) => {
    expect(dayProblem(y, m, d)).toBe(problem);
  });
});

describe('excelSerialToIso', () => {
  it.each<[number, string | undefined]>([
    [45658, '2025-01-01'],
    [46022, '2025-12-31'],
    [46023, '2026-01-01'],
    [46387, '2026-12-31'],
    [46022.999, '2025-12-31'], // the time of day is dropped
    [25569, '1970-01-01'],
    [1, '1900-01-01'],
    [59, '1900-02-28'],
    [60, undefined], // 1900-02-29 never existed (Lotus 1-2-3 bug kept by Excel)
    [61, '1900-03-01'],
    [2958465, '9999-12-31'],
    [2958466, undefined],
    [0, undefined],
    [0.5, undefined],
    [-1, undefined],
    [Number.NaN, undefined],
    [Number.POSITIVE_INFINITY, undefined],
  ])('%d → %s', (serial, iso) => {
    expect(excelSerialToIso(serial)).toBe(iso);
  });

  it('is not fooled by a non-number', () => {
    expect(excelSerialToIso('46022' as unknown as number)).toBeUndefined();
  });

  it('agrees with Date.UTC for every serial (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2958465 }).filter((s) => s !== LOTUS_LEAP_SERIAL), fc.double({ min: 0, max: 0.999, noNaN: true }), (day, time) => {
        expect(excelSerialToIso(day + time)).toBe(oracle(day));
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });

  it('agrees with Date.UTC for every serial of 1900–2100', () => {
    for (let s = 1; s <= 73415; s++) if (s !== LOTUS_LEAP_SERIAL) expect(excelSerialToIso(s)).toBe(oracle(s));
    expect(oracle(73415)).toBe('2100-12-31');
  });
});

describe('isDateFormat', () => {
  it.each<[string]>([
    ['dd/mm/yyyy'],
    ['m/d/yy'],
    ['d/m/yyyy'],
    ['yyyy-mm-dd'],
    ['dd/mm/yyyy;@'],
    ['[$-42A]dd/mm/yyyy'],
    ['[$-F800]dddd, mmmm dd, yyyy'],
    ['mmm-yy'],
    ['mmmm yyyy'],
    ['d mmm yyyy'],
    ['"Ngày "dd" tháng "mm" năm "yyyy'],
    ['dd/mm/yyyy h:mm'],
    ['[Red]dd/mm/yyyy'],
  ])('%j is a date format', (format) => {
    expect(isDateFormat(format)).toBe(true);
  });

  it.each<[string | undefined]>([
    [undefined],
    [''],
    ['General'],
    ['0'],
    ['0.00'],
    ['#,##0'],
    ['#,##0 "đồng"'],
    ['[$₫-42A]#,##0'],
    ['0.00E+00'],
    ['0%'],
    ['@'],
    ['h:mm'],
    ['mm:ss'],
    ['h:mm AM/PM'],
    ['[h]:mm:ss'],
    ['_(* #,##0_);_(* (#,##0);_(* "-"_);_(@_)'],
    ['"Năm" 0'],
  ])('%j is not a date format', (format) => {
    expect(isDateFormat(format)).toBe(false);
  });
});
