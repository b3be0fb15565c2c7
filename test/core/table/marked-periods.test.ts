import type { CellValue, Grid, MergeArea } from '../../../src/core/grid';
import { analyzeGrids, validateGrids } from '../../../src/core/validate';

const m = (top: number, left: number, bottom: number, right: number): MergeArea => ({ top, left, bottom, right });

/** Title, then "Tiến độ thực hiện" merged over the given period labels, then the rows. */
function chart(labels: CellValue[], rows: CellValue[][]): Grid {
  const w = 3 + labels.length;
  const blanks = labels.map(() => null);
  return {
    sheet: 'Biểu',
    values: [['KẾ HOẠCH NĂM 2026'], ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Tiến độ thực hiện', ...blanks.slice(1)], [null, null, null, ...labels], ...rows],
    merges: [m(1, 0, 2, 0), m(1, 1, 2, 1), m(1, 2, 2, 2), m(1, 3, 1, w - 1)],
  };
}

const dues = (g: Grid) => analyzeGrids([g])[0]?.tables[0]?.tasks.map((t) => [t.record.row + 1, t.deadline.kind, t.deadline.due ?? null]);
const issues = (g: Grid) => (validateGrids('t.xlsx', [g]).tables[0]?.issues ?? []).map(({ code, row, column }) => ({ code, row, column }));

describe('a time plan drawn as marks under period columns', () => {
  const quarters = chart(['Quý I', 'Quý II', 'Quý III', 'Quý IV'], [
    [1, 'Rà soát thủ tục hành chính', 'Sở Tư pháp', 'x', 'x', null, null],
    [2, 'Tập huấn kỹ năng số', 'Sở Nội vụ', null, 'x', 'x', null],
    [3, 'Tổng kết, đánh giá', 'Sở Nội vụ', null, null, null, null],
  ]);

  it('is due at the end of the last period marked', () => {
    expect(dues(quarters)).toEqual([[4, 'quarter', '2026-06-30'], [5, 'quarter', '2026-09-30'], [6, 'empty', null]]);
  });

  it('flags only the task with no mark (the marks were unrecognized deadlines)', () => {
    expect(issues(quarters)).toEqual([{ code: 'missing-deadline', row: 6, column: 'D' }]);
  });

  it.each<[string, CellValue[], string]>([
    ['months', ['Tháng 1', 'Tháng 2', 'Tháng 3', 'Tháng 4', 'Tháng 5', 'Tháng 6'], '2026-05-31'],
    ['years', [2026, 2027, 2028], '2027-12-31'],
    // Short labels, as quick charts write them (every task was flagged: "T1" read as no period).
    ['months as T1 … T6', ['T1', 'T2', 'T3', 'T4', 'T5', 'T6'], '2026-05-31'],
    ['months as Th1 …', ['Th1', 'Th2', 'Th3', 'Th4', 'Th5', 'Th6'], '2026-05-31'],
    ['quarters as Q1 … Q4', ['Q1', 'Q2', 'Q3', 'Q4'], '2026-06-30'],
  ])('%s', (_, labels, due) => {
    const row: CellValue[] = [1, 'Triển khai nền tảng số', 'Sở Khoa học và Công nghệ', ...labels.map((_l, i) => (i === 1 || (i === 4 && labels.length > 4) ? 'X' : null))];
    expect(dues(chart(labels, [row]))?.[0]?.[2]).toBe(due);
  });

  it('written deadlines under period labels stay as written', () => {
    const g = chart(['Bắt đầu', 'Hoàn thành'], [[1, 'Rà soát', 'Sở Tư pháp', 'Tháng 01/2026', 'Quý III/2026']]);
    expect(dues(g)).toEqual([[4, 'quarter', '2026-09-30']]);
  });
});

describe('a time chart over years and their quarters (a three-row header)', () => {
  const g: Grid = {
    sheet: 'Biểu',
    values: [
      ['KẾ HOẠCH GIAI ĐOẠN 2026-2027'], [],
      ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Tiến độ thực hiện', null, null, null, null, null, null, null],
      [null, null, null, null, 'Năm 2026', null, null, null, 'Năm 2027', null, null, null],
      [null, null, null, null, 'Quý I', 'Quý II', 'Quý III', 'Quý IV', 'Quý I', 'Quý II', 'Quý III', 'Quý IV'],
      ['1', 'Rà soát thủ tục hành chính', 'Sở Nội vụ', null, 'x', 'x', null, null, null, null, null, null],
      ['2', 'Số hóa hồ sơ', 'Sở Tài chính', null, null, null, null, null, null, 'x', 'x', null],
    ],
    merges: [m(2, 4, 2, 11), m(3, 4, 3, 7), m(3, 8, 3, 11), m(2, 0, 4, 0), m(2, 1, 4, 1), m(2, 2, 4, 2), m(2, 3, 4, 3)],
  };

  it('reads one header and each task due at the end of its last marked quarter of its year', () => {
    expect(validateGrids('t.xlsx', [g]).tables.map((t) => [t.headerRow, t.columns.deadline, t.issues.length])).toEqual([[5, 'E', 0]]);
    expect(dues(g)).toEqual([[6, 'quarter', '2026-06-30'], [7, 'quarter', '2027-09-30']]);
  });
});
