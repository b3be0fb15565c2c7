import fc from 'fast-check';
import { daysInMonth } from '../../../src/core/deadline/dates';
import { parseDeadline } from '../../../src/core/deadline/parse';
import type { Deadline, DeadlineContext, DeadlineKind } from '../../../src/core/deadline/types';
import type { CellValue } from '../../../src/core/grid';

// Fixed seed: the same cases run every time.
const RUN = { seed: 424242, numRuns: 1000 } as const;
const Y2026: DeadlineContext = { year: 2026 };

const KINDS: readonly DeadlineKind[] = ['date', 'month', 'quarter', 'half', 'year', 'recurring', 'conditional', 'invalid', 'unrecognized', 'empty'];
const WITH_DUE: readonly DeadlineKind[] = ['date', 'month', 'quarter', 'half', 'year'];
const ROMAN = ['I', 'II', 'III', 'IV'] as const;

/** "YYYY-MM-DD" naming a day that exists (Date.UTC would roll 2026-02-31 over to March). */
function isRealDay(iso: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return false;
  const d = new Date(0);
  d.setUTCFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return d.toISOString().slice(0, 10) === iso;
}

/** Every shape rule of a Deadline; throws (via expect) when one is broken. */
function expectWellFormed(d: Deadline): void {
  expect(KINDS).toContain(d.kind);
  expect(typeof d.text).toBe('string');
  if (WITH_DUE.includes(d.kind)) {
    expect(d.due).toBeDefined();
    expect(isRealDay(d.due as string)).toBe(true);
    const year = Number((d.due as string).slice(0, 4));
    expect(year >= 1900 && year <= 2100).toBe(true);
  } else {
    expect(d.due).toBeUndefined();
  }
  if (d.kind === 'date' || !WITH_DUE.includes(d.kind)) expect(d.start).toBeUndefined();
  else {
    expect(isRealDay(d.start as string)).toBe(true);
    expect((d.start as string) <= (d.due as string)).toBe(true);
  }
  expect(d.reason !== undefined).toBe(d.kind === 'invalid');
  expect(d.recurrence !== undefined).toBe(d.kind === 'recurring');
  if (d.kind === 'empty') expect(d.text).toBe('');
}

const anyFormat = fc.option(fc.oneof(fc.constantFrom('dd/mm/yyyy', 'm/d/yy', 'General', '0', '@', 'h:mm', 'mmm-yy'), fc.string()), {
  nil: undefined,
});
const anyCtx: fc.Arbitrary<DeadlineContext> = fc.oneof(
  fc.constant({}),
  fc.record({ year: fc.oneof(fc.integer({ min: 1890, max: 2110 }), fc.double(), fc.integer()) }),
);

/** Words and pieces deadline cells are made of, so random cells hit the parser's paths, not just "unrecognized". */
const PIECES = [
  'Quý', 'QUÝ', 'quý', 'Tháng', 'tháng', 'năm', 'Năm', 'ngày', 'Ngày', 'trước', 'Trước', 'Hoàn thành', 'Chậm nhất là',
  'hằng', 'hàng', 'Hằng quý', 'Hàng tháng', 'Thường xuyên', 'Định kỳ', 'Theo', 'kế hoạch', 'Quyết định', 'số', '12/QĐ-UBND',
  'Khi được giao', 'của Bộ Nội vụ', 'I', 'II', 'III', 'IV', 'V', 'VI', '0', '1', '2', '3', '6', '06', '7', '12', '13', '15',
  '29', '30', '31', '2025', '2026', '2027', '26', '226', '3026', '/', '-', '–', '.', ',', ';', 'và', 'đến', 'Từ', 'từ', '(',
  ')', '6 tháng đầu năm', '6 tháng cuối năm', 'Trong năm', 'cả năm', 'Giai đoạn', '#REF!', '29/02', '31/12/2026',
  '15/6', 'Quý III/2026', 'Tháng 6-7/2026', '\n', 'lần', 'một',
];
const soup = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 8 });
const cellText = soup.map((parts) => parts.join(' '));

