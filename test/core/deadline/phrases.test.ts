import { scanDays } from '../../../src/core/deadline/days';
import {
  findRecurrence,
  scanHalves,
  scanMonths,
  scanQuarters,
  scanYears,
  yearInKey,
  type Scan,
} from '../../../src/core/deadline/phrases';
import { endsWithReferenceHead, isConditional, withoutReferenceDates } from '../../../src/core/deadline/refs';
import { quarterNumber } from '../../../src/core/deadline/roman';
import type { Recurrence } from '../../../src/core/deadline/types';
import { fixPeriodYears } from '../../../src/core/deadline/years';
import { matchKey } from '../../../src/core/text/normalize';

const span = (start: string, due: string) => ({ start, due });

describe('quarterNumber', () => {
  it.each<[string, number]>([
    ['i', 1],
    ['ii', 2],
    ['iii', 3],
    ['iv', 4],
    ['v', 5],
    ['vi', 6],
    ['1', 1],
    ['4', 4],
    ['04', 4],
  ])('%j → %d', (token, n) => {
    expect(quarterNumber(token)).toBe(n);
  });

  it.each<[string]>([['iiii'], ['iiv'], ['xv'], ['abc'], [''], ['123']])('%j is not a number', (token) => {
    expect(quarterNumber(token)).toBeNaN();
  });
});

describe('scanMonths', () => {
  it.each<[string, number | undefined, Scan]>([
    ['Tháng 01/2026', undefined, { spans: [span('2026-01-01', '2026-01-31')] }],
    ['Tháng 6', 2026, { spans: [span('2026-06-01', '2026-06-30')] }],
    ['Tháng 6', undefined, { spans: [] }],
    ['Tháng 6-7/2026', undefined, { spans: [span('2026-06-01', '2026-06-30'), span('2026-07-01', '2026-07-31')] }],
    // A group without a year takes the next group's, or the year before when the range wraps.
    ['Tháng 3 đến tháng 6/2027', 2026, { spans: [span('2027-03-01', '2027-03-31'), span('2027-06-01', '2027-06-30')] }],
    ['Tháng 11 - Tháng 1/2027', 2026, { spans: [span('2026-11-01', '2026-11-30'), span('2027-01-01', '2027-01-31')] }],
    ['Tháng 10, tháng 12 - tháng 2/2027', undefined, {
      spans: [span('2026-10-01', '2026-10-31'), span('2026-12-01', '2026-12-31'), span('2027-02-01', '2027-02-28')],
    }],
    ['Tháng 11 - Tháng 1', 2026, { spans: [span('2026-11-01', '2026-11-30'), span('2026-01-01', '2026-01-31')] }],
    ['Tháng 13/2026', undefined, { spans: [], invalid: 'month-out-of-range' }],
    ['Tháng 6/3026', undefined, { spans: [], invalid: 'year-out-of-range' }],
    // "hàng tháng 2 lần" is a recurrence, not February.
    ['Hàng tháng 2 lần', 2026, { spans: [] }],
  ])('%j (year %s)', (text, year, expected) => {
    expect(scanMonths(matchKey(text), year)).toEqual(expected);
  });
});

describe('scanQuarters', () => {
  it.each<[string, number | undefined, Scan]>([
    ['Quý III/2026', undefined, { spans: [span('2026-07-01', '2026-09-30')] }],
    ['Quý III, IV/2026', undefined, { spans: [span('2026-07-01', '2026-09-30'), span('2026-10-01', '2026-12-31')] }],
    ['Quý I và II', 2026, { spans: [span('2026-01-01', '2026-03-31'), span('2026-04-01', '2026-06-30')] }],
    ['Quý IV - Quý I/2027', undefined, { spans: [span('2026-10-01', '2026-12-31'), span('2027-01-01', '2027-03-31')] }],
    ['Quý V/2026', undefined, { spans: [], invalid: 'quarter-out-of-range' }],
    ['Quý IIII/2026', undefined, { spans: [], invalid: 'quarter-out-of-range' }],
    ['Hằng quý 1 lần', 2026, { spans: [] }],
    ['Mỗi quý', 2026, { spans: [] }],
  ])('%j (year %s)', (text, year, expected) => {
    expect(scanQuarters(matchKey(text), year)).toEqual(expected);
  });
});

