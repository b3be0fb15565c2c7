import { parseDeadline } from '../../../src/core/deadline/parse';
import type { Deadline } from '../../../src/core/deadline/types';

const parse = (text: string, year: number | undefined = 2026): Deadline => parseDeadline(text, undefined, { year });
const date = (text: string, due: string): Deadline => ({ kind: 'date', text, due });
const period = (kind: Deadline['kind'], text: string, start: string, due: string): Deadline => ({ kind, text, start, due });
const ongoing = (text: string): Deadline => ({ kind: 'recurring', text, recurrence: 'continuous' });

describe('a month written as "6/2026" without "tháng"', () => {
  it.each<[string, Deadline]>([
    ['06/2026', period('month', '06/2026', '2026-06-01', '2026-06-30')],
    ['6/2026', period('month', '6/2026', '2026-06-01', '2026-06-30')],
    ['12 / 2026', period('month', '12 / 2026', '2026-12-01', '2026-12-31')],
    ['Hoàn thành 10/2026', period('month', 'Hoàn thành 10/2026', '2026-10-01', '2026-10-31')],
    ['Từ 3/2026 đến 12/2026', period('month', 'Từ 3/2026 đến 12/2026', '2026-03-01', '2026-12-31')],
    ['03/2026 - 12/2026', period('month', '03/2026 - 12/2026', '2026-03-01', '2026-12-31')],
    ['6/2026-12/2026', period('month', '6/2026-12/2026', '2026-06-01', '2026-12-31')],
    ['11/2026 - 01/2027', period('month', '11/2026 - 01/2027', '2026-11-01', '2027-01-31')],
    // Still days, periods already named, or the numbers of cited documents.
    ['15/6/2026', date('15/6/2026', '2026-06-15')],
    ['Tháng 6/2026', period('month', 'Tháng 6/2026', '2026-06-01', '2026-06-30')],
    ['Quý 2/2026', period('quarter', 'Quý 2/2026', '2026-04-01', '2026-06-30')],
    ['Trong năm 2026 (theo Thông tư 10/2026/TT-BNV)', period('year', 'Trong năm 2026 (theo Thông tư 10/2026/TT-BNV)', '2026-01-01', '2026-12-31')],
    ['Năm 2026, thực hiện Nghị định 06/2025/NĐ-CP', period('year', 'Năm 2026, thực hiện Nghị định 06/2025/NĐ-CP', '2026-01-01', '2026-12-31')],
  ])('%j', (text, expected) => {
    expect(parse(text)).toEqual(expected);
  });

  it.each<[string]>([['6-7/2026'], ['Đợt 2/2026'], ['13/2026']])('%j stays unread (ambiguous or not a month)', (text) => {
    expect(parse(text)).toEqual({ kind: 'unrecognized', text });
  });
});

describe('shorthand ranges and spelled-out quarters', () => {
  it.each<[string, Deadline]>([
    ['T6-T9/2026', period('month', 'T6-T9/2026', '2026-06-01', '2026-09-30')],
    ['T3 - T5/2026', period('month', 'T3 - T5/2026', '2026-03-01', '2026-05-31')],
    ['Q3-Q4/2026', period('quarter', 'Q3-Q4/2026', '2026-07-01', '2026-12-31')],
    ['Quý ba năm 2026', period('quarter', 'Quý ba năm 2026', '2026-07-01', '2026-09-30')],
    ['Quý tư/2026', period('quarter', 'Quý tư/2026', '2026-10-01', '2026-12-31')],
    ['Quý một năm 2027', period('quarter', 'Quý một năm 2027', '2027-01-01', '2027-03-31')],
  ])('%j', (text, expected) => {
    expect(parse(text)).toEqual(expected);
  });
});

describe('"trước" a period: done by the day before it starts', () => {
  it.each<[string, string]>([
    ['Trước Quý IV/2026', '2026-09-30'],
    ['Hoàn thành trước Quý III/2026', '2026-06-30'],
    ['Trước tháng 7/2026', '2026-06-30'],
    ['Trước tháng 01/2027', '2026-12-31'],
    ['Trước năm 2027', '2026-12-31'],
    ['Trước 6 tháng cuối năm 2026', '2026-06-30'],
  ])('%j is due %s', (text, due) => {
    expect(parse(text)).toEqual(date(text, due));
  });

  it.each<[string, Deadline]>([
    // A day stays that day; "trước ngày 15/6" is not moved a day earlier.
    ['Trước ngày 15/6/2026', date('Trước ngày 15/6/2026', '2026-06-15')],
    // Several periods named: which one "trước" binds is unclear, the cell keeps its range.
    ['Quý II/2026, báo cáo trước Quý IV/2026', period('quarter', 'Quý II/2026, báo cáo trước Quý IV/2026', '2026-04-01', '2026-12-31')],
    ['Chậm nhất tháng 10/2026', period('month', 'Chậm nhất tháng 10/2026', '2026-10-01', '2026-10-31')],
  ])('%j', (text, expected) => {
    expect(parse(text)).toEqual(expected);
  });
});

