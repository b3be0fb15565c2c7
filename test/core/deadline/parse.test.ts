import { parseDeadline, inferYearFromText } from '../../../src/core/deadline/parse';
import type { CellValue } from '../../../src/core/grid';
import type { Deadline, DeadlineContext, InvalidReason } from '../../../src/core/deadline/types';

const Y2026: DeadlineContext = { year: 2026 };
const parse = (value: CellValue, ctx: DeadlineContext = Y2026, format?: string): Deadline => parseDeadline(value, format, ctx);

// Builders keep the tables short; each still yields the whole expected object.
const date = (text: string, due: string): Deadline => ({ kind: 'date', text, due });
const period = (kind: Deadline['kind'], text: string, start: string, due: string): Deadline => ({ kind, text, start, due });
const invalid = (text: string, reason: InvalidReason): Deadline => ({ kind: 'invalid', text, reason });

describe('single days', () => {
  it.each<[string, string]>([
    ['31/12/2026', '2026-12-31'],
    ['1/1/2026', '2026-01-01'],
    ['01/01/2026', '2026-01-01'],
    ['31.12.2026', '2026-12-31'],
    ['31-12-2026', '2026-12-31'],
    ['31 / 12 / 2026', '2026-12-31'],
    ['31/12 /2026', '2026-12-31'],
    ['31/12/26', '2026-12-31'],
    ['2026-12-31', '2026-12-31'],
    ['29/02/2028', '2028-02-29'],
    ['29/2/2000', '2000-02-29'],
    ['ngày 15 tháng 6 năm 2026', '2026-06-15'],
    ['Ngày 31/12/2026', '2026-12-31'],
    ['(31/12/2026)', '2026-12-31'],
    ['31/12/2026.', '2026-12-31'],
  ])('%j', (text, due) => {
    expect(parse(text)).toEqual(date(text, due));
  });
});

describe('days written without "ngày"', () => {
  it.each<[string, string]>([
    ['15 tháng 9 năm 2026', '2026-09-15'],
    ['Hoàn thành trước 15 tháng 12', '2026-12-15'],
    ['Trước 30 tháng 6 năm 2026', '2026-06-30'],
  ])('%j', (text, due) => {
    expect(parse(text)).toEqual(date(text, due));
  });

  it('an impossible one is invalid', () => {
    expect(parse('31 tháng 6 năm 2026')).toEqual(invalid('31 tháng 6 năm 2026', 'day-out-of-range'));
  });
});

describe('prefixed days', () => {
  it.each<[string, string]>([
    ['Hoàn thành trước ngày 15/6/2026', '2026-06-15'],
    ['Chậm nhất là ngày 30/9/2026', '2026-09-30'],
    ['Trước 31/12/2026', '2026-12-31'],
    ['Trước ngày 31 tháng 12 năm 2026', '2026-12-31'],
    ['Đến 30/6/2026', '2026-06-30'],
    ['đến hết ngày 31/12/2026', '2026-12-31'],
    ['Hoàn thành kiểm tra, ban hành Thông báo kết luận trước ngày 31/12/2026', '2026-12-31'],
    // A document cited after the deadline does not move it.
    ['Trước ngày 31/12/2026 theo Kế hoạch số 45/KH-UBND ngày 10/2/2026', '2026-12-31'],
    // "Kế hoạch 6 tháng" is a duration, not a document number: the date after it is a deadline.
    ['Báo cáo Kế hoạch 6 tháng trước ngày 15/6/2026', '2026-06-15'],
    // A cited document followed by a deadline: only the document's own date is skipped.
    ['Kế hoạch số 45/KH-UBND, hoàn thành trước ngày 30/6/2026', '2026-06-30'],
    ['Theo Quyết định số 12/QĐ-UBND ngày 5/3/2026, hoàn thành trước ngày 30/6/2026', '2026-06-30'],
    ['Văn bản số hóa trước ngày 30/6/2026', '2026-06-30'],
  ])('%j', (text, due) => {
    expect(parse(text)).toEqual(date(text, due));
  });
});