describe('scanHalves', () => {
  it.each<[string, number | undefined, Scan]>([
    ['6 tháng đầu năm 2026', undefined, { spans: [span('2026-01-01', '2026-06-30')] }],
    ['06 tháng cuối năm', 2026, { spans: [span('2026-07-01', '2026-12-31')] }],
    ['Sáu tháng cuối năm 2026', undefined, { spans: [span('2026-07-01', '2026-12-31')] }],
    ['Nửa đầu năm', 2027, { spans: [span('2027-01-01', '2027-06-30')] }],
    ['6 tháng cuối năm và 6 tháng đầu năm 2027', undefined, { spans: [span('2026-07-01', '2026-12-31'), span('2027-01-01', '2027-06-30')] }],
    ['6 tháng đầu năm', undefined, { spans: [] }],
  ])('%j (year %s)', (text, year, expected) => {
    expect(scanHalves(matchKey(text), year)).toEqual(expected);
  });
});

describe('scanYears', () => {
  it.each<[string, number | undefined, ReturnType<typeof scanYears>]>([
    ['Trong năm 2026', undefined, [span('2026-01-01', '2026-12-31')]],
    ['2026', undefined, [span('2026-01-01', '2026-12-31')]],
    ['Giai đoạn 2026 - 2030', undefined, [span('2026-01-01', '2026-12-31'), span('2030-01-01', '2030-12-31')]],
    ['Trong năm', 2026, [span('2026-01-01', '2026-12-31')]],
    ['Cả năm nay', 2026, [span('2026-01-01', '2026-12-31')]],
    ['Trong năm', undefined, []],
    ['Kế hoạch 2026', undefined, []],
  ])('%j (year %s)', (text, year, expected) => {
    expect(scanYears(matchKey(text), year)).toEqual(expected);
  });
});

describe('yearInKey', () => {
  it.each<[string, boolean, number | undefined]>([
    ['KẾ HOẠCH NĂM 2026', false, 2026],
    ['năm 2025 và năm 2026', false, 2026],
    ['ngày 23/6/2026', false, 2026],
    ['Quý III/2026', false, undefined],
    ['Quý III/2026', true, 2026],
    ['Phụ lục', true, undefined],
  ])('%j (loose %s) → %s', (text, loose, year) => {
    expect(yearInKey(matchKey(text), loose)).toBe(year);
  });
});

describe('findRecurrence', () => {
  it.each<[string, Recurrence | undefined]>([
    ['Thường xuyên', 'continuous'],
    ['Liên tục', 'continuous'],
    ['Hàng ngày', 'daily'],
    ['Mỗi tuần', 'weekly'],
    ['Định kỳ tháng', 'monthly'],
    ['Hằng quý', 'quarterly'],
    ['Định kỳ quý', 'quarterly'],
    ['Hằng nửa năm', 'half-yearly'],
    ['Nửa năm 1 lần', 'half-yearly'],
    ['6 tháng/lần', 'half-yearly'],
    ['Năm 1 lần', 'yearly'],
    ['Định kỳ năm', 'yearly'],
    // Most specific first.
    ['Thường xuyên, báo cáo hằng tháng', 'monthly'],
    ['Quý III/2026', undefined],
    ['Trong năm 2026', undefined],
  ])('%j → %s', (text, recurrence) => {
    expect(findRecurrence(matchKey(text))).toBe(recurrence);
  });
});

