import type { CellValue, Grid, MergeArea } from '../../../src/core/grid';
import { DEFAULT_SCHEMA } from '../../../src/core/schema/default-schema';
import { RoleMatcher } from '../../../src/core/schema/role-matcher';
import type { ColumnMap } from '../../../src/core/table/header';
import { parseSheet } from '../../../src/core/table/parse-sheet';
import { encodeLegacy } from '../../../src/core/text/legacy';

function header(values: CellValue[][], merges: MergeArea[] = []): { top: number; bottom: number; columns: ColumnMap } | undefined {
  const grid: Grid = { sheet: 'Biểu 1', values, merges };
  return parseSheet(grid, DEFAULT_SCHEMA, new RoleMatcher(DEFAULT_SCHEMA))[0]?.header;
}

const across = (left: number, right: number): MergeArea => ({ top: 0, left, bottom: 0, right });
const body: CellValue[] = [1, 'Rà soát thủ tục hành chính', 'Sở Nội vụ', 'Sở Tư pháp', 'Quý III/2026'];

describe('two-row headers: the label under a merged heading names the column', () => {
  it.each<[string, CellValue[], CellValue[], MergeArea[], ColumnMap]>([
    ['"CƠ QUAN" over "CHỦ TRÌ | PHỐI HỢP"', ['STT', 'Nội dung', 'CƠ QUAN', null, 'Thời gian hoàn thành'], [null, null, 'CHỦ TRÌ', 'PHỐI HỢP', null], [across(2, 3)],
      { number: 0, task: 1, lead: 2, support: 3, deadline: 4 }],
    ['"Đơn vị thực hiện" over "Chủ trì | Phối hợp"', ['STT', 'Nội dung', 'Đơn vị thực hiện', null, 'Thời gian hoàn thành'], [null, null, 'Chủ trì', 'Phối hợp', null], [across(2, 3)],
      { number: 0, task: 1, lead: 2, support: 3, deadline: 4 }],
    ['"Trách nhiệm thực hiện" over "Chủ trì | Phối hợp"', ['TT', 'Nhiệm vụ', 'Trách nhiệm thực hiện', null, 'Thời hạn'], [null, null, 'Chủ trì', 'Phối hợp', null], [across(2, 3)],
      { number: 0, task: 1, lead: 2, support: 3, deadline: 4 }],
    ['"Thời gian thực hiện" over "Bắt đầu | Hoàn thành"', ['STT', 'Nội dung', 'Cơ quan chủ trì', 'Thời gian thực hiện', null], [null, null, null, 'Bắt đầu', 'Hoàn thành'], [across(3, 4)],
      { number: 0, task: 1, lead: 2, deadline: 4 }],
    ['"Thời gian" over "Từ | Đến"', ['STT', 'Nội dung', 'Cơ quan chủ trì', 'Thời gian', null], [null, null, null, 'Từ', 'Đến'], [across(3, 4)],
      { number: 0, task: 1, lead: 2, deadline: 4 }],
    ['"Tiến độ thực hiện" over "Quý I … Quý IV" (a tick per quarter)', ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Tiến độ thực hiện', null, null, null],
      [null, null, null, 'Quý I', 'Quý II', 'Quý III', 'Quý IV'], [across(3, 6)], { number: 0, task: 1, lead: 2, deadline: 3 }],
    ['"Tiến độ thực hiện" over "Bắt đầu | Kết thúc"', ['STT', 'Nội dung', 'Cơ quan chủ trì', 'Tiến độ thực hiện', null], [null, null, null, 'Bắt đầu', 'Kết thúc'], [across(3, 4)],
      { number: 0, task: 1, lead: 2, deadline: 4 }],
    // A tracking sheet: the plan's date and the date the task was done (the second was the deadline: every task not yet done lacked one).
    ['"Thời hạn hoàn thành" over "Theo kế hoạch | Thực tế"', ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn hoàn thành', null], [null, null, null, 'Theo kế hoạch', 'Thực tế'], [across(3, 4)],
      { number: 0, task: 1, lead: 2, deadline: 3, completion: 4 }],
    ['"Năm 2025" over "Kế hoạch | Ước thực hiện" beside "Kế hoạch năm 2026": the target is the plan year\'s', ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Năm 2025', null, 'Kế hoạch năm 2026'],
      [null, null, null, 'Kế hoạch', 'Ước thực hiện', null], [across(3, 4)], { number: 0, task: 1, unit: 2, target: 5 }],
    ['"Năm 2025" and "Năm 2026" over "Kế hoạch": the later year\'s', ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Năm 2025', null, 'Năm 2026'],
      [null, null, null, 'Kế hoạch', 'Ước thực hiện', 'Kế hoạch'], [across(3, 4)], { number: 0, task: 1, unit: 2, target: 5 }],
    ['"Thời gian hoàn thành" over "Kế hoạch | Thực hiện"', ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian hoàn thành', null], [null, null, null, 'Kế hoạch', 'Thực hiện'], [across(3, 4)],
      { number: 0, task: 1, lead: 2, deadline: 3, completion: 4 }],
  ])('%s', (_name, top, second, merges, columns) => {
    expect(header([top, second, body], merges)).toEqual({ top: 0, bottom: 1, columns });
  });
});