describe('months, quarters, halves', () => {
  it.each<[string, Deadline['kind'], string, string]>([
    ['Tháng 01/2026', 'month', '2026-01-01', '2026-01-31'],
    ['Tháng 2/2028', 'month', '2028-02-01', '2028-02-29'],
    ['Tháng 12 năm 2026', 'month', '2026-12-01', '2026-12-31'],
    ['Trong tháng 6/2026', 'month', '2026-06-01', '2026-06-30'],
    ['Tháng 6 /2026', 'month', '2026-06-01', '2026-06-30'],
    ['Tháng 6/26', 'month', '2026-06-01', '2026-06-30'],
    ['Quý III/2026', 'quarter', '2026-07-01', '2026-09-30'],
    ['Quý I năm 2026', 'quarter', '2026-01-01', '2026-03-31'],
    ['Quý II/2026', 'quarter', '2026-04-01', '2026-06-30'],
    ['Quý IV/2026', 'quarter', '2026-10-01', '2026-12-31'],
    ['Quý 3/2026', 'quarter', '2026-07-01', '2026-09-30'],
    ['Quý III /2026', 'quarter', '2026-07-01', '2026-09-30'],
    ['Quý III - 2026', 'quarter', '2026-07-01', '2026-09-30'],
    ['Quý III/26', 'quarter', '2026-07-01', '2026-09-30'],
    ['Trong quý III/2026', 'quarter', '2026-07-01', '2026-09-30'],
    ['Quý III, IV/2026', 'quarter', '2026-07-01', '2026-12-31'],
    ['Quý III-IV/2026', 'quarter', '2026-07-01', '2026-12-31'],
    ['Quý I, II và III/2026', 'quarter', '2026-01-01', '2026-09-30'],
    ['Quý III/2026, Quý IV/2026', 'quarter', '2026-07-01', '2026-12-31'],
    ['Đợt 1: Quý II/2026; Đợt 2: Quý IV/2026', 'quarter', '2026-04-01', '2026-12-31'],
    ['6 tháng đầu năm 2026', 'half', '2026-01-01', '2026-06-30'],
    ['06 tháng đầu năm 2026', 'half', '2026-01-01', '2026-06-30'],
    ['Sáu tháng đầu năm 2026', 'half', '2026-01-01', '2026-06-30'],
    ['Nửa đầu năm 2026', 'half', '2026-01-01', '2026-06-30'],
    ['6 tháng cuối năm 2026', 'half', '2026-07-01', '2026-12-31'],
    // Reports over the first months of the year.
    ['9 tháng đầu năm 2026', 'quarter', '2026-01-01', '2026-09-30'],
    ['Báo cáo 9 tháng năm 2026', 'quarter', '2026-01-01', '2026-09-30'],
    ['3 tháng đầu năm 2026', 'quarter', '2026-01-01', '2026-03-31'],
    // "Early in the year" is its first quarter; the halves keep their own reading.
    ['Đầu năm 2026', 'quarter', '2026-01-01', '2026-03-31'],
    ['Từ đầu năm 2026 đến hết Quý III/2026', 'quarter', '2026-01-01', '2026-09-30'],
    ['Nửa cuối năm 2026', 'half', '2026-07-01', '2026-12-31'],
  ])('%j', (text, kind, start, due) => {
    expect(parse(text)).toEqual(period(kind, text, start, due));
  });
});

describe('ranges: the due date is the end of the range', () => {
  it.each<[string, Deadline]>([
    ['Tháng 6-7/2026', period('month', 'Tháng 6-7/2026', '2026-06-01', '2026-07-31')],
    ['Tháng 6–7/2026', period('month', 'Tháng 6–7/2026', '2026-06-01', '2026-07-31')],
    ['Từ tháng 3 đến tháng 6/2026', period('month', 'Từ tháng 3 đến tháng 6/2026', '2026-03-01', '2026-06-30')],
    ['Tháng 6/2026 - Tháng 8/2026', period('month', 'Tháng 6/2026 - Tháng 8/2026', '2026-06-01', '2026-08-31')],
    ['Tháng 12/2026 - Tháng 1/2027', period('month', 'Tháng 12/2026 - Tháng 1/2027', '2026-12-01', '2027-01-31')],
    // The second month written without "tháng".
    ['Tháng 3/2026 - 12/2026', period('month', 'Tháng 3/2026 - 12/2026', '2026-03-01', '2026-12-31')],
    ['Tháng 11/2026 - 01/2027', period('month', 'Tháng 11/2026 - 01/2027', '2026-11-01', '2027-01-31')],
    ['Tháng 11 - Tháng 1/2027', period('month', 'Tháng 11 - Tháng 1/2027', '2026-11-01', '2027-01-31')],
    ['Quý IV - Quý I/2027', period('quarter', 'Quý IV - Quý I/2027', '2026-10-01', '2027-03-31')],
    ['tháng 6 và tháng 12/2026', period('month', 'tháng 6 và tháng 12/2026', '2026-06-01', '2026-12-31')],
    ['Quý IV/2026 - Quý I/2027', period('quarter', 'Quý IV/2026 - Quý I/2027', '2026-10-01', '2027-03-31')],
    ['Quý I đến Quý III/2026', period('quarter', 'Quý I đến Quý III/2026', '2026-01-01', '2026-09-30')],
    ['Từ 15/12/2026 đến 15/1/2027', date('Từ 15/12/2026 đến 15/1/2027', '2027-01-15')],
    ['Từ 01/3/2026 đến 30/6/2026', date('Từ 01/3/2026 đến 30/6/2026', '2026-06-30')],
    ['15/6 - 30/6/2026', date('15/6 - 30/6/2026', '2026-06-30')],
    ['30.6.2026-31.12.2026', date('30.6.2026-31.12.2026', '2026-12-31')],
    // A day without a year takes the next dated day's, the year before across new year.
    ['Từ 20/12 đến 10/01/2027', date('Từ 20/12 đến 10/01/2027', '2027-01-10')],
    // Two days of one month.
    ['Ngày 25-26/9/2026', date('Ngày 25-26/9/2026', '2026-09-26')],
    ['Từ ngày 01 - 15/6/2026', date('Từ ngày 01 - 15/6/2026', '2026-06-15')],
    ['Năm 2026-2027', period('year', 'Năm 2026-2027', '2026-01-01', '2027-12-31')],
    ['Giai đoạn 2026-2030', period('year', 'Giai đoạn 2026-2030', '2026-01-01', '2030-12-31')],
    // Mixed kinds: a date that is not inside the later period starts the range; the period ends it.
    ['Từ ngày 1/3/2026 đến hết Quý II/2026', period('quarter', 'Từ ngày 1/3/2026 đến hết Quý II/2026', '2026-03-01', '2026-06-30')],
    ['Tháng 12/2026; Quý I/2027', period('quarter', 'Tháng 12/2026; Quý I/2027', '2026-12-01', '2027-03-31')],
    // A range run "to the end of" a year ends there, not at the first date named.
    ['Từ 01/3/2026 đến hết năm 2026', period('year', 'Từ 01/3/2026 đến hết năm 2026', '2026-03-01', '2026-12-31')],
    ['Từ tháng 3/2026 đến hết năm 2026', period('year', 'Từ tháng 3/2026 đến hết năm 2026', '2026-03-01', '2026-12-31')],
    ['Hoàn thành trước 30/6/2026, duy trì đến hết năm 2027', period('year', 'Hoàn thành trước 30/6/2026, duy trì đến hết năm 2027', '2026-06-30', '2027-12-31')],
  ])('%j', (text, expected) => {
    expect(parse(text)).toEqual(expected);
  });
});

