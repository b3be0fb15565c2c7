import type { CellValue, Grid } from '../../../src/core/grid';
import { SummaryReportSchema } from '../../../src/core/summary/report';
import { summarizeGrids } from '../../../src/core/summary/summarize';
import { validateGrids } from '../../../src/core/validate';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

function grid(sheet: string, values: CellValue[][], merges: Grid['merges'] = []): Grid {
  return { sheet, values, merges };
}

const TRACKED = grid('Phụ lục', [
  ['KẾ HOẠCH THỰC HIỆN NHIỆM VỤ NĂM 2026'],
  [],
  ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành', 'Tình trạng', 'Ngày hoàn thành'],
  ['I', 'NHÓM A'],
  ['1', 'Nhiệm vụ a', 'Sở Kế hoạch và Đầu tư', null, '30/06/2026', 'Đã hoàn thành', d('2026-07-03')],
  ['2', 'Nhiệm vụ b', 'Sở Tài chính; Sở KH&ĐT', null, 'Quý III/2026', 'Đang thực hiện', null],
  ['3', 'Nhiệm vụ c', 'Các sở, ban, ngành', null, 'Thường xuyên', null, null],
  ['II', 'NHÓM B'],
  ['1', 'Nhiệm vụ d', 'Sở Nội vụ; Sở Tư pháp', null, 'Tháng 11/2026', 'Chưa thực hiện', null],
  ['2', 'Nhiệm vụ e', null, null, null, 'Linh tinh', null],
  ['3', 'Nhiệm vụ f', 'Ban Quản lý dự án XYZ', null, '15/10/2026', null, null],
  ['4', 'Nhiệm vụ g', 'Sở Nội vụ', null, 'Trong năm 2027', 'Tạm dừng', null],
]);

describe('summarizeGrids on a small tracked annex', () => {
  const report = summarizeGrids('ke-hoach.xlsx', [TRACKED], { today: '2026-10-10' });
  const t = report.tables[0];
  if (!t) throw new Error('no table');

  test('the report matches its schema; totals add up to the task count', () => {
    expect(SummaryReportSchema.parse(report)).toEqual(report);
    expect(report.dueSoonDays).toBe(15);
    expect(t.taskCount).toBe(7);
    expect(t.tracked).toBe(true);
    expect(t.totals).toMatchObject({ total: 7, done_on_time: 0, done_late: 1, in_progress: 1, due_soon: 1, overdue: 1, not_due: 1, recurring: 1, undated: 1 });
  });

  test('by lead: successor with the former name marked, each agency once per task, generic/unknown rows, no lead last', () => {
    expect(t.byLead.map((r) => [r.agency, r.kind, r.formerNames, r.total, r.overdue])).toEqual([
      ['Sở Tài chính', 'agency', ['Sở Kế hoạch và Đầu tư'], 2, 1],
      ['Ban Quản lý dự án XYZ', 'unknown', [], 1, 0],
      ['Các sở, ban, ngành', 'generic', [], 1, 0],
      ['Sở Nội vụ', 'agency', [], 2, 0],
      ['Sở Tư pháp', 'agency', [], 1, 0],
      ['', 'none', [], 1, 0],
    ]);
    const tc = t.byLead[0];
    expect(tc?.done_late).toBe(1);
    expect(tc?.onTimeRate).toBe(0);
  });

  test('by section, each task once', () => {
    expect(t.sectionBy).toBe('section');
    expect(t.bySection.map((r) => [r.section, r.total])).toEqual([['I. NHÓM A', 3], ['II. NHÓM B', 4]]);
  });

  test('by period: quarters of the plan year, months rolled up, then recurring, undated, outside', () => {
    expect(t.byPeriod.map((r) => [r.period, r.total])).toEqual([
      ['2026-Q1', 0], ['2026-Q2', 1], ['2026-Q3', 1], ['2026-Q4', 2], ['recurring', 1], ['undated', 1], ['outside', 1],
    ]);
  });

  test('a period plan ("giai đoạn 2026 - 2028") counts by year, and only later years are outside', () => {
    const values = TRACKED.values.map((row, i) => (i === 0 ? ['KẾ HOẠCH THỰC HIỆN NHIỆM VỤ GIAI ĐOẠN 2026 - 2028'] : row));
    const p = summarizeGrids('ke-hoach.xlsx', [grid('Phụ lục', [...values, ['5', 'Nhiệm vụ h', 'Sở Y tế', null, 'Năm 2029', null, null]])], { today: '2026-10-10' }).tables[0];
    expect(SummaryReportSchema.parse({ file: 'x', today: '2026-10-10', dueSoonDays: 15, tables: [p] })).toBeTruthy();
    expect(p?.planLastYear).toBe(2028);
    expect(p?.byPeriod.map((r) => [r.period, r.total])).toEqual([
      ['2026', 4], ['2027', 1], ['2028', 0], ['recurring', 1], ['undated', 1], ['outside', 1],
    ]);
  });

  test('lists', () => {
    expect(t.overdue).toEqual([{
      row: 6, number: '2', task: 'Nhiệm vụ b', lead: 'Sở Tài chính', deadline: 'Quý III/2026', due: '2026-09-30',
      status: 'Đang thực hiện', state: 'in_progress', class: 'overdue', section: 'I. NHÓM A', days: 10,
    }]);
    expect(t.dueSoon.map((i) => [i.row, i.days, i.lead])).toEqual([[11, 5, 'Ban Quản lý dự án XYZ']]);
    expect(t.missing.map((i) => [i.row, i.problems])).toEqual([[10, ['missing-lead', 'missing-deadline']]]);
    expect(t.unknownStatuses).toEqual([{ row: 10, text: 'Linh tinh' }]);
  });

  test('validation raises unknown-status on the status cell', () => {
    const v = validateGrids('ke-hoach.xlsx', [TRACKED]);
    const issues = v.tables[0]?.issues.filter((i) => i.code === 'unknown-status');
    expect(issues?.map((i) => [i.row, i.column, i.params.text])).toEqual([[10, 'F', 'Linh tinh']]);
  });

  test('a shorter due-soon window', () => {
    const r = summarizeGrids('x.xlsx', [TRACKED], { today: '2026-10-10', dueSoonDays: 3 });
    expect(r.tables[0]?.dueSoon).toEqual([]);
    expect(r.tables[0]?.totals.not_due).toBe(2);
  });
});

