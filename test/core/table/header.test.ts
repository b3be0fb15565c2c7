import type { CellValue, Grid, MergeArea } from '../../../src/core/grid';
import { DEFAULT_SCHEMA } from '../../../src/core/schema/default-schema';
import { RoleMatcher } from '../../../src/core/schema/role-matcher';
import type { ColumnMap } from '../../../src/core/table/header';
import { parseSheet } from '../../../src/core/table/parse-sheet';

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
    ['"Tiến độ thực hiện" over "Bắt đầu | Kết thúc"', ['STT', 'Nội dung', 'Cơ quan chủ trì', 'Tiến độ thực hiện', null], [null, null, null, 'Bắt đầu', 'Kết thúc'], [across(3, 4)],
      { number: 0, task: 1, lead: 2, deadline: 4 }],
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