describe('years', () => {
  it.each<[CellValue, string, string, string]>([
    ['Trong năm 2026', 'Trong năm 2026', '2026-01-01', '2026-12-31'],
    ['Năm 2026', 'Năm 2026', '2026-01-01', '2026-12-31'],
    ['TRONG NĂM 2026', 'TRONG NĂM 2026', '2026-01-01', '2026-12-31'],
    ['2026', '2026', '2026-01-01', '2026-12-31'],
    [2026, '2026', '2026-01-01', '2026-12-31'],
    ['Cả năm', 'Cả năm', '2026-01-01', '2026-12-31'],
    ['Trong năm', 'Trong năm', '2026-01-01', '2026-12-31'],
    ['Năm 2026 và các năm tiếp theo', 'Năm 2026 và các năm tiếp theo', '2026-01-01', '2026-12-31'],
    ['Cuối năm 2026', 'Cuối năm 2026', '2026-01-01', '2026-12-31'],
    ['Cuối năm', 'Cuối năm', '2026-01-01', '2026-12-31'],
    ['Đến hết 2026', 'Đến hết 2026', '2026-01-01', '2026-12-31'],
    ['Hết năm 2026', 'Hết năm 2026', '2026-01-01', '2026-12-31'],
  ])('%j', (value, text, start, due) => {
    expect(parse(value)).toEqual(period('year', text, start, due));
  });

  it.each<[string]>([['Năm học 2026-2027'], ['NĂM HỌC 2026 - 2027'], ['Năm học 2026-27'], ['Trong năm học 2026-2027'], ['Từ đầu năm học 2026-2027']])(
    '%j is a school year: 1 September to 31 May',
    (text) => {
      expect(parse(text)).toEqual(period('school-year', text, '2026-09-01', '2027-05-31'));
    },
  );

  it('a more specific period inside a school year narrows it', () => {
    const text = 'Tháng 12/2026 (năm học 2026-2027)';
    expect(parse(text)).toEqual(period('month', text, '2026-12-01', '2026-12-31'));
  });

  it('a year written in the cell wins over the plan year', () => {
    expect(parse('Trong năm 2027', { year: 2026 })).toEqual(period('year', 'Trong năm 2027', '2027-01-01', '2027-12-31'));
    expect(parse('Quý I/2027', { year: 2026 })).toEqual(period('quarter', 'Quý I/2027', '2027-01-01', '2027-03-31'));
  });
});

describe('recurring', () => {
  it.each<[string, NonNullable<Deadline['recurrence']>]>([
    ['Thường xuyên', 'continuous'],
    ['THƯỜNG XUYÊN', 'continuous'],
    ['Liên tục', 'continuous'],
    ['Hàng ngày', 'daily'],
    ['Hàng tuần', 'weekly'],
    ['Hàng tháng', 'monthly'],
    ['Hằng tháng', 'monthly'],
    ['Hàng tháng 2 lần', 'monthly'],
    ['Ngày 20 hằng tháng', 'monthly'],
    ['Hằng quý', 'quarterly'],
    ['Hàng quý', 'quarterly'],
    ['Hàng quý 1 lần', 'quarterly'],
    ['Hằng quý, trước ngày 20 tháng cuối quý', 'quarterly'],
    ['Định kỳ 6 tháng', 'half-yearly'],
    ['6 tháng một lần', 'half-yearly'],
    ['6 tháng/lần', 'half-yearly'],
    ['Hàng năm', 'yearly'],
    ['Hằng năm', 'yearly'],
    ['Định kỳ hằng năm', 'yearly'],
    ['Thường xuyên trong năm 2026', 'continuous'],
    ['Thường xuyên; báo cáo hằng quý', 'quarterly'],
  ])('%j', (text, recurrence) => {
    expect(parse(text)).toEqual({ kind: 'recurring', text, recurrence });
  });

  it('a dated period before "hằng năm" gives the first occurrence', () => {
    expect(parse('Quý IV/2026 và hằng năm')).toEqual(period('quarter', 'Quý IV/2026 và hằng năm', '2026-10-01', '2026-12-31'));
  });

  it('a yearly day without a year is read in the plan year', () => {
    expect(parse('Trước ngày 15 tháng 12 hàng năm')).toEqual(date('Trước ngày 15 tháng 12 hàng năm', '2026-12-15'));
    expect(parse('Tháng 12 hằng năm')).toEqual(period('month', 'Tháng 12 hằng năm', '2026-12-01', '2026-12-31'));
  });
});

describe('typos and shorthands', () => {
  it.each<[string, Deadline['kind'], string, string]>([
    ['Quí III/2026', 'quarter', '2026-07-01', '2026-09-30'],
    ['QUÍ IV/2026', 'quarter', '2026-10-01', '2026-12-31'],
    ['Qúy III/26', 'quarter', '2026-07-01', '2026-09-30'],
    ['Quí 3/26', 'quarter', '2026-07-01', '2026-09-30'],
    ['Thang 6/26', 'month', '2026-06-01', '2026-06-30'],
    ['QIII/2026', 'quarter', '2026-07-01', '2026-09-30'],
    ['Q III/2026', 'quarter', '2026-07-01', '2026-09-30'],
    ['Th6/2026', 'month', '2026-06-01', '2026-06-30'],
    ['GĐ 2026-2030', 'year', '2026-01-01', '2030-12-31'],
  ])('%j', (text, kind, start, due) => {
    expect(parse(text)).toEqual(period(kind, text, start, due));
  });
});