describe('a start without an end is ongoing work from then', () => {
  it.each<[string]>([['Từ ngày 01/7/2026'], ['Từ tháng 7/2026'], ['Từ Quý III/2026'], ['Triển khai từ năm 2026'], ['Bắt đầu từ 15/3/2026']])(
    '%j is continuous, not due on its first day',
    (text) => {
      expect(parse(text)).toEqual(ongoing(text));
    },
  );

  it.each<[string, Deadline]>([
    ['Từ tháng 3 đến tháng 6/2026', period('month', 'Từ tháng 3 đến tháng 6/2026', '2026-03-01', '2026-06-30')],
    ['Từ 01/3/2026 đến hết năm 2026', period('year', 'Từ 01/3/2026 đến hết năm 2026', '2026-03-01', '2026-12-31')],
    ['Từ 01/3/2026 - 30/6/2026', date('Từ 01/3/2026 - 30/6/2026', '2026-06-30')],
    ['Từ nay đến 30/6/2026', date('Từ nay đến 30/6/2026', '2026-06-30')],
  ])('%j has an end, which is its deadline', (text, expected) => {
    expect(parse(text)).toEqual(expected);
  });
});

describe('numbers that count something are not days or years', () => {
  it.each<[string, Deadline]>([
    ['Tuần 2 tháng 7/2026', period('month', 'Tuần 2 tháng 7/2026', '2026-07-01', '2026-07-31')],
    ['Đợt 1: tháng 6/2026; đợt 2: tháng 12/2026', period('month', 'Đợt 1: tháng 6/2026; đợt 2: tháng 12/2026', '2026-06-01', '2026-12-31')],
    ['Lần 3 tháng 9/2026', period('month', 'Lần 3 tháng 9/2026', '2026-09-01', '2026-09-30')],
    ['Năm 2026, 2027, 2028', period('year', 'Năm 2026, 2027, 2028', '2026-01-01', '2028-12-31')],
    ['Năm 2026 và 2027', period('year', 'Năm 2026 và 2027', '2026-01-01', '2027-12-31')],
  ])('%j', (text, expected) => {
    expect(parse(text)).toEqual(expected);
  });
});

describe('starts after a longer lead-in, and runs "to the end of the year" or "until …"', () => {
  it.each<[string]>([
    ['Kể từ ngày 01/7/2026'], ['Áp dụng kể từ ngày 01/7/2026'], ['Triển khai thực hiện từ ngày 01/7/2026'], ['Có hiệu lực từ 01/7/2026'],
    ['Tổ chức thực hiện từ tháng 7/2026'], ['Triển khai thực hiện từ Quý II/2026'],
    ['Từ 01/01/2026 đến khi có văn bản thay thế'], ['Từ tháng 1/2026 đến khi hoàn thành'],
  ])('%j is ongoing work', (text) => {
    expect(parse(text)).toEqual(ongoing(text));
  });

  it.each<[string, Deadline]>([
    ['Từ tháng 3/2026 đến cuối năm', period('year', 'Từ tháng 3/2026 đến cuối năm', '2026-03-01', '2026-12-31')],
    ['Từ tháng 3 đến hết năm', period('year', 'Từ tháng 3 đến hết năm', '2026-03-01', '2026-12-31')],
    ['Từ tháng 5/2026 - hết năm 2026', period('year', 'Từ tháng 5/2026 - hết năm 2026', '2026-05-01', '2026-12-31')],
    ['Tháng 3 - cuối năm 2026', period('year', 'Tháng 3 - cuối năm 2026', '2026-03-01', '2026-12-31')],
    ['Quý II - cuối năm', period('year', 'Quý II - cuối năm', '2026-04-01', '2026-12-31')],
    ['Từ 01/3/2026 đến cuối năm 2026', period('year', 'Từ 01/3/2026 đến cuối năm 2026', '2026-03-01', '2026-12-31')],
    ['Tháng 3/2026 và duy trì đến hết năm', period('year', 'Tháng 3/2026 và duy trì đến hết năm', '2026-03-01', '2026-12-31')],
    // A year-end report is not a run to the year's end.
    ['Tháng 6 (báo cáo cuối năm)', period('month', 'Tháng 6 (báo cáo cuối năm)', '2026-06-01', '2026-06-30')],
  ])('%j', (text, expected) => {
    expect(parse(text)).toEqual(expected);
  });

  it('"Thông tư 01/2026" is a document, not a start', () => {
    const text = 'Quý II/2026 (theo Thông tư 01/2026/TT-BNV)';
    expect(parse(text)).toEqual(period('quarter', text, '2026-04-01', '2026-06-30'));
  });
});