describe('cited documents (refs)', () => {
  it.each<[string, boolean]>([
    ['Theo Quyết định số 12/QĐ-UBND ngày', true],
    ['Kế hoạch số 45/KH-UBND ngày', true],
    ['Thông tư 10/2026/TT-BNV ngày', true],
    ['Công văn số 1234/UBND-KT của Sở Nội vụ ngày', true],
    ['Hoàn thành trước ngày', false],
    ['Báo cáo Kế hoạch 6 tháng trước ngày', false],
    ['Hoàn thành trong số 5 ngày', false],
    ['Kế hoạch số 45/KH-UBND, hoàn thành trước ngày', false],
    ['Kế hoạch số /KH-UBND ngày', true],
    ['Văn bản số hóa trước ngày', false],
  ])('%j ends with a reference head: %s', (text, expected) => {
    expect(endsWithReferenceHead(matchKey(text))).toBe(expected);
  });

  it.each<[string, string]>([
    ['Theo Quyết định số 12/QĐ-UBND ngày 5/3/2026', 'theo quyet dinh so 12 qd ubnd ngay'],
    ['Theo Quyết định số 12/QĐ-UBND ngày 05 tháng 3 năm 2026 của UBND', 'theo quyet dinh so 12 qd ubnd ngay cua ubnd'],
    ['Trước ngày 15/6/2026', 'truoc ngay 15 6 2026'],
  ])('withoutReferenceDates(%j)', (text, key) => {
    expect(withoutReferenceDates(matchKey(text))).toBe(key);
  });

  it.each<[string, boolean]>([
    ['Theo kế hoạch của Bộ Nội vụ', true],
    ['Theo lộ trình', true],
    ['Theo Luật', true],
    ['Khi nào có hướng dẫn', true],
    ['Ngay khi có kết quả', true],
    ['Nghị quyết số 5/NQ-HĐND', true],
    ['Trước ngày 15/6/2026', false],
    ['Kế hoạch 6 tháng', false],
    ['Thường xuyên', false],
  ])('isConditional(%j) is %s', (text, expected) => {
    expect(isConditional(matchKey(text))).toBe(expected);
  });
});

describe('fixPeriodYears', () => {
  it.each<[string, ReturnType<typeof fixPeriodYears>]>([
    ['Quý III/26', { text: 'Quý III/2026' }],
    ['QUÝ III, IV / 26', { text: 'QUÝ III, IV / 2026' }],
    ['Tháng 6-7/26', { text: 'Tháng 6-7/2026' }],
    ['Quý III/2026', { text: 'Quý III/2026' }],
    ['31/12/26', { text: '31/12/26' }], // days are read elsewhere
    ['Tháng 6/226', { text: 'Tháng 6/226', invalid: 'year-out-of-range' }],
    ['Quý I/20266', { text: 'Quý I/20266', invalid: 'year-out-of-range' }],
    ['Năm 3026', { text: 'Năm 3026', invalid: 'year-out-of-range' }],
    ['NĂM 226', { text: 'NĂM 226', invalid: 'year-out-of-range' }],
    ['Trong năm 2026', { text: 'Trong năm 2026' }],
    ['năm 100% hồ sơ', { text: 'năm 100% hồ sơ' }],
  ])('%j', (text, expected) => {
    expect(fixPeriodYears(text)).toEqual(expected);
  });
});

describe('scanDays', () => {
  const days = (text: string, year?: number): Scan => scanDays(text, withoutReferenceDates(matchKey(text)), year);

  it.each<[string, number | undefined, Scan]>([
    ['31/12/2026', undefined, { spans: [span('2026-12-31', '2026-12-31')] }],
    ['15/6', 2026, { spans: [span('2026-06-15', '2026-06-15')] }],
    ['15/6', undefined, { spans: [] }],
    ['15.6', 2026, { spans: [] }], // a decimal, not a day
    ['2-3', 2026, { spans: [] }], // a range, not a day
    ['15/6 - 30/6/2026', 2026, { spans: [span('2026-06-15', '2026-06-15'), span('2026-06-30', '2026-06-30')] }],
    ['6/2026', 2026, { spans: [] }],
    ['2026-2030', 2026, { spans: [] }],
    ['6-7/2026', 2026, { spans: [] }],
    ['Tháng 6-7/2026', 2026, { spans: [] }],
    ['Quý 1-2/2026', 2026, { spans: [] }],
    ['Thông tư 10/2026/TT-BNV', 2026, { spans: [] }],
    ['Quyết định số 12/QĐ-UBND ngày 5/3/2026', 2026, { spans: [] }],
    ['ngày 15 tháng 6 năm 2026', undefined, { spans: [span('2026-06-15', '2026-06-15')] }],
    ['ngày 15 tháng 6 năm 26', undefined, { spans: [span('2026-06-15', '2026-06-15')] }],
    ['31/02/2026', undefined, { spans: [], invalid: 'day-out-of-range' }],
    ['30/02', undefined, { spans: [], invalid: 'day-out-of-range' }],
    ['31/12/226', undefined, { spans: [], invalid: 'year-out-of-range' }],
  ])('%j (year %s)', (text, year, expected) => {
    expect(days(text, year)).toEqual(expected);
  });
});