describe('report periods and frequencies are not dates', () => {
  it.each<[string, NonNullable<Deadline['recurrence']>]>([
    ['6 tháng 1 lần', 'half-yearly'],
    ['06 tháng 01 lần', 'half-yearly'],
    ['3 tháng 1 lần', 'quarterly'],
    ['3 tháng/lần', 'quarterly'],
    ['12 tháng 1 lần', 'yearly'],
    ['1 tháng 2 lần', 'monthly'],
    ['01 lần/tháng', 'monthly'],
    ['1 lần/năm', 'yearly'],
    ['02 lần/năm', 'half-yearly'],
    ['Báo cáo quý, 6 tháng, năm', 'quarterly'],
    ['Định kỳ tháng, quý, 6 tháng, năm', 'monthly'],
    ['Báo cáo 6 tháng, năm', 'half-yearly'],
    ['Báo cáo sơ kết 6 tháng, tổng kết năm', 'half-yearly'],
    ['Trước ngày 20 của tháng cuối quý', 'quarterly'],
  ])('%j is recurring (%s), not January or quarter 6', (text, recurrence) => {
    expect(parse(text)).toEqual({ kind: 'recurring', text, recurrence });
  });

  it('"Quý I, 6 tháng đầu năm" names the first quarter and a half year, not quarter 6', () => {
    expect(parse('Quý I, 6 tháng đầu năm 2026')).toEqual(period('quarter', 'Quý I, 6 tháng đầu năm 2026', '2026-01-01', '2026-03-31'));
  });
});

describe('conditional or by reference', () => {
  it.each<string>([
    'Theo kế hoạch của Bộ Nội vụ',
    'Theo Kế hoạch của Bộ Nội vụ',
    'Theo kế hoạch',
    'Theo thời hạn quy định của Trung ương',
    'Theo thời hạn quy định của Bộ Nội vụ',
    'Theo hướng dẫn của Bộ, ngành, Trung ương',
    'Khi được cơ quan có thẩm quyền giao',
    'Theo chỉ đạo của UBND tỉnh',
    'Theo tiến độ',
    'Theo yêu cầu',
    'Khi có yêu cầu',
    'Sau khi có hướng dẫn',
    'Theo Nghị quyết số 01/NQ-CP',
    // A document's date is when it was signed, not a deadline.
    'Theo Quyết định số 12/QĐ-UBND ngày 5/3/2026',
    'Theo Quyết định số 12/QĐ-UBND ngày 05 tháng 3 năm 2026',
    'Theo Kế hoạch số 45/KH-UBND ngày 10/02/2026 của UBND tỉnh',
    'Theo Thông tư 10/2026/TT-BNV ngày 1/1/2026',
    'Theo Công văn số 1234/UBND-KT ngày 5/3/2026',
    'Quyết định số 12/QĐ-UBND ngày 5/3/2026',
    'Kế hoạch số 45/KH-UBND ngày 10 tháng 02 năm 2026',
    // A draft's blank document number.
    'Theo Kế hoạch số /KH-UBND ngày 5/3/2026',
    // Provincial Party Committee documents ("/TU") and abbreviated document kinds.
    'Theo Nghị quyết số 15-NQ/TU ngày 5/3/2026',
    'Theo Kết luận số 12-KL/TU ngày 20/01/2026',
    'Theo QĐ 12/QĐ-UBND ngày 15/01/2026',
    'Theo KH 45/KH-UBND ngày 3/3/2026',
    // Work that comes up, or waits on someone else.
    'Khi phát sinh',
    'Đột xuất',
    'Định kỳ và đột xuất',
    'Theo thực tế',
    'Căn cứ hướng dẫn của Bộ Nội vụ',
    'Chờ hướng dẫn của Bộ',
    'Theo từng đợt',
    'Trong thời hạn 15 ngày kể từ ngày nhận được văn bản',
  ])('%j', (text) => {
    expect(parse(text)).toEqual({ kind: 'conditional', text });
  });

  it('the date of a Party Committee document beside a quarter is not the start', () => {
    const text = 'Quý III/2026 (theo Chỉ thị số 05-CT/TU ngày 20/01/2026)';
    expect(parse(text)).toEqual(period('quarter', text, '2026-07-01', '2026-09-30'));
  });

  // Not "kể từ ngày" (a condition): work that starts on a date and runs on, not work due that day.
  it('"từ ngày" is a start, not a condition', () => {
    expect(parse('Thực hiện từ ngày 1/7/2026')).toEqual({ kind: 'recurring', text: 'Thực hiện từ ngày 1/7/2026', recurrence: 'continuous' });
  });

  it.each<[string, Deadline]>([
    ['Quý IV theo Nghị định 30/2020/NĐ-CP', period('quarter', 'Quý IV theo Nghị định 30/2020/NĐ-CP', '2026-10-01', '2026-12-31')],
    ['Trước ngày 15/12 (theo Luật số 18/2023/QH15)', date('Trước ngày 15/12 (theo Luật số 18/2023/QH15)', '2026-12-15')],
    ['Tháng 6 (Giai đoạn 2026-2030)', period('month', 'Tháng 6 (Giai đoạn 2026-2030)', '2026-06-01', '2026-06-30')],
  ])('the year in a document number or a span of years is not the deadline\'s: %j', (text, expected) => {
    expect(parse(text, { year: 2026 })).toEqual(expected);
  });

  it.each<[string, Deadline]>([
    ['Trước ngày 15/01 năm sau', date('Trước ngày 15/01 năm sau', '2027-01-15')],
    ['Quý I năm sau', period('quarter', 'Quý I năm sau', '2027-01-01', '2027-03-31')],
  ])('"năm sau" is the year after the plan\'s: %j', (text, expected) => {
    expect(parse(text, { year: 2026 })).toEqual(expected);
  });

  it("a cited document's year does not stand in for a missing year", () => {
    const text = 'Quý III theo Quyết định số 12/QĐ-UBND ngày 5/3/2025';
    expect(parse(text, { year: 2026 })).toEqual(period('quarter', text, '2026-07-01', '2026-09-30'));
  });
});