describe('frequencies and conditions as offices write them', () => {
  it.each<[string, NonNullable<Deadline['recurrence']>]>([
    ['1 lần/quý', 'quarterly'], ['01 lần/quý', 'quarterly'], ['Quý/lần', 'quarterly'], ['Tháng/lần', 'monthly'], ['1 lần/tuần', 'weekly'],
    ['Quý, 6 tháng, năm', 'quarterly'], ['6 tháng, năm', 'half-yearly'], ['Định kỳ', 'continuous'], ['Báo cáo định kỳ', 'continuous'], ['TX', 'continuous'],
    ['Định kỳ hằng quý', 'quarterly'],
  ])('%j is recurring (%s)', (text, recurrence) => {
    expect(parse(text)).toEqual({ kind: 'recurring', text, recurrence });
  });

  it.each<[string]>([
    ['Khi Trung ương ban hành hướng dẫn'], ['Khi Bộ Nội vụ có hướng dẫn'], ['Nếu được bố trí kinh phí'], ['Trong trường hợp có phát sinh'],
    ['Tùy tình hình thực tế'], ['Tùy theo tình hình thực tế'], ['Đúng thời hạn quy định'], ['Theo đúng quy định hiện hành'], ['Chờ ý kiến chỉ đạo'],
  ])('%j is conditional', (text) => {
    expect(parse(text)).toEqual({ kind: 'conditional', text });
  });
});

describe('more shorthands and typos', () => {
  it.each<[string, Deadline]>([
    ['T6/26', period('month', 'T6/26', '2026-06-01', '2026-06-30')],
    ['Q3/26', period('quarter', 'Q3/26', '2026-07-01', '2026-09-30')],
    ['QuýIV/2026', period('quarter', 'QuýIV/2026', '2026-10-01', '2026-12-31')],
    ['Tháng6/2026', period('month', 'Tháng6/2026', '2026-06-01', '2026-06-30')],
    ['Tháng 6năm 2026', period('month', 'Tháng 6năm 2026', '2026-06-01', '2026-06-30')],
    ['T3-6/2026', period('month', 'T3-6/2026', '2026-03-01', '2026-06-30')],
  ])('%j', (text, expected) => {
    expect(parse(text)).toEqual(expected);
  });
});

describe('a year the cell is about is not the deadline’s year', () => {
  it.each<[string, Deadline]>([
    ['Báo cáo kết quả năm 2025 trước ngày 15/01', date('Báo cáo kết quả năm 2025 trước ngày 15/01', '2026-01-15')],
    ['Tổng kết công tác năm 2025: Quý I', period('quarter', 'Tổng kết công tác năm 2025: Quý I', '2026-01-01', '2026-03-31')],
    ['Quý I (tổng kết năm 2025)', period('quarter', 'Quý I (tổng kết năm 2025)', '2026-01-01', '2026-03-31')],
    ['Quý II (Chỉ số SIPAS 2025)', period('quarter', 'Quý II (Chỉ số SIPAS 2025)', '2026-04-01', '2026-06-30')],
    ['Tháng 6 (thực hiện Luật Đất đai năm 2024)', period('month', 'Tháng 6 (thực hiện Luật Đất đai năm 2024)', '2026-06-01', '2026-06-30')],
    ['Trước 15/12 (xây dựng dự toán năm 2027)', date('Trước 15/12 (xây dựng dự toán năm 2027)', '2026-12-15')],
    ['Quý I (số liệu đến 31/12/2025)', period('quarter', 'Quý I (số liệu đến 31/12/2025)', '2026-01-01', '2026-03-31')],
    // A year the phrase itself names still counts.
    ['Quý I năm 2027', period('quarter', 'Quý I năm 2027', '2027-01-01', '2027-03-31')],
    ['Trong năm 2027, trước 15/6', date('Trong năm 2027, trước 15/6', '2027-06-15')],
  ])('%j', (text, expected) => {
    expect(parse(text)).toEqual(expected);
  });
});

