import type { CellValue } from '../../src/core/grid';
import { type PlanContext, planFromTitle } from '../../src/core/plan';
import { validateGrids } from '../../src/core/validate';

describe('the plan a title names', () => {
  it.each<[string, PlanContext]>([
    ['KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026', { year: 2026 }],
    // An orientation or a vision is not the plan year (was 2030, and every 2026 deadline outside the plan).
    ['KẾ HOẠCH PHÁT TRIỂN KINH TẾ SỐ NĂM 2026 VÀ ĐỊNH HƯỚNG ĐẾN NĂM 2030', { year: 2026 }],
    ['KẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM 2026, TẦM NHÌN ĐẾN NĂM 2030', { year: 2026 }],
    ['BÁO CÁO KẾT QUẢ NĂM 2026 VÀ PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2027', { year: 2026 }],
    // A plan for a period runs through its last year.
    ['NHIỆM VỤ CHUYỂN ĐỔI SỐ GIAI ĐOẠN 2026 - 2030\n(Kèm theo Kế hoạch số 15/KH-UBND ngày 10/01/2026)', { year: 2026, lastYear: 2030, date: '2026-01-10' }],
    ['KẾ HOẠCH 5 NĂM 2026-2030', { year: 2026, lastYear: 2030 }],
    ['KẾ HOẠCH GIÁO DỤC NĂM HỌC 2026-2027', { year: 2026, lastYear: 2027 }],
    // A period the plan only refers to leaves it a one-year plan.
    ['KẾ HOẠCH CCHC NĂM 2026 (thực hiện Chương trình giai đoạn 2021-2030)', { year: 2026 }],
    // A data cut-off or a report's date is not the plan's date.
    ['BẢNG THEO DÕI NHIỆM VỤ NĂM 2026\n(Số liệu tính đến ngày 30/6/2026)', { year: 2026 }],
    ['TỔNG HỢP NHIỆM VỤ NĂM 2026\n(Kèm theo Báo cáo số 210/BC-SNV ngày 05/7/2026)', { year: 2026 }],
    ['PHỤ LỤC\n(Kèm theo Kế hoạch số 30/KH-UBND ngày 05/02/2026 của UBND tỉnh)', { year: 2026, date: '2026-02-05' }],
    // The past year under review in a plan issued the next year.
    ['KHẮC PHỤC HẠN CHẾ CHỈ SỐ PAR INDEX NĂM 2025\n(Kèm theo Kế hoạch số 101/KH-UBND ngày 11/6/2026)', { year: 2026, date: '2026-06-11' }],
    ['BIỂU NHIỆM VỤ', {}],
    // A cut-off on the plan's own line leaves its date; a plan for one year of a programme is a one-year plan.
    ['Phụ lục kèm theo Kế hoạch số 45/KH-UBND ngày 15/01/2026 của UBND tỉnh (số liệu tính đến ngày 31/12/2025)', { year: 2026, date: '2026-01-15' }],
    ['KẾ HOẠCH năm 2026 triển khai Chương trình chuyển đổi số giai đoạn 2026 - 2030', { year: 2026 }],
    // A cited document's date is neither the plan's date nor its year.
    ['KẾ HOẠCH thực hiện Nghị quyết số 68-NQ/TW ngày 04/5/2025 giai đoạn 2026 - 2030', { year: 2026, lastYear: 2030 }],
    ['KẾ HOẠCH\nLạng Sơn, ngày 10 tháng 01 năm 2026', { year: 2026, date: '2026-01-10' }],
  ])('%j', (title, plan) => {
    expect(planFromTitle(title)).toEqual(plan);
  });

  it('a given year wins, and makes the plan a one-year plan', () => {
    expect(planFromTitle('NHIỆM VỤ GIAI ĐOẠN 2026 - 2030', 2027)).toEqual({ year: 2027 });
  });

  it.each<[string, string, PlanContext]>([
    ['Biểu số 2: Nhiệm vụ giao cấp xã', 'KẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM 2026\n(Kèm theo Kế hoạch số 30/KH-UBND ngày 05/02/2026)', { year: 2026, date: '2026-02-05' }],
    ['KHẮC PHỤC HẠN CHẾ NĂM 2025', 'PHỤ LỤC\n(Kèm theo Kế hoạch số 101/KH-UBND ngày 11/6/2026)', { year: 2026, date: '2026-06-11' }],
    ['NHIỆM VỤ NĂM 2027', 'KẾ HOẠCH NĂM 2026', { year: 2027 }],
  ])('a later table titled %j on a sheet titled %j', (title, sheetTitle, plan) => {
    expect(planFromTitle(title, undefined, sheetTitle)).toEqual(plan);
  });
});

describe('deadline-outside-plan against the plan read', () => {
  const H: CellValue[] = ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành'];
  const outside = (values: CellValue[][]) =>
    validateGrids('t.xlsx', [{ sheet: 'S', values, merges: [] }]).tables.map((t) => t.issues.filter((i) => i.code === 'deadline-outside-plan').map((i) => i.row));

  it('a period plan accepts deadlines through its last year', () => {
    const rows = [['1', 'A', 'Sở Tài chính', null, 'Năm 2026'], ['2', 'B', 'Sở Nội vụ', null, 'Năm 2026'], ['3', 'C', 'Sở Y tế', null, 'Năm 2028'], ['4', 'D', 'Sở Tư pháp', null, 'Năm 2031']];
    expect(outside([['NHIỆM VỤ GIAI ĐOẠN 2026 - 2030'], H, ...rows])).toEqual([[6]]);
  });

  it("a later table without a year of its own is held to the sheet's plan (last year's deadlines copied in are caught)", () => {
    expect(outside([
      ['KẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM 2026'], ['(Kèm theo Kế hoạch số 30/KH-UBND ngày 05/02/2026)'], [],
      ['Biểu số 1: Nhiệm vụ cấp tỉnh'], H, ['1', 'A', 'Sở Nội vụ', null, 'Quý II/2026'], [],
      ['Biểu số 2: Nhiệm vụ giao cấp xã'], H,
      ['1', 'B', 'Sở Tư pháp', null, 'Quý II/2025'], ['2', 'C', 'Công an tỉnh', null, 'Quý III/2025'], ['3', 'D', 'Sở Y tế', null, 'Quý IV/2026'],
    ])).toEqual([[], [10, 11]]);
  });
});