describe('tables without sections or status', () => {
  const AREA = grid('Biểu', [
    ['BIỂU NHIỆM VỤ NĂM 2026'],
    ['STT', 'Lĩnh vực', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian hoàn thành'],
    ['1', 'Cải cách TTHC', '- Rà soát thủ tục', 'Văn phòng UBND tỉnh', '31/03/2026'],
    ['2', null, 'Công khai thủ tục', 'Văn phòng UBND tỉnh', 'Quý II/2026'],
    ['3', 'Chuyển đổi số', 'Số hóa hồ sơ', 'Sở Khoa học và Công nghệ', 'Hằng tháng'],
    ['4', null, 'Thanh toán trực tuyến', 'Sở Khoa học và Công nghệ', null],
  ], [{ top: 2, left: 1, bottom: 3, right: 1 }]);

  test('groups by the area column (a merged cell reads its top value); classes from the deadline alone', () => {
    const t = summarizeGrids('b.xlsx', [AREA], { today: '2026-04-01' }).tables[0];
    expect(t?.tracked).toBe(false);
    expect(t?.sectionBy).toBe('area');
    expect(t?.bySection.map((r) => [r.section, r.total])).toEqual([['Cải cách TTHC', 2], ['Chuyển đổi số', 1], ['', 1]]);
    expect(t?.totals).toMatchObject({ overdue: 1, not_due: 1, recurring: 1, undated: 1, done_on_time: 0, in_progress: 0 });
    expect(t?.overdue[0]?.task).toBe('Rà soát thủ tục');
    expect(t?.missing.map((i) => i.row)).toEqual([6]);
  });

  test('no task table: an empty report; a plan year from the report date', () => {
    const r = summarizeGrids('n.xlsx', [grid('Trống', [['Ghi chú'], ['abc']])], { today: '2026-04-01' });
    expect(r.tables).toEqual([]);
  });

  test('long task texts are shortened on a word boundary', () => {
    const long = `Nhiệm vụ ${'rất dài '.repeat(40)}kết thúc`;
    const g = grid('L', [['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian hoàn thành'], ['1', long, 'Sở Nội vụ', '01/01/2026']]);
    const item = summarizeGrids('l.xlsx', [g], { today: '2026-04-01' }).tables[0]?.overdue[0];
    expect(item?.task.length).toBeLessThanOrEqual(160);
    expect(item?.task.endsWith('…')).toBe(true);
    expect(item?.task).toMatch(/^Nhiệm vụ rất dài/);
  });
});

describe('a status in words the engine does not know', () => {
  const sheet = grid('Theo dõi', [
    ['THEO DÕI NHIỆM VỤ NĂM 2026'],
    ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn', 'Tình trạng', 'Tiến độ (%)', 'Ngày hoàn thành'],
    ['1', 'Ban hành quyết định công bố thủ tục', 'Sở Nội vụ', 'Quý I/2026', 'Theo tiến độ chung của tỉnh', 1, d('2026-03-20')],
    ['2', 'Rà soát thủ tục', 'Sở Tư pháp', 'Quý I/2026', 'Linh tinh', null, null],
  ]);
  const t = summarizeGrids('x.xlsx', [sheet], { today: '2026-10-05' }).tables[0];

  it('counts what the progress and completion columns say, and still lists the words', () => {
    expect(t?.totals).toMatchObject({ total: 2, done_on_time: 1, overdue: 1 });
    expect(t?.unknownStatuses).toEqual([{ row: 3, text: 'Theo tiến độ chung của tỉnh' }, { row: 4, text: 'Linh tinh' }]);
  });
});

describe('progress the task\'s own row does not hold', () => {
  const H = ['STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn hoàn thành', 'Tình trạng'];
  const classes = (values: CellValue[][], merges: Grid['merges'] = []) =>
    summarizeGrids('x.xlsx', [grid('S', [['THEO DÕI NHIỆM VỤ NĂM 2026'], H, ...values], merges)], { today: '2026-11-23' }).tables[0]?.overdue.map((i) => i.row);

  it('a task split into agency sub-rows is done when every part is, in progress while one is not', () => {
    expect(classes([[1, 'Rà soát thủ tục, cụ thể:', null, '30/9/2026', null], [null, null, 'Sở Tư pháp', null, 'Đã hoàn thành'], [null, null, 'Sở Y tế', null, 'Đã hoàn thành']])).toEqual([]);
    expect(classes([[1, 'Rà soát thủ tục, cụ thể:', null, '30/9/2026', null], [null, null, 'Sở Tư pháp', null, 'Đã hoàn thành'], [null, null, 'Sở Y tế', null, 'Đang thực hiện']])).toEqual([3]);
  });

  it('a "Tiến độ" column holding words is the status when there is no status column', () => {
    const t = summarizeGrids('x.xlsx', [grid('S', [['THEO DÕI NHIỆM VỤ NĂM 2026'], ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn', 'Tiến độ'],
      [1, 'A', 'Sở Nội vụ', '30/9/2026', 'Đã hoàn thành'], [2, 'B', 'Sở Nội vụ', '30/9/2026', 0.5]])], { today: '2026-11-23' }).tables[0];
    expect(t?.totals).toMatchObject({ done_on_time: 1, overdue: 1 });
  });

  it('a status merged down over several tasks holds for each of them', () => {
    const rows: CellValue[][] = [[1, 'A', 'Sở Tư pháp', '30/9/2026', 'Đã hoàn thành'], [2, 'B', 'Sở Tư pháp', '30/9/2026', null], [3, 'C', 'Sở Tư pháp', '30/9/2026', null]];
    expect(classes(rows, [{ top: 2, left: 4, bottom: 4, right: 4 }])).toEqual([]);
    expect(classes(rows)).toEqual([4, 5]);
  });
});

describe('a plan without progress columns', () => {
  it('has no on-time rate (nothing can be seen done): null, not 0%', () => {
    const t = summarizeGrids('x.xlsx', [grid('S', [['KẾ HOẠCH NĂM 2026'], ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn'], [1, 'A', 'Sở Nội vụ', 'Quý I/2026'], [2, 'B', 'Sở Tư pháp', 'Quý II/2026']])], { today: '2027-01-10' }).tables[0];
    expect(t?.tracked).toBe(false);
    expect(t?.totals).toMatchObject({ overdue: 2, onTimeRate: null });
    expect(t?.byLead.map((r) => r.onTimeRate)).toEqual([null, null]);
  });
});

describe('a "Kết quả thực hiện" column in place of a status column', () => {
  const H = ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn', 'Kết quả thực hiện'];
  const summary = (rows: CellValue[][]) =>
    summarizeGrids('x.xlsx', [grid('S', [['THEO DÕI NHIỆM VỤ NĂM 2026'], H, ...rows])], { today: '2026-11-23' }).tables[0];

  it('holding statuses, it is the status: tasks done are done, narratives class by their deadline (was untracked: all overdue)', () => {
    const t = summary([
      [1, 'A', 'Sở Nội vụ', '30/9/2026', 'Đã hoàn thành'],
      [2, 'B', 'Sở Nội vụ', '30/9/2026', 'Đang thực hiện'],
      [3, 'C', 'Sở Tư pháp', '30/9/2026', 'Đã ban hành Quyết định số 12/QĐ-UBND ngày 10/8/2026'],
      [4, 'D', 'Sở Tư pháp', '30/9/2026', 'Sở đã tham mưu UBND tỉnh xem xét'],
      [5, 'E', 'Sở Y tế', '31/12/2026', null],
    ]);
    expect(t?.tracked).toBe(true);
    expect(t?.statusFromReport).toBe('E');
    expect(t?.totals).toMatchObject({ total: 5, done_on_time: 2, overdue: 2, not_due: 1 });
    expect(t?.overdue.map((i) => [i.row, i.state, i.status])).toEqual([[4, 'in_progress', 'Đang thực hiện'], [6, 'unknown', '']]);
    expect(t?.unknownStatuses).toEqual([]);
  });

  it('holding mostly narratives, it is no status: the table stays untracked', () => {
    const t = summary([
      [1, 'A', 'Sở Nội vụ', '30/9/2026', 'Đã hoàn thành'],
      [2, 'B', 'Sở Nội vụ', '30/9/2026', 'Sở đã tham mưu UBND tỉnh xem xét'],
      [3, 'C', 'Sở Tư pháp', '30/9/2026', 'Tổ chức 02 hội nghị tập huấn'],
    ]);
    expect(t?.tracked).toBe(false);
    expect(t?.statusFromReport).toBeUndefined();
    expect(t?.totals).toMatchObject({ overdue: 3, onTimeRate: null });
  });
});