// Was due at the end of the starting period (30/6, 31/3): the period named is where the work starts, the year its end.
describe('a start inside a named year is no open end: the work runs from the start to the end of that year', () => {
  it.each<[string, Deadline]>([
    ['Năm 2026 (bắt đầu từ Quý II)', period('year', 'Năm 2026 (bắt đầu từ Quý II)', '2026-04-01', '2026-12-31')],
    ['Trong năm 2026, bắt đầu từ tháng 3', period('year', 'Trong năm 2026, bắt đầu từ tháng 3', '2026-03-01', '2026-12-31')],
  ])('%j', (text, expected) => {
    expect(parse(text)).toEqual(expected);
  });
});

describe('years named beside the periods', () => {
  it.each<[string, Deadline]>([
    // A later year named on its own: the work runs to its end.
    ['Quý IV/2026 (cấp tỉnh); năm 2027 (cấp huyện, xã)', period('year', 'Quý IV/2026 (cấp tỉnh); năm 2027 (cấp huyện, xã)', '2026-10-01', '2027-12-31')],
    ['Tháng 6/2026 và năm 2027', period('year', 'Tháng 6/2026 và năm 2027', '2026-06-01', '2027-12-31')],
    ['Quý III/2026 và cả năm 2026', period('year', 'Quý III/2026 và cả năm 2026', '2026-07-01', '2026-12-31')],
    ['Quý III/2026 và cả năm', period('year', 'Quý III/2026 và cả năm', '2026-07-01', '2026-12-31')],
    // The same year without a start word: the period or day narrows it.
    ['Trong năm 2026, báo cáo trước 15/6', date('Trong năm 2026, báo cáo trước 15/6', '2026-06-15')],
    ['Trước ngày 15/6, năm 2026', date('Trước ngày 15/6, năm 2026', '2026-06-15')],
    ['Quý IV/2026 (tổng kết năm 2027)', period('quarter', 'Quý IV/2026 (tổng kết năm 2027)', '2026-10-01', '2026-12-31')],
    // "tư", "tử", "tự" are not "từ"; a start with an end named keeps its end; a year something starts in is no end.
    ['Trong năm 2026, hoàn thành hồ sơ điện tử trước 15/6', date('Trong năm 2026, hoàn thành hồ sơ điện tử trước 15/6', '2026-06-15')],
    ['Năm 2026, đầu tư xong trước 30/6', date('Năm 2026, đầu tư xong trước 30/6', '2026-06-30')],
    ['Năm 2026 (từ tháng 3 đến tháng 6)', period('month', 'Năm 2026 (từ tháng 3 đến tháng 6)', '2026-03-01', '2026-06-30')],
    ['Quý IV/2026; áp dụng từ năm 2027', period('quarter', 'Quý IV/2026; áp dụng từ năm 2027', '2026-10-01', '2026-12-31')],
    ['Sau mỗi đợt thiên tai', { kind: 'conditional', text: 'Sau mỗi đợt thiên tai' }],
    ['Tháng 12/2026, để thực hiện từ năm 2027', period('month', 'Tháng 12/2026, để thực hiện từ năm 2027', '2026-12-01', '2026-12-31')],
    // A vision is not a deadline.
    ['Đến năm 2030, tầm nhìn đến năm 2045', period('year', 'Đến năm 2030, tầm nhìn đến năm 2045', '2030-01-01', '2030-12-31')],
  ])('%j', (text, expected) => {
    expect(parse(text)).toEqual(expected);
  });
});

describe('typing slips and listed months', () => {
  it.each<[string, Deadline]>([
    ['Quý lV/2026', period('quarter', 'Quý lV/2026', '2026-10-01', '2026-12-31')],
    ['Quý Ill/2026', period('quarter', 'Quý Ill/2026', '2026-07-01', '2026-09-30')],
    ['Quý lll, lV/2026', period('quarter', 'Quý lll, lV/2026', '2026-07-01', '2026-12-31')],
    ['Các tháng 6, 7, 8/2026', period('month', 'Các tháng 6, 7, 8/2026', '2026-06-01', '2026-08-31')],
  ])('%j', (text, expected) => {
    expect(parse(text)).toEqual(expected);
  });

  it('"Các tháng trong năm" stays a recurrence word, not a month', () => {
    expect(parse('Các tháng trong năm').kind).not.toBe('month');
  });
});