describe('impossible dates and periods are invalid, with a reason', () => {
  it.each<[string, InvalidReason]>([
    ['31/02/2026', 'day-out-of-range'],
    ['29/02/2026', 'day-out-of-range'],
    ['29/2/2100', 'day-out-of-range'],
    ['31/4/2026', 'day-out-of-range'],
    ['32/1/2026', 'day-out-of-range'],
    ['0/12/2026', 'day-out-of-range'],
    ['15/13/2026', 'month-out-of-range'],
    ['00/00/2026', 'month-out-of-range'],
    ['ngày 31 tháng 2 năm 2026', 'day-out-of-range'],
    ['ngày 15 tháng 13 năm 2026', 'month-out-of-range'],
    ['Hoàn thành trước ngày 31/02/2026', 'day-out-of-range'],
    ['Tháng 13/2026', 'month-out-of-range'],
    ['Tháng 0/2026', 'month-out-of-range'],
    ['Quý V/2026', 'quarter-out-of-range'],
    ['Quý VI/2026', 'quarter-out-of-range'],
    ['Quý IIII/2026', 'quarter-out-of-range'],
    ['Quý 0/2026', 'quarter-out-of-range'],
    ['Quý 5/2026', 'quarter-out-of-range'],
    ['31/12/3026', 'year-out-of-range'],
    ['1/1/1899', 'year-out-of-range'],
    ['31/12/226', 'year-out-of-range'],
    ['31/12/20266', 'year-out-of-range'],
    ['Quý III/3026', 'year-out-of-range'],
    ['Quý III/226', 'year-out-of-range'],
    ['Tháng 6/226', 'year-out-of-range'],
    ['Năm 3026', 'year-out-of-range'],
    ['Năm học 2026-2028', 'year-out-of-range'],
    ['Năm học 2027-2026', 'year-out-of-range'],
    ['#REF!', 'formula-error'],
    ['#ref!', 'formula-error'],
    ['#N/A', 'formula-error'],
    ['#VALUE!', 'formula-error'],
    ['#DIV/0!', 'formula-error'],
    // An impossible value anywhere in the cell wins over what else it says.
    ['Quý II/2026 (trước 31/02)', 'day-out-of-range'],
  ])('%j', (text, reason) => {
    expect(parse(text)).toEqual(invalid(text, reason));
  });

  it('a formula error value', () => {
    expect(parse({ error: '#REF!' })).toEqual(invalid('#REF!', 'formula-error'));
    expect(parse({ error: '#N/A' })).toEqual(invalid('#N/A', 'formula-error'));
  });
});

describe('empty and unrecognized', () => {
  it.each<[CellValue]>([[''], ['   '], ['\u00a0\u00a0'], ['\n\r\n\t'], ['\u200b'], [null]])('%j is empty', (value) => {
    expect(parse(value)).toEqual({ kind: 'empty', text: '' });
  });

  it('undefined is empty', () => {
    expect(parseDeadline(undefined as unknown as CellValue, undefined, Y2026)).toEqual({ kind: 'empty', text: '' });
  });

  // "The start of the school year" is not modelled: better unread than read as the whole year.
  it.each<[string]>([
    ['abc xyz'], ['Sở Nội vụ'], ['x'], ['Đầu năm học 2026-2027'], ['6-7/2026'], ['15/6/2'], ['1.2.3'],
  ])('%j is unrecognized', (text) => {
    expect(parse(text)).toEqual({ kind: 'unrecognized', text });
  });

  it.each<[CellValue, string]>([
    [true, 'true'],
    [false, 'false'],
    [46022, '46022'], // a serial without a date format is just a number
    [2026.5, '2026.5'],
    [12, '12'],
    [Number.POSITIVE_INFINITY, 'Infinity'],
  ])('%j is unrecognized', (value, text) => {
    expect(parse(value)).toEqual({ kind: 'unrecognized', text });
  });
});