describe('parseDeadline never throws and always returns a well-formed Deadline', () => {
  it('on any string', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), cellText), anyFormat, anyCtx, (s, f, ctx) => {
        expectWellFormed(parseDeadline(s, f, ctx));
      }),
      RUN,
    );
  });

  it('on any number', () => {
    fc.assert(
      fc.property(fc.oneof(fc.double(), fc.integer(), fc.integer({ min: -10, max: 3_000_000 })), anyFormat, anyCtx, (n, f, ctx) => {
        expectWellFormed(parseDeadline(n, f, ctx));
      }),
      RUN,
    );
  });

  it('on any Date, valid or not', () => {
    fc.assert(
      fc.property(fc.date({ noInvalidDate: false }), anyFormat, anyCtx, (d, f, ctx) => {
        expectWellFormed(parseDeadline(d, f, ctx));
      }),
      RUN,
    );
  });

  it('on any value at all (objects, arrays, maps, bigints, null-prototype objects…)', () => {
    const anything = fc.anything({
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withNullPrototype: true,
      withObjectString: true,
      withSet: true,
      withSparseArray: true,
      withTypedArray: true,
      withUnicodeString: true,
    });
    fc.assert(
      fc.property(anything, fc.option(fc.anything(), { nil: undefined }), fc.anything(), (v, f, ctx) => {
        expectWellFormed(parseDeadline(v as CellValue, f as string | undefined, ctx as DeadlineContext));
      }),
      RUN,
    );
  });

  it('on formula-error objects', () => {
    fc.assert(
      fc.property(fc.string(), (code) => {
        const d = parseDeadline({ error: code }, undefined, Y2026);
        expect(d).toEqual({ kind: 'invalid', text: code, reason: 'formula-error' });
      }),
      RUN,
    );
  });
});

const dayIn2000to2100 = fc
  .date({ min: new Date(Date.UTC(2000, 0, 1)), max: new Date(Date.UTC(2100, 11, 31)), noInvalidDate: true })
  .map((d) => ({ y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate(), iso: d.toISOString().slice(0, 10) }));
const pad = (n: number): string => String(n).padStart(2, '0');

describe('every real day of 2000–2100', () => {
  it('"d/m/y" parses to that day', () => {
    fc.assert(
      fc.property(dayIn2000to2100, anyCtx, ({ y, m, d, iso }, ctx) => {
        const text = `${d}/${m}/${y}`;
        expect(parseDeadline(text, undefined, ctx)).toEqual({ kind: 'date', text, due: iso });
      }),
      RUN,
    );
  });

  it('with padding, any separator and a Vietnamese prefix, parses to that day', () => {
    const prefix = fc.constantFrom('', 'Trước ', 'Trước ngày ', 'Hoàn thành trước ngày ', 'Chậm nhất là ngày ', 'Đến hết ngày ', 'Ngày ');
    fc.assert(
      fc.property(dayIn2000to2100, prefix, fc.constantFrom('/', '.', '-'), fc.boolean(), ({ y, m, d, iso }, p, sep, padded) => {
        const text = `${p}${padded ? pad(d) : d}${sep}${padded ? pad(m) : m}${sep}${y}`;
        expect(parseDeadline(text, undefined, Y2026)).toEqual({ kind: 'date', text, due: iso });
      }),
      RUN,
    );
  });

  it('"ngày D tháng M năm Y" parses to that day', () => {
    fc.assert(
      fc.property(dayIn2000to2100, ({ y, m, d, iso }) => {
        const text = `ngày ${d} tháng ${m} năm ${y}`;
        expect(parseDeadline(text, undefined, Y2026)).toEqual({ kind: 'date', text, due: iso });
      }),
      RUN,
    );
  });

  it('a Date cell at any time of that day (UTC, as exceljs gives it) is that day', () => {
    fc.assert(
      fc.property(dayIn2000to2100, fc.integer({ min: 0, max: 86_399_999 }), ({ y, m, d, iso }, ms) => {
        const cell = new Date(Date.UTC(y, m - 1, d) + ms);
        expect(parseDeadline(cell, undefined, Y2026)).toEqual({ kind: 'date', text: iso, due: iso });
      }),
      RUN,
    );
  });

  it('its serial number with a date format is that day', () => {
    fc.assert(
      fc.property(dayIn2000to2100, fc.constantFrom('dd/mm/yyyy', 'm/d/yy', 'yyyy-mm-dd', '[$-42A]dd/mm/yyyy'), ({ y, m, d, iso }, f) => {
        const serial = (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;
        expect(parseDeadline(serial, f, Y2026)).toEqual({ kind: 'date', text: iso, due: iso });
      }),
      RUN,
    );
  });
});

describe('impossible days are invalid', () => {
  it('a day past the end of its month', () => {
    const overflow = fc
      .record({ y: fc.integer({ min: 2000, max: 2100 }), m: fc.integer({ min: 1, max: 12 }), extra: fc.integer({ min: 1, max: 10 }) })
      .map(({ y, m, extra }) => ({ y, m, d: Math.min(daysInMonth(y, m) + extra, 99) }));
    fc.assert(
      fc.property(overflow, ({ y, m, d }) => {
        const text = `${d}/${m}/${y}`;
        expect(parseDeadline(text, undefined, Y2026)).toEqual({ kind: 'invalid', text, reason: 'day-out-of-range' });
      }),
      RUN,
    );
  });

  it('a month past December', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 28 }), fc.integer({ min: 13, max: 99 }), fc.integer({ min: 2000, max: 2100 }), (d, m, y) => {
        const text = `${d}/${m}/${y}`;
        expect(parseDeadline(text, undefined, Y2026)).toEqual({ kind: 'invalid', text, reason: 'month-out-of-range' });
      }),
      RUN,
    );
  });
});