describe('one-row headers with a start and an end column: the deadline is the end', () => {
  it.each<[CellValue[], number]>([
    [['STT', 'Nội dung', 'Cơ quan chủ trì', 'Thời gian thực hiện', 'Thời hạn hoàn thành'], 4],
    [['STT', 'Nội dung', 'Cơ quan chủ trì', 'Thời gian bắt đầu', 'Thời gian kết thúc'], 4],
    [['STT', 'Nội dung', 'Cơ quan chủ trì', 'Thời gian hoàn thành', 'Thời gian bắt đầu'], 3],
    [['STT', 'Nội dung', 'Cơ quan chủ trì', 'Thời gian thực hiện'], 3],
  ])('%j → deadline in column %d', (row, deadline) => {
    expect(header([row, body])?.columns.deadline).toBe(deadline);
  });
});

describe('descriptive headers, as plans title their columns', () => {
  it.each<[CellValue[], ColumnMap]>([
    [['TT', 'Nhiệm vụ, giải pháp cần triển khai thực hiện', 'Sở, ngành chủ trì', 'Sở, ngành, địa phương phối hợp', 'Thời gian hoàn thành/trình cấp có thẩm quyền'],
      { number: 0, task: 1, lead: 2, support: 3, deadline: 4 }],
    [['Nhiệm vụ, giải pháp cần triển khai thực hiện', 'Cơ quan, đơn vị chủ trì thực hiện', 'Thời gian hoàn thành/trình cấp có thẩm quyền'],
      { task: 0, lead: 1, deadline: 2 }],
    [['Nội dung chi tiết', 'Sở, ngành chủ trì', 'Sở, ngành, địa phương phối hợp', 'Thời gian hoàn thành'], { task: 0, lead: 1, support: 2, deadline: 3 }],
    [['Nhiệm vụ cần thực hiện', 'Cơ quan, địa phương chủ trì', 'Thời gian hoàn thành/trình cấp có thẩm quyền'], { task: 0, lead: 1, deadline: 2 }],
    [['STT', 'Nội dung các nhiệm vụ cần triển khai', 'Cơ quan, đơn vị, địa phương chủ trì', 'Cơ quan, đơn vị, địa phương phối hợp', 'Thời gian trình UBND tỉnh/HĐND tỉnh', 'Ghi chú'],
      { number: 0, task: 1, lead: 2, support: 3, deadline: 4, note: 5 }],
    [['STT', 'Chỉ tiêu kinh tế - xã hội', 'Đơn vị tính', 'Thực hiện năm 2025', 'Kế hoạch năm 2026', 'Ghi chú'], { number: 0, task: 1, unit: 2, target: 4, note: 5 }],
    [['STT', 'Tên đề án', 'Cơ quan tham mưu', 'Thời gian trình UBND tỉnh/HĐND tỉnh', 'Ghi chú'], { number: 0, task: 1, lead: 2, deadline: 3, note: 4 }],
    [['STT', 'Nội dung hoạt động', 'Sở, ngành chủ trì', 'Thời gian trình UBND tỉnh/HĐND tỉnh', 'Kết quả thực hiện (tính đến ngày 30/6/2026)', 'Tiến độ (%)'],
      { number: 0, task: 1, lead: 2, deadline: 3, report: 4, progress: 5 }],
    [['STT', 'Nội dung hoạt động', 'Cơ quan thực hiện chủ trì', 'Cơ quan thực hiện phối hợp', 'Thời hạn', 'Lãnh đạo UBND tỉnh phụ trách'],
      { number: 0, task: 1, lead: 2, support: 3, deadline: 4, directing: 5 }],
    [['STT', 'Hoạt động', 'Cơ quan đầu mối', 'Cơ quan phối hợp', 'Thời gian'], { number: 0, task: 1, lead: 2, support: 3, deadline: 4 }],
    [['TT', 'Tên dự án', 'Đơn vị phụ trách', 'Đơn vị phối hợp', 'Thời gian thực hiện'], { number: 0, task: 1, lead: 2, support: 3, deadline: 4 }],
    [['STT', 'Các hoạt động', 'Đơn vị đầu mối', 'Thời hạn hoàn thành'], { number: 0, task: 1, lead: 2, deadline: 3 }],
    // Tracking sheets: a percentage is progress; beside "Thời hạn", "Thời gian hoàn thành" is when it was done.
    [['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Tiến độ hoàn thành (%)'], { number: 0, task: 1, lead: 2, deadline: 3, progress: 4 }],
    [['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', '% hoàn thành'], { number: 0, task: 1, lead: 2, deadline: 3, progress: 4 }],
    [['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Tỷ lệ (%)'], { number: 0, task: 1, lead: 2, deadline: 3, progress: 4 }],
    [['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn', 'Thời gian hoàn thành', 'Tình trạng'], { number: 0, task: 1, lead: 2, deadline: 3, completion: 4, status: 5 }],
    [['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian thực hiện', 'Thời gian hoàn thành'], { number: 0, task: 1, lead: 2, deadline: 4 }],
    // "=Hoạt động" names the task only as the whole label: "Kết quả hoạt động" stays the report.
    [['STT', 'Hoạt động', 'Cơ quan chủ trì', 'Thời hạn', 'Kết quả hoạt động', 'Sản phẩm hoạt động'], { number: 0, task: 1, lead: 2, deadline: 3, report: 4, output: 5 }],
    // The document that assigned the task is not the task.
    [['STT', 'Số, ký hiệu văn bản giao nhiệm vụ', 'Nhiệm vụ được giao', 'Cơ quan chủ trì', 'Thời hạn'], { number: 0, note: 1, task: 2, lead: 3, deadline: 4 }],
  ])('%j', (row, columns) => {
    expect(header([row, body])).toEqual({ top: 0, bottom: 0, columns });
  });
});