describe('missing year: the plan year from the context', () => {
  it.each<[string, Deadline]>([
    ['Quý III', period('quarter', 'Quý III', '2026-07-01', '2026-09-30')],
    ['Quý IV', period('quarter', 'Quý IV', '2026-10-01', '2026-12-31')],
    ['Tháng 6', period('month', 'Tháng 6', '2026-06-01', '2026-06-30')],
    ['Tháng 11, 12', period('month', 'Tháng 11, 12', '2026-11-01', '2026-12-31')],
    ['6 tháng đầu năm', period('half', '6 tháng đầu năm', '2026-01-01', '2026-06-30')],
    ['06 tháng cuối năm', period('half', '06 tháng cuối năm', '2026-07-01', '2026-12-31')],
    ['Đầu năm', period('quarter', 'Đầu năm', '2026-01-01', '2026-03-31')],
    ['15/6', date('15/6', '2026-06-15')],
    ['Trước 31/12', date('Trước 31/12', '2026-12-31')],
    ['ngày 15 tháng 6', date('ngày 15 tháng 6', '2026-06-15')],
  ])('%j with {year: 2026}', (text, expected) => {
    expect(parse(text, { year: 2026 })).toEqual(expected);
  });

  it('a year elsewhere in the cell is used before the plan year', () => {
    expect(parse('Quý III, năm 2027', { year: 2026 })).toEqual(period('quarter', 'Quý III, năm 2027', '2027-07-01', '2027-09-30'));
    expect(parse('15/6 - 30/6/2027', { year: 2026 })).toEqual(date('15/6 - 30/6/2027', '2027-06-30'));
  });

  // A year in parentheses says what the work is about ("chuẩn bị Kế hoạch năm 2027" is done in 2026), so the plan year
  // stays; a cell meant for another year says so in its phrase ("Quý III/2027").
  it('a year in parentheses is not the year of a phrase without one', () => {
    expect(parse('Quý III (Kế hoạch năm 2027)', { year: 2026 })).toEqual(
      period('quarter', 'Quý III (Kế hoạch năm 2027)', '2026-07-01', '2026-09-30'),
    );
  });

  it.each<[string]>([['Quý III'], ['Tháng 6'], ['31/12'], ['Trong năm'], ['6 tháng đầu năm']])(
    '%j without a plan year is unrecognized',
    (text) => {
      expect(parse(text, {})).toEqual({ kind: 'unrecognized', text });
    },
  );

  it('29/02 without a year is a possible day: it is checked once the plan year is known', () => {
    expect(parse('29/02', { year: 2028 })).toEqual(date('29/02', '2028-02-29'));
    expect(parse('29/02', { year: 2026 })).toEqual(invalid('29/02', 'day-out-of-range'));
    expect(parse('30/02', {})).toEqual(invalid('30/02', 'day-out-of-range'));
  });

  it('an implausible plan year is ignored', () => {
    expect(parse('Quý III', { year: 3026 })).toEqual({ kind: 'unrecognized', text: 'Quý III' });
    expect(parse('Quý III', { year: Number.NaN })).toEqual({ kind: 'unrecognized', text: 'Quý III' });
    expect(parseDeadline('Quý III', undefined, undefined as unknown as DeadlineContext)).toEqual({ kind: 'unrecognized', text: 'Quý III' });
  });
});

describe('how the text is written', () => {
  it.each<[string, string, Deadline]>([
    ['uppercase', 'QUÝ III/2026', period('quarter', 'QUÝ III/2026', '2026-07-01', '2026-09-30')],
    ['uppercase list', 'QUÝ III, IV/2026', period('quarter', 'QUÝ III, IV/2026', '2026-07-01', '2026-12-31')],
    ['uppercase prefix', 'HOÀN THÀNH TRƯỚC NGÀY 15/6/2026', date('HOÀN THÀNH TRƯỚC NGÀY 15/6/2026', '2026-06-15')],
    ['uppercase conditional', 'THEO KẾ HOẠCH CỦA BỘ NỘI VỤ', { kind: 'conditional', text: 'THEO KẾ HOẠCH CỦA BỘ NỘI VỤ' }],
    ['non-breaking spaces', 'Trong\u00a0năm\u00a02026', period('year', 'Trong năm 2026', '2026-01-01', '2026-12-31')],
    ['narrow no-break space', 'Quý\u202fIII/2026', period('quarter', 'Quý III/2026', '2026-07-01', '2026-09-30')],
    ['zero-width space', 'Trong năm 2026\u200b', period('year', 'Trong năm 2026', '2026-01-01', '2026-12-31')],
    ['padding', '   Quý III/2026  ', period('quarter', 'Quý III/2026', '2026-07-01', '2026-09-30')],
    ['tabs and runs of spaces', 'Trong \t  năm   2026', period('year', 'Trong năm 2026', '2026-01-01', '2026-12-31')],
    ['line break inside a phrase', 'Hoàn thành\ntrước ngày 15/6/2026', date('Hoàn thành\ntrước ngày 15/6/2026', '2026-06-15')],
    ['CRLF and blank lines', 'Hoàn thành\r\n\r\ntrước ngày 15/6/2026', date('Hoàn thành\ntrước ngày 15/6/2026', '2026-06-15')],
    ['a list wrapped over lines', 'Quý III,\nIV/2026', period('quarter', 'Quý III,\nIV/2026', '2026-07-01', '2026-12-31')],
  ])('%s', (_name, value, expected) => {
    expect(parse(value)).toEqual(expected);
  });

  it.each<[string]>([
    ['Quý III/2026'],
    ['QUÝ III, IV/2026'],
    ['Trong năm 2026'],
    ['Hằng quý'],
    ['Thường xuyên'],
    ['Hoàn thành trước ngày 15/6/2026'],
    ['6 tháng đầu năm 2026'],
    ['Theo Quyết định số 12/QĐ-UBND ngày 05 tháng 3 năm 2026'],
    ['Khi được cơ quan có thẩm quyền giao'],
  ])('decomposed (NFD) %j reads like its composed form', (text) => {
    const nfd = text.normalize('NFD');
    expect(nfd).not.toBe(text);
    expect(parse(nfd)).toEqual(parse(text));
    expect(parse(nfd).text).toBe(text);
  });
});