describe('periods of 1900–2100', () => {
  const year = fc.integer({ min: 1900, max: 2100 });

  it('"Tháng m/y" runs from the first to the last day of that month', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), year, fc.boolean(), (m, y, padded) => {
        const text = `Tháng ${padded ? pad(m) : m}/${y}`;
        const due = `${y}-${pad(m)}-${pad(daysInMonth(y, m))}`;
        expect(parseDeadline(text, undefined, {})).toEqual({ kind: 'month', text, start: `${y}-${pad(m)}-01`, due });
      }),
      RUN,
    );
  });

  it('"Quý q/y" (Roman or digits) runs over that quarter', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), year, fc.boolean(), (q, y, roman) => {
        const text = `Quý ${roman ? ROMAN[q - 1] : q}/${y}`;
        const start = `${y}-${pad(q * 3 - 2)}-01`;
        const due = `${y}-${pad(q * 3)}-${pad(daysInMonth(y, q * 3))}`;
        expect(parseDeadline(text, undefined, {})).toEqual({ kind: 'quarter', text, start, due });
      }),
      RUN,
    );
  });

  it('"Trong năm y" runs over that year', () => {
    fc.assert(
      fc.property(year, (y) => {
        const text = `Trong năm ${y}`;
        expect(parseDeadline(text, undefined, {})).toEqual({ kind: 'year', text, start: `${y}-01-01`, due: `${y}-12-31` });
      }),
      RUN,
    );
  });
});

describe('how a cell is written does not change what it means', () => {
  it('decomposed (NFD) input reads exactly like composed (NFC) input', () => {
    fc.assert(
      fc.property(fc.oneof(cellText, fc.string({ unit: 'grapheme' })), (s) => {
        expect(parseDeadline(s.normalize('NFD'), undefined, Y2026)).toEqual(parseDeadline(s, undefined, Y2026));
      }),
      RUN,
    );
  });

  it('upper case reads like lower case (apart from the text kept)', () => {
    fc.assert(
      fc.property(cellText, (s) => {
        const upper = parseDeadline(s.toUpperCase(), undefined, Y2026);
        const lower = parseDeadline(s.toLowerCase(), undefined, Y2026);
        expect({ ...upper, text: '' }).toEqual({ ...lower, text: '' });
      }),
      RUN,
    );
  });

  it('non-breaking, doubled or padded spaces read like single spaces', () => {
    const space = fc.constantFrom(' ', '  ', '\u00a0', '\t', ' \u00a0 ', '\u202f');
    fc.assert(
      fc.property(soup.map((parts) => parts.filter((p) => p !== '\n')), fc.array(space, { minLength: 10, maxLength: 10 }), (parts, spaces) => {
        const plain = parts.join(' ');
        const odd = spaces[0] + parts.map((p, i) => p + (spaces[(i + 1) % spaces.length] ?? ' ')).join('');
        expect(parseDeadline(odd, undefined, Y2026)).toEqual(parseDeadline(plain, undefined, Y2026));
      }),
      RUN,
    );
  });
});
