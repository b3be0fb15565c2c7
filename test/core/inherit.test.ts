import type { CellValue, Grid } from '../../src/core/grid';
import { summarizeGrids } from '../../src/core/summary/summarize';
import { validateGrids } from '../../src/core/validate';

const N = null;
const HEADER: CellValue[] = ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành'];
const LAST: CellValue[] = ['2', 'Rà soát thủ tục hành chính', 'Sở Tư pháp', 'Các sở, ban, ngành', 'Quý III/2026'];

/** Title, blank, header (Excel row 3), then the rows from Excel row 4, then one ordinary task. */
function grid(rows: CellValue[][]): Grid {
  return { sheet: 'Biểu', values: [['KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026'], [], HEADER, ...rows, LAST], merges: [] };
}

function issuesOf(rows: CellValue[][]): { code: string; row: number; column?: string }[] {
  const table = validateGrids('t.xlsx', [grid(rows)], { fallbackYear: 2026 }).tables[0];
  return (table?.issues ?? []).map(({ code, row, column }) => ({ code, row, ...(column ? { column } : {}) }));
}

const taskCount = (rows: CellValue[][]) => validateGrids('t.xlsx', [grid(rows)]).tables[0]?.taskCount;

describe('a group or section row lends its lead and deadline to the tasks under it', () => {
  it.each<[string, CellValue[][], { code: string; row: number; column?: string }[]]>([
    ['"-" rows under "1. …, cụ thể:"', [
      ['1', 'Tuyên truyền về cải cách hành chính, cụ thể:', 'Sở Nội vụ', 'Các sở, ban, ngành', 'Quý IV/2026'],
      ['-', 'Tuyên truyền trên Báo và Phát thanh, Truyền hình tỉnh', N, N, N],
      ['-', 'Tuyên truyền trên Cổng thông tin điện tử tỉnh', N, N, N],
    ], []],
    ['1.1 inherits both, 1.2 keeps its own deadline', [
      ['1', 'Rà soát văn bản quy phạm pháp luật', 'Sở Tư pháp', N, 'Trong năm 2026'],
      ['1.1', 'Rà soát văn bản do HĐND tỉnh ban hành', N, N, N],
      ['1.2', 'Rà soát văn bản do UBND tỉnh ban hành', N, N, 'Quý II/2026'],
    ], []],
    ['a nested group passes down what it got', [
      ['1', 'Cải cách thủ tục hành chính', 'Văn phòng UBND tỉnh', N, N],
      ['1.1', 'Rà soát thủ tục', N, N, 'Quý III/2026'],
      ['1.1.1', 'Rà soát thủ tục lĩnh vực đất đai', N, N, N],
    ], []],
    ['a section row with a lead: its tasks still need deadlines', [
      ['II', 'CẢI CÁCH THỂ CHẾ', 'Sở Tư pháp', N, N],
      ['1', 'Kiểm tra văn bản quy phạm pháp luật', N, N, N],
    ], [{ code: 'missing-deadline', row: 5, column: 'E' }]],
    ['a group with nothing to lend: its tasks are flagged', [
      ['1', 'Tuyên truyền về cải cách hành chính', N, N, N],
      ['1.1', 'Tuyên truyền trên báo', N, N, N],
    ], [{ code: 'missing-lead', row: 5, column: 'C' }, { code: 'missing-deadline', row: 5, column: 'E' }]],
    ['an impossible deadline on the group: once, on the group row', [
      ['1', 'Tuyên truyền, cụ thể:', 'Sở Nội vụ', N, '31/02/2026'],
      ['-', 'Trên báo', N, N, N],
      ['-', 'Trên cổng thông tin', N, N, N],
    ], [{ code: 'invalid-deadline', row: 4, column: 'E' }]],
    ['a title repeated in every cell of its row (as exceljs reads a merge) lends nothing', [
      ['I. NHIỆM VỤ CHUNG', 'I. NHIỆM VỤ CHUNG', 'I. NHIỆM VỤ CHUNG', 'I. NHIỆM VỤ CHUNG', 'I. NHIỆM VỤ CHUNG'],
      ['1', 'Rà soát văn bản', N, N, N],
    ], [{ code: 'missing-lead', row: 5, column: 'C' }, { code: 'missing-deadline', row: 5, column: 'E' }]],
    ['an abolished name on the group: once, on the group row', [
      ['1', 'Thu hút đầu tư, cụ thể:', 'Sở Kế hoạch và Đầu tư', N, 'Trong năm 2026'],
      ['-', 'Tổ chức hội nghị xúc tiến đầu tư', N, N, N],
      ['-', 'Cập nhật danh mục dự án', N, N, N],
    ], [{ code: 'outdated-agency', row: 4, column: 'C' }]],
  ])('%s', (_, rows, expected) => {
    expect(issuesOf(rows)).toEqual(expected);
  });
});