describe('multi-line cells', () => {
  // Decision: a day that falls inside a period written in the same cell narrows that period, so
  // "Quý II/2026 (báo cáo trước 15/6)" is due 2026-06-15 — the firm date a checker should hold the task to.
  it.each<[string, Deadline]>([
    ['Quý II/2026\n(báo cáo trước 15/6)', date('Quý II/2026\n(báo cáo trước 15/6)', '2026-06-15')],
    ['Quý II/2026 (báo cáo trước 15/6/2026)', date('Quý II/2026 (báo cáo trước 15/6/2026)', '2026-06-15')],
    ['Trước 15/6/2026\nQuý II/2026', date('Trước 15/6/2026\nQuý II/2026', '2026-06-15')],
    ['Tháng 6/2026\n(trước 15/6)', date('Tháng 6/2026\n(trước 15/6)', '2026-06-15')],
    ['Hoàn thành\n(trước 30/6/2026)', date('Hoàn thành\n(trước 30/6/2026)', '2026-06-30')],
    [
      'Trước 30/4/2026 (đối với cấp tỉnh);\ntrước 30/6/2026 (đối với cấp xã)',
      date('Trước 30/4/2026 (đối với cấp tỉnh);\ntrước 30/6/2026 (đối với cấp xã)', '2026-06-30'),
    ],
    ['Quý III/2026\nQuý IV/2026', period('quarter', 'Quý III/2026\nQuý IV/2026', '2026-07-01', '2026-12-31')],
    ['Thường xuyên\n(báo cáo hằng quý)', { kind: 'recurring', text: 'Thường xuyên\n(báo cáo hằng quý)', recurrence: 'quarterly' }],
  ])('%j', (text, expected) => {
    expect(parse(text)).toEqual(expected);
  });
});

describe('Excel values', () => {
  it.each<[number, string, string]>([
    [46022, 'dd/mm/yyyy', '2025-12-31'],
    [45658, 'dd/mm/yyyy', '2025-01-01'],
    [45658, 'm/d/yy', '2025-01-01'],
    [46387, 'dd/mm/yyyy', '2026-12-31'],
    [46022.75, 'dd/mm/yyyy', '2025-12-31'],
    [46022, '[$-42A]dd/mm/yyyy', '2025-12-31'],
    [46022, 'd mmm yyyy', '2025-12-31'],
    [46022, 'yyyy-mm-dd;@', '2025-12-31'],
    [46022, 'dd/mm/yyyy h:mm', '2025-12-31'],
  ])('serial %d formatted %j', (serial, format, iso) => {
    expect(parse(serial, Y2026, format)).toEqual(date(iso, iso));
  });

  // Excel turns a typed "6/2026" into 1 June shown as "Jun-26": the cell means the month, not its first day.
  it.each<[number | Date, string, Deadline]>([
    [46174, 'mmm-yy', period('month', '06/2026', '2026-06-01', '2026-06-30')],
    [46174, 'mm/yyyy', period('month', '06/2026', '2026-06-01', '2026-06-30')],
    [46174, '"Tháng "mm/yyyy', period('month', '06/2026', '2026-06-01', '2026-06-30')],
    [46174, '[$-42A]mmmm yyyy', period('month', '06/2026', '2026-06-01', '2026-06-30')],
    [46174, 'yyyy', period('year', '2026', '2026-01-01', '2026-12-31')],
    [new Date(Date.UTC(2026, 5, 1)), 'mmm-yy', period('month', '06/2026', '2026-06-01', '2026-06-30')],
    [new Date(Date.UTC(2026, 5, 1)), 'dd/mm/yyyy', date('2026-06-01', '2026-06-01')],
  ])('%j shown as %j is what the format shows', (value, format, expected) => {
    expect(parse(value, Y2026, format)).toEqual(expected);
  });

  it.each<[number, string, InvalidReason]>([
    [60, 'dd/mm/yyyy', 'day-out-of-range'], // Excel's 1900-02-29, kept from Lotus 1-2-3, never existed
    [60.5, 'dd/mm/yyyy', 'day-out-of-range'],
    [0, 'dd/mm/yyyy', 'serial-out-of-range'],
    [-1, 'dd/mm/yyyy', 'serial-out-of-range'],
    [2958466, 'dd/mm/yyyy', 'serial-out-of-range'],
    [Number.NaN, 'dd/mm/yyyy', 'serial-out-of-range'],
  ])('serial %d formatted %j is invalid', (serial, format, reason) => {
    expect(parse(serial, Y2026, format)).toEqual(invalid(String(serial), reason));
  });

  it('a serial beyond the plausible years is invalid', () => {
    expect(parse(2958465, Y2026, 'dd/mm/yyyy')).toEqual(invalid('9999-12-31', 'year-out-of-range'));
    expect(parse(59, Y2026, 'dd/mm/yyyy')).toEqual(date('1900-02-28', '1900-02-28'));
  });

  it.each<[string | undefined]>([[undefined], ['General'], ['0'], ['#,##0'], ['@'], ['h:mm'], ['[h]:mm:ss']])(
    'a number formatted %j is not a serial',
    (format) => {
      expect(parse(46022, Y2026, format)).toEqual({ kind: 'unrecognized', text: '46022' });
      expect(parse(2026, Y2026, format)).toEqual(period('year', '2026', '2026-01-01', '2026-12-31'));
    },
  );

  it.each<[Date, Deadline]>([
    [new Date(Date.UTC(2026, 11, 31)), date('2026-12-31', '2026-12-31')],
    [new Date(Date.UTC(2028, 1, 29)), date('2028-02-29', '2028-02-29')],
    [new Date(Date.UTC(2026, 5, 15, 17, 30)), date('2026-06-15', '2026-06-15')],
    [new Date(Date.UTC(1800, 0, 1)), invalid('1800-01-01T00:00:00.000Z', 'year-out-of-range')],
    [new Date(Number.NaN), invalid('', 'not-a-date')],
  ])('Date cell %s', (value, expected) => {
    expect(parse(value)).toEqual(expected);
  });
});