describe('the opening of the school year', () => {
  it.each<[string, string]>([
    ['Trước khai giảng năm học 2026-2027', '2026-09-05'],
    ['Trước ngày khai giảng năm học mới', '2026-09-05'],
    ['Hoàn thành trước lễ khai giảng', '2026-09-05'],
  ])('%j is due on 5 September', (text, due) => {
    expect(parse(text)).toEqual(date(text, due));
  });

  it('a school year alone still runs to 31 May', () => {
    expect(parse('Năm học 2026-2027')).toEqual(period('school-year', 'Năm học 2026-2027', '2026-09-01', '2027-05-31'));
  });
});

describe('a semester of a named school year', () => {
  it.each<[string, string, string]>([
    ['Học kỳ I năm học 2026-2027', '2026-09-01', '2027-01-18'],
    ['Cuối học kỳ 1 năm học 2026 - 27', '2026-09-01', '2027-01-18'],
    ['Trong học kỳ II, năm học 2026-2027', '2027-01-19', '2027-05-31'],
    ['HỌC KỲ 2 NĂM HỌC 2025-2026', '2026-01-19', '2026-05-31'],
    ['Học kỳ I và II năm học 2026-2027', '2026-09-01', '2027-05-31'],
  ])('%j runs from %s to %s', (text, start, due) => {
    expect(parse(text)).toEqual(period('half', text, start, due));
  });

  it.each<[string]>([['Học kỳ I năm học 2026-2028'], ['Học kỳ II năm học 2027-2026']])('%j names no school year: invalid', (text) => {
    expect(parse(text)).toEqual({ kind: 'invalid', text, reason: 'year-out-of-range' });
  });

  it('a semester without its school year stays unread (which one is meant depends on the plan)', () => {
    expect(parse('Học kỳ I').kind).toBe('unrecognized');
  });
});

describe('a day after words ending in "t" or "q"', () => {
  // JavaScript's word boundary counts "ó" as one: "chót 05/12" was read as "T05/12" (May 2012).
  it.each<[string, string]>([
    ['Hạn chót 05/12/2026', '2026-12-05'],
    ['Chậm nhất 01/12/2026', '2026-12-01'],
    ['Chậm nhất 30/11/2026', '2026-11-30'],
    ['Muộn nhất 05/12/2026', '2026-12-05'],
  ])('%j', (text, due) => {
    expect(parse(text)).toEqual(date(text, due));
  });
});

describe('"giữa năm": mid-year', () => {
  // Was read as the whole year (due 31/12).
  it.each<[string, Deadline]>([
    ['Giữa năm 2026', period('half', 'Giữa năm 2026', '2026-01-01', '2026-06-30')],
    ['Giữa năm', period('half', 'Giữa năm', '2026-01-01', '2026-06-30')],
    ['Sơ kết giữa năm 2026', period('half', 'Sơ kết giữa năm 2026', '2026-01-01', '2026-06-30')],
    ['Giữa năm học 2026-2027', period('half', 'Giữa năm học 2026-2027', '2026-09-01', '2027-01-18')],
    ['Quý II/2026 (giữa năm)', period('quarter', 'Quý II/2026 (giữa năm)', '2026-04-01', '2026-06-30')],
    // From a period to "cuối năm 2026" runs to its end.
    ['Giữa năm 2026 - Cuối năm 2026', period('year', 'Giữa năm 2026 - Cuối năm 2026', '2026-01-01', '2026-12-31')],
    ['Tháng 6/2026 - cuối năm 2026', period('year', 'Tháng 6/2026 - cuối năm 2026', '2026-06-01', '2026-12-31')],
  ])('%j', (text, expected) => {
    expect(parse(text)).toEqual(expected);
  });
});