describe('"- " items with their own deadlines under a numbered task', () => {
  it('are tasks that take the numbered task\'s lead when they name none; their own cells are still checked', () => {
    expect(issuesOf([
      ['1', 'Tổ chức tập huấn nghiệp vụ, cụ thể:', 'Sở Nội vụ', N, 'Quý II/2026'],
      [N, '- Đợt 1 cho cấp tỉnh', N, N, 'Quý II/2026'],
      [N, '- Đợt 2 cho cấp xã', N, 'UBND cấp huyện', 'Quý IV/2026'],
    ])).toEqual([{ code: 'outdated-agency', row: 6, column: 'D' }]);
    expect(taskCount([['1', 'Tập huấn:', 'Sở Nội vụ', N, 'Quý II/2026'], [N, '- Đợt 1', N, N, 'Quý II/2026'], [N, '- Đợt 2', N, N, 'Quý IV/2026']])).toBe(4);
  });
});

describe('a task split into sub-rows per agency', () => {
  const split = (lastDeadline: CellValue): CellValue[][] => [
    ['1', 'Triển khai Kế hoạch chuyển đổi số năm 2026', N, N, N],
    [N, '- Cấp tỉnh', 'Sở Khoa học và Công nghệ', 'Các sở, ban, ngành', 'Quý III/2026'],
    [N, '- Cấp xã', 'UBND các xã, phường', N, lastDeadline],
  ];

  it('takes its leads and deadline from its parts', () => {
    expect(issuesOf(split('Quý IV/2026'))).toEqual([]);
    expect(taskCount(split('Quý IV/2026'))).toBe(2);
  });

  it('has a part without a deadline flagged on that part, not on the task', () => {
    expect(issuesOf(split(N))).toEqual([{ code: 'missing-deadline', row: 6, column: 'E' }]);
  });

  it("has a part's impossible deadline flagged on that part", () => {
    expect(issuesOf(split('Quý V/2026'))).toEqual([{ code: 'invalid-deadline', row: 6, column: 'E' }]);
  });

  it('counts the task under each part\'s lead and by its latest deadline in the summary', () => {
    const summary = summarizeGrids('t.xlsx', [grid(split('Quý IV/2026'))], { today: '2026-12-20' }).tables[0];
    expect(summary?.missing).toEqual([]);
    const byLead = summary?.byLead.map((r) => [r.agency, r.total]);
    expect(byLead).toHaveLength(3);
    expect(byLead).toEqual(expect.arrayContaining([['Sở Khoa học và Công nghệ', 1], ['UBND cấp xã', 1], ['Sở Tư pháp', 1]]));
    // Its first part was due in Quý III: the task is due with its last part, so only the task below is overdue.
    expect(summary?.overdue.map((i) => i.row)).toEqual([7]);
    expect(summary?.dueSoon.map((i) => [i.row, i.due])).toEqual([[4, '2026-12-31']]);
  });
});

describe('a task with a lead of its own and more agencies on sub-rows (Đề án 06 layouts)', () => {
  const rows: CellValue[][] = [
    ['1', 'Làm sạch dữ liệu dân cư', 'Sở Giáo dục và Đào tạo', 'Công an tỉnh', 'Tháng 5/2026'],
    [N, N, 'Sở Y tế', 'Công an tỉnh', 'Tháng 8/2026'],
    [N, N, 'Bảo hiểm xã hội tỉnh', 'Công an tỉnh', 'Tháng 10/2026'],
  ];

  it('is counted under each agency in the summary, and lists them all', () => {
    const summary = summarizeGrids('t.xlsx', [grid(rows)], { today: '2026-06-15' }).tables[0];
    expect(summary?.byLead.map((r) => r.agency)).toEqual(expect.arrayContaining(['Sở Giáo dục và Đào tạo', 'Sở Y tế', 'Bảo hiểm xã hội tỉnh']));
    expect(summary?.overdue.map((i) => [i.row, i.lead])).toEqual([[4, 'Sở Giáo dục và Đào tạo; Sở Y tế; Bảo hiểm xã hội tỉnh']]);
  });

  it('raises nothing: one lead per row', () => {
    expect(issuesOf(rows)).toEqual([]);
  });
});

describe('a numbered task whose line a conversion cut in two', () => {
  const rows: CellValue[][] = [
    ['1', 'Tổ chức khảo sát, đánh giá mức độ hài lòng nhằm nâng cao', N, N, N],
    [N, 'chỉ số SIPAS của tỉnh', 'Sở Nội vụ', 'Các sở, ban, ngành', 'Quý IV/2026'],
  ];

  it('is one task with the lead and deadline of its second line', () => {
    expect(issuesOf(rows)).toEqual([]);
    expect(taskCount(rows)).toBe(2);
    const report = validateGrids('t.xlsx', [grid(rows)]).tables[0];
    expect(report?.rowCounts).toMatchObject({ continuations: 1, subs: 0 });
  });

  it('stays a sub-row when the task above has a lead of its own', () => {
    const own: CellValue[][] = [['1', 'Tổ chức khảo sát', 'Sở Nội vụ', N, 'Quý III/2026'], [N, 'chỉ số SIPAS của tỉnh', 'Sở Tư pháp', N, 'Quý IV/2026']];
    expect(validateGrids('t.xlsx', [grid(own)]).tables[0]?.rowCounts).toMatchObject({ continuations: 0, subs: 1 });
  });
});