describe('values outside CellValue', () => {
  it.each<[string, unknown]>([
    ['plain object', {}],
    ['array', []],
    ['symbol', Symbol('x')],
    ['bigint', BigInt(5)],
    ['function', () => 1],
    ['object with a throwing toString', { toString: () => { throw new Error('no'); } }],
    ['null-prototype object', Object.create(null) as unknown],
    ['error with a non-string code', { error: 42 }],
  ])('%s does not throw', (_name, value) => {
    const d = parseDeadline(value as CellValue, undefined, Y2026);
    expect(['unrecognized', 'invalid']).toContain(d.kind);
    expect(typeof d.text).toBe('string');
  });
});

describe('strings from the sample annexes', () => {
  // Every distinct "Thời gian thực hiện/hoàn thành" value in samples/*.xlsx, with how often it occurs.
  it.each<[string, number, Deadline]>([
    ['Trong năm 2026', 149, period('year', 'Trong năm 2026', '2026-01-01', '2026-12-31')],
    ['Thường xuyên', 13, { kind: 'recurring', text: 'Thường xuyên', recurrence: 'continuous' }],
    ['31/12/2026', 7, date('31/12/2026', '2026-12-31')],
    ['Hoàn thành trước ngày 31/12/2026', 6, date('Hoàn thành trước ngày 31/12/2026', '2026-12-31')],
    ['Theo thời hạn quy định của Trung ương', 3, { kind: 'conditional', text: 'Theo thời hạn quy định của Trung ương' }],
    ['Hàng tháng', 2, { kind: 'recurring', text: 'Hàng tháng', recurrence: 'monthly' }],
    ['Chậm nhất là ngày 31/12/2026', 1, date('Chậm nhất là ngày 31/12/2026', '2026-12-31')],
    ['Theo thời hạn quy định của Bộ Nội vụ', 1, { kind: 'conditional', text: 'Theo thời hạn quy định của Bộ Nội vụ' }],
    [
      'Hoàn thành kiểm tra, ban hành Thông báo kết luận trước ngày 31/12/2026',
      1,
      date('Hoàn thành kiểm tra, ban hành Thông báo kết luận trước ngày 31/12/2026', '2026-12-31'),
    ],
    [
      'Hoàn thành kiểm tra, ban hành Thông báo kết luận kiểm tra trước ngày 31/12/2026',
      1,
      date('Hoàn thành kiểm tra, ban hành Thông báo kết luận kiểm tra trước ngày 31/12/2026', '2026-12-31'),
    ],
    ['Theo hướng dẫn của Bộ, ngành, Trung ương', 1, { kind: 'conditional', text: 'Theo hướng dẫn của Bộ, ngành, Trung ương' }],
    ['Theo Kế hoạch của Bộ Nội vụ', 1, { kind: 'conditional', text: 'Theo Kế hoạch của Bộ Nội vụ' }],
    ['Hoàn thành trước ngày 15/6/2026', 1, date('Hoàn thành trước ngày 15/6/2026', '2026-06-15')],
    ['Quý III/2026', 1, period('quarter', 'Quý III/2026', '2026-07-01', '2026-09-30')],
    ['Quý III, IV/2026', 1, period('quarter', 'Quý III, IV/2026', '2026-07-01', '2026-12-31')],
    ['Hàng quý', 1, { kind: 'recurring', text: 'Hàng quý', recurrence: 'quarterly' }],
    ['Năm 2026', 1, period('year', 'Năm 2026', '2026-01-01', '2026-12-31')],
    ['Theo kế hoạch', 1, { kind: 'conditional', text: 'Theo kế hoạch' }],
    ['Quý IV/2026', 1, period('quarter', 'Quý IV/2026', '2026-10-01', '2026-12-31')],
  ])('%j (×%d)', (text, _count, expected) => {
    expect(parse(text)).toEqual(expected);
    // The same cells in a workbook with no plan year read alike: each carries its own year or none is needed.
    expect(parse(text, {})).toEqual(expected);
  });
});

describe('inferYearFromText', () => {
  it.each<[string, number | undefined]>([
    ['KẾ HOẠCH Cải cách hành chính NĂM 2026', 2026],
    ['KẾ HOẠCH NĂM 2026'.normalize('NFD'), 2026],
    ['CÁC NHIỆM VỤ, GIẢI PHÁP NHẪM NÂNG CAO CHỈ SỐ PAR INDEX TỈNH LẠNG SƠN NĂM 2026', 2026],
    ['Nâng cao Chỉ số PAR INDEX, Chỉ số SIPAS tỉnh Lai Châu năm 2026', 2026],
    ['Khắc phục tồn tại, hạn chế làm giảm Chỉ số cải cách hành chính năm 2025', 2025],
    ['(Kèm theo Kế hoạch số 252 /KH-UBND ngày 23 /6/2026 của Ủy ban nhân dân tỉnh)', 2026],
    ['(Ban hành kèm theo Kế hoạch số 4745/KH-UBND ngày 11/6/2026 của Ủy ban nhân dân tỉnh)', 2026],
    ['(Ban hành kèm theo Kế hoạch số /KH-UBND ngày tháng năm 2026 của UBND tỉnh)', 2026],
    ['Kế hoạch năm 2025, điều chỉnh năm 2026', 2026],
    ['KẾ\u00a0HOẠCH\nNĂM\u00a02026', 2026],
    ['Phụ lục', undefined],
    ['', undefined],
    ['Giai đoạn 2021-2025', undefined],
  ])('%j → %s', (text, year) => {
    expect(inferYearFromText(text)).toBe(year);
  });

  it('is undefined for a non-string', () => {
    expect(inferYearFromText(undefined as unknown as string)).toBeUndefined();
    expect(inferYearFromText(2026 as unknown as string)).toBeUndefined();
  });
});