// From a review of ~750 deadline phrasings of 2025–2026 plans: each was misread before.
describe('forms seen in 2025–2026 plans', () => {
  const conditional = (text: string): Deadline => ({ kind: 'conditional', text });
  const recurring = (text: string, recurrence: NonNullable<Deadline['recurrence']>): Deadline => ({ kind: 'recurring', text, recurrence });
  it.each<[string, Deadline]>([
    // A report's label before its date is no period ("6 tháng: 15/6" was month 15: invalid).
    ['Báo cáo 6 tháng: 15/6/2026; Báo cáo năm: 15/12/2026', date('Báo cáo 6 tháng: 15/6/2026; Báo cáo năm: 15/12/2026', '2026-12-15')],
    ['Sơ kết 6 tháng: 20/6/2026', date('Sơ kết 6 tháng: 20/6/2026', '2026-06-20')],
    ['Quý I: 20/3; 6 tháng: 20/6; 9 tháng: 20/9; năm: 20/12', date('Quý I: 20/3; 6 tháng: 20/6; 9 tháng: 20/9; năm: 20/12', '2026-12-20')],
    ['Báo cáo 6 tháng, năm: 15/6 và 15/12/2026', date('Báo cáo 6 tháng, năm: 15/6 và 15/12/2026', '2026-12-15')],
    ['Báo cáo quý: 20/3, 20/6, 20/9, 20/12/2026', date('Báo cáo quý: 20/3, 20/6, 20/9, 20/12/2026', '2026-12-20')],
    ['Thời gian 2 tháng: 01/4 - 31/5/2026', date('Thời gian 2 tháng: 01/4 - 31/5/2026', '2026-05-31')],
    // "kì" for "kỳ", and the usual abbreviations of a semester.
    ['Học kì I năm học 2026-2027', period('half', 'Học kì I năm học 2026-2027', '2026-09-01', '2027-01-18')],
    ['HKI năm học 2026-2027', period('half', 'HKI năm học 2026-2027', '2026-09-01', '2027-01-18')],
    ['HK 2 năm học 2026-2027', period('half', 'HK 2 năm học 2026-2027', '2027-01-19', '2027-05-31')],
    ['Định kì 6 tháng', recurring('Định kì 6 tháng', 'half-yearly')],
    // "T 6/2026", "Q 3/2026": a space after the letter.
    ['T 6/2026', period('month', 'T 6/2026', '2026-06-01', '2026-06-30')],
    ['Q 3/2026', period('quarter', 'Q 3/2026', '2026-07-01', '2026-09-30')],
    ['Quý Ⅱ/2026', period('quarter', 'Quý Ⅱ/2026', '2026-04-01', '2026-06-30')],
    // A share ("1/3 số xã") is no date; a count ("từ 3 - 5 lớp") is no start of ongoing work.
    ['Năm 2026 (hoàn thành 1/3 số xã)', period('year', 'Năm 2026 (hoàn thành 1/3 số xã)', '2026-01-01', '2026-12-31')],
    ['Quý III/2026 (tổ chức từ 3 - 5 lớp)', period('quarter', 'Quý III/2026 (tổ chức từ 3 - 5 lớp)', '2026-07-01', '2026-09-30')],
    ['Quý II/2026 (từ 2-3 hội nghị)', period('quarter', 'Quý II/2026 (từ 2-3 hội nghị)', '2026-04-01', '2026-06-30')],
    // "6T" is "6 tháng"; "những tháng đầu năm" the first quarter, as "đầu năm".
    ['6T đầu năm 2026', period('half', '6T đầu năm 2026', '2026-01-01', '2026-06-30')],
    ['Những tháng đầu năm 2026', period('quarter', 'Những tháng đầu năm 2026', '2026-01-01', '2026-03-31')],
    // An orientation year beside the deadline is no deadline, as a vision is not.
    ['Quý II/2026, định hướng đến năm 2030', period('quarter', 'Quý II/2026, định hướng đến năm 2030', '2026-04-01', '2026-06-30')],
    // A second step running the whole year.
    ['Xây dựng kế hoạch: tháng 3/2026; triển khai: cả năm', period('year', 'Xây dựng kế hoạch: tháng 3/2026; triển khai: cả năm', '2026-03-01', '2026-12-31')],
    ['Phụ thuộc vào tiến độ dự án', conditional('Phụ thuộc vào tiến độ dự án')],
    ['Tùy thuộc vào nguồn vốn', conditional('Tùy thuộc vào nguồn vốn')],
    ['Theo phân kỳ đầu tư', conditional('Theo phân kỳ đầu tư')],
    ['Trong thời hạn quy định', conditional('Trong thời hạn quy định')],
    ['Đúng thời gian quy định', conditional('Đúng thời gian quy định')],
  ])('%j', (text, expected) => {
    expect(parse(text)).toEqual(expected);
  });
});
