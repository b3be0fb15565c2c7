import type { CellValue } from '../../../src/core/grid';
import { DEFAULT_SCHEMA } from '../../../src/core/schema/default-schema';
import { RoleMatcher } from '../../../src/core/schema/role-matcher';
import type { ColumnMap } from '../../../src/core/table/header';
import { parseSheet } from '../../../src/core/table/parse-sheet';

const columnsOf = (values: CellValue[][]): ColumnMap | undefined =>
  parseSheet({ sheet: 'Biểu 1', values, merges: [] }, DEFAULT_SCHEMA, new RoleMatcher(DEFAULT_SCHEMA))[0]?.columns;

const taskTable = (timeHeader: string, times: CellValue[]): CellValue[][] => [
  ['STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', timeHeader, 'Sản phẩm'],
  ...times.map((t, i) => [i + 1, `Nhiệm vụ ${i + 1}`, 'Sở Nội vụ', 'Sở Tư pháp', t, 'Báo cáo']),
];
const PERIODS: CellValue[] = ['Quý II/2026', 'Tháng 6/2026', 'Trong năm 2026', 'Thường xuyên'];

describe('a task table without a deadline column: the cells decide what its time column is', () => {
  it.each<[string]>([['Kế hoạch thực hiện'], ['Kế hoạch'], ['Thời điểm hoàn thành'], ['Tiến độ']])(
    '"%s" over periods is the deadline',
    (header) => {
      expect(columnsOf(taskTable(header, PERIODS))).toEqual({ number: 0, task: 1, lead: 2, support: 3, deadline: 4, output: 5 });
    },
  );

  it.each<[string]>([['Lộ trình thực hiện'], ['Năm hoàn thành'], ['Thời gian triển khai']])('"%s" names the deadline', (header) => {
    expect(columnsOf(taskTable(header, PERIODS))?.deadline).toBe(4);
  });

  it.each<[string, string, CellValue[]]>([
    ['Tiến độ', 'progress', ['80%', '100%', 0.5, 'Đang thực hiện']],
    ['Kế hoạch', 'target', ['95%', 100, '≥ 90%', 'Đạt']],
    ['Thời điểm hoàn thành', 'completion', [null, 'Chưa hoàn thành', '', 'Đang làm']],
  ])('"%s" over values that are no deadlines stays %s', (header, role, cells) => {
    const columns = columnsOf(taskTable(header, cells));
    expect(columns?.deadline).toBeUndefined();
    expect(columns?.[role as keyof ColumnMap]).toBe(4);
  });

  it('date serials with a date format (as Excel hands them to the add-in) are deadlines, like Date cells', () => {
    const values = taskTable('Thời điểm hoàn thành', [46203, 46234, 46265]);
    const numberFormats = values.map((_, r) => (r === 0 ? [] : [undefined, undefined, undefined, undefined, 'dd/mm/yyyy']));
    const [t] = parseSheet({ sheet: 'Biểu 1', values, merges: [], numberFormats }, DEFAULT_SCHEMA, new RoleMatcher(DEFAULT_SCHEMA));
    expect(t?.columns.deadline).toBe(4);
  });

  it('an indicator table keeps its target column, even over years', () => {
    const values: CellValue[][] = [
      ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Kế hoạch năm', 'Cơ quan chủ trì'],
      [1, 'Tỷ lệ hồ sơ trực tuyến', '%', 'Năm 2026', 'Sở Nội vụ'],
      [2, 'Số xã đạt chuẩn', 'xã', 'Năm 2026', 'Sở Tài chính'],
    ];
    expect(columnsOf(values)).toEqual({ number: 0, task: 1, unit: 2, target: 3, lead: 4 });
  });

  it('a table that has a deadline column keeps "Kế hoạch" as it is', () => {
    const values: CellValue[][] = [
      ['STT', 'Nội dung', 'Cơ quan chủ trì', 'Thời gian hoàn thành', 'Kế hoạch'],
      [1, 'Rà soát', 'Sở Nội vụ', 'Quý II/2026', 'Quý I/2026'],
    ];
    expect(columnsOf(values)).toEqual({ number: 0, task: 1, lead: 2, deadline: 3, target: 4 });
  });
});