describe('tables on a sheet', () => {
  const H = ['STT', 'Nội dung', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành', 'Sản phẩm'];
  const tables = (values: CellValue[][]) =>
    parseSheet({ sheet: 'Biểu 1', values, merges: [] }, DEFAULT_SCHEMA, new RoleMatcher(DEFAULT_SCHEMA)).map((t) => ({ top: t.header.top, columns: t.columns }));

  it.each<[string, CellValue[]]>([
    ['a sub-row with "Theo kế hoạch" and "Báo cáo kết quả"', [null, 'Tuyên truyền nội dung CCHC trên báo chí', 'Sở VHTTDL', '', 'Theo kế hoạch', 'Báo cáo kết quả']],
    ['a row of short texts naming a plan and a report', [null, 'Nội dung tuyên truyền', 'Sở Nội vụ', '', 'Kế hoạch', 'Báo cáo']],
    ['a sub-row whose support cell reads like a column name', [null, 'Tuyên truyền nội dung CCHC trên báo chí', 'Sở VHTTDL', 'Các cơ quan, đơn vị phối hợp', 'Theo kế hoạch', 'Báo cáo kết quả']],
    ['a row with "Phối hợp" written in the support cell', [null, 'Tổ chức triển khai thực hiện', 'Sở Nội vụ', 'Phối hợp', 'Theo kế hoạch', 'Báo cáo']],
    ['a row with "Chủ trì" written in the lead cell', [null, 'Kế hoạch', 'Chủ trì', 'Sở Tài chính', 'Theo kế hoạch', 'Báo cáo']],
    ['a row with a quarter', [null, 'Tổ chức kiểm tra', 'Các sở, ngành', 'Phối hợp', 'Quý II/2026', 'Kết quả']],
  ])('%s is a body row, not a new header', (_name, row) => {
    expect(tables([H, [1, 'Tuyên truyền CCHC', '', '', '', ''], row, [2, 'Kiểm tra', '', '', '', '']])).toHaveLength(1);
  });

  it.each<[string, CellValue[]]>([
    ['its columns reordered', ['STT', 'Nội dung', 'Cơ quan chủ trì', 'Thời gian hoàn thành', 'Cơ quan phối hợp', 'Sản phẩm']],
    ['fewer columns', ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn hoàn thành']],
  ])('a second header with %s starts a second table', (_name, second) => {
    const found = tables([H, [1, 'Rà soát', 'Sở Nội vụ', '', 'Quý I/2026', ''], [], second, [1, 'Đề án A', '', '', '', '']]);
    expect(found.map((t) => [t.top, t.columns.deadline])).toEqual([
      [0, 4],
      [3, 3],
    ]);
  });

  it('the same header again after a page break is a repeat, not a table', () => {
    expect(tables([H, [1, 'Rà soát', 'Sở Nội vụ', '', 'Quý I/2026', ''], H, [2, 'Kiểm tra', 'Sở Tư pháp', '', 'Quý II/2026', '']])).toHaveLength(1);
  });

  const TASK_1: CellValue[] = [1, 'Rà soát', 'Sở Nội vụ', '', 'Quý I/2026', ''];
  const TASK_2: CellValue[] = [1, 'Kiểm tra', 'Sở Tư pháp', '', 'Quý II/2026', ''];

  it.each<[string, CellValue[][]]>([
    ['blank, title, blank', [[], ['PHỤ LỤC II. NHIỆM VỤ NĂM 2027'], []]],
    ['blank, title', [[], ['PHỤ LỤC II. NHIỆM VỤ NĂM 2027']]],
    ['blank, two title lines', [[], ['PHỤ LỤC II'], ['Danh mục nhiệm vụ năm 2027']]],
  ])('the same header under a title block of its own (%s) starts a second table', (_name, between) => {
    expect(tables([H, TASK_1, ...between, H, TASK_2]).map((t) => t.top)).toEqual([0, 2 + between.length]);
  });

  it.each<[string, CellValue[][]]>([
    ['no blank row above the title', [['PHỤ LỤC II']]],
    ['a page number', [[], ['- 2 -']]],
    ['"Trang 2"', [[], ['Trang 2']]],
    ['a "(tiếp theo)" title', [[], ['Phụ lục I (tiếp theo)']]],
  ])('the same header after %s is a page-break repeat', (_name, between) => {
    expect(tables([H, TASK_1, ...between, H, TASK_2])).toHaveLength(1);
  });
});

describe('three-row headers', () => {
  const m = (top: number, left: number, bottom: number, right: number): MergeArea => ({ top, left, bottom, right });

  it('"Phân công" over "Cơ quan thực hiện | Thời gian" over "Chủ trì | Phối hợp | Hoàn thành" is one header', () => {
    const values: CellValue[][] = [
      ['STT', 'Nhiệm vụ', 'Phân công', null, null],
      [null, null, 'Cơ quan thực hiện', null, 'Thời gian'],
      [null, null, 'Chủ trì', 'Phối hợp', null],
      body,
    ];
    const merges = [m(0, 0, 2, 0), m(0, 1, 2, 1), m(0, 2, 0, 4), m(1, 2, 1, 3), m(1, 4, 2, 4)];
    expect(header(values, merges)).toEqual({ top: 0, bottom: 2, columns: { number: 0, task: 1, lead: 2, support: 3, deadline: 4 } });
  });

  it('"Phân công thực hiện" over "Cơ quan | Thời gian" over "Chủ trì | Phối hợp | Bắt đầu | Hoàn thành": the deadline is the end', () => {
    const values: CellValue[][] = [
      ['STT', 'Nội dung công việc', 'Phân công thực hiện', null, null, null, 'Ghi chú'],
      [null, null, 'Cơ quan', null, 'Thời gian', null, null],
      [null, null, 'Chủ trì', 'Phối hợp', 'Bắt đầu', 'Hoàn thành', null],
      [1, 'Xây dựng kế hoạch chuyển đổi số', 'Sở Khoa học và Công nghệ', 'Các sở, ban, ngành', 'Tháng 01/2026', 'Tháng 02/2026', null],
    ];
    const merges = [m(0, 0, 2, 0), m(0, 1, 2, 1), m(0, 2, 0, 5), m(1, 2, 1, 3), m(1, 4, 1, 5), m(0, 6, 2, 6)];
    expect(header(values, merges)).toEqual({ top: 0, bottom: 2, columns: { number: 0, task: 1, lead: 2, support: 3, deadline: 5, note: 6 } });
  });

  it('a two-row header over a "(1) (2) (3)" row stays two rows', () => {
    const values: CellValue[][] = [
      ['STT', 'Nội dung', 'Cơ quan', null, 'Thời gian hoàn thành'],
      [null, null, 'Chủ trì', 'Phối hợp', null],
      ['(1)', '(2)', '(3)', '(4)', '(5)'],
      body,
    ];
    expect(header(values, [m(0, 2, 0, 3)])).toEqual({ top: 0, bottom: 1, columns: { number: 0, task: 1, lead: 2, support: 3, deadline: 4 } });
  });
});

describe('a header typed in a legacy encoding', () => {
  it.each<['tcvn3' | 'vni']>([['tcvn3'], ['vni']])('%s: its columns are found once decoded, short labels too ("Néi dung")', (enc) => {
    const e = (s: string) => encodeLegacy(s, enc);
    const row = ['STT', 'Nội dung', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành'].map(e);
    expect(header([row, body.map((v) => (typeof v === 'string' ? e(v) : v))])).toEqual({ top: 0, bottom: 0, columns: { number: 0, task: 1, lead: 2, support: 3, deadline: 4 } });
  });
});
