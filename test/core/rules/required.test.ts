import type { CellValue, Grid } from '../../../src/core/grid';
import { summarizeGrids } from '../../../src/core/summary/summarize';
import { validateGrids } from '../../../src/core/validate';

const N = null;
const grid = (header: CellValue[], rows: CellValue[][]): Grid => ({ sheet: 'Biểu', values: [['NHIỆM VỤ NĂM 2026'], header, ...rows], merges: [] });
const issuesOf = (g: Grid) => (validateGrids('t.xlsx', [g]).tables[0]?.issues ?? []).map(({ code, row, column }) => ({ code, row, column }));

describe('a table whose only agency column is "Cơ quan thực hiện"', () => {
  const g = grid(['STT', 'Nội dung', 'Cơ quan thực hiện', 'Thời gian thực hiện'], [
    ['1', 'Rà soát thủ tục hành chính', N, 'Quý II/2026'],
    ['2', 'Tổ chức hội nghị xúc tiến đầu tư', 'Sở Kế hoạch và Đầu tư; Sở Tư pháp', 'Quý II/2026'],
    ['3', 'Tuyên truyền cải cách hành chính, cụ thể:', 'Sở Nội vụ', 'Quý IV/2026'],
    ['-', 'Trên Cổng thông tin điện tử tỉnh', N, N],
  ]);

  it('checks each task for the executing agency in that column, and has no missing lead column', () => {
    expect(issuesOf(g)).toEqual([
      { code: 'missing-lead', row: 3, column: 'C' },
      { code: 'outdated-agency', row: 4, column: 'C' },
    ]);
    expect(validateGrids('t.xlsx', [g]).tables[0]?.columns).toEqual({ number: 'A', task: 'B', executor: 'C', deadline: 'D' });
  });

  it('counts tasks by executing agency in the summary and lists the one without', () => {
    const s = summarizeGrids('t.xlsx', [g], { today: '2026-11-23' }).tables[0];
    expect(s?.byLead.map((r) => [r.agency, r.total])).toEqual(expect.arrayContaining([['Sở Tài chính', 1], ['Sở Tư pháp', 1], ['Sở Nội vụ', 1], ['', 1]]));
    expect(s?.missing.map((m) => [m.row, m.problems])).toEqual([[3, ['missing-lead']]]);
  });

  it('leaves a table with a lead column as it was: the executor column is not checked for missing names', () => {
    const both = grid(['STT', 'Nội dung', 'Cơ quan chủ trì', 'Cơ quan thực hiện', 'Thời gian thực hiện'], [['1', 'Rà soát', 'Sở Tư pháp', N, 'Quý II/2026']]);
    expect(issuesOf(both)).toEqual([]);
  });

  it('an abolished name among supporters the cell names is reported once, in that column', () => {
    const cell = grid(['STT', 'Nội dung', 'Cơ quan thực hiện', 'Thời gian thực hiện'], [['1', 'Rà soát', 'Sở Nội vụ chủ trì, Sở Kế hoạch và Đầu tư phối hợp', 'Quý II/2026']]);
    expect(issuesOf(cell)).toEqual([{ code: 'outdated-agency', row: 3, column: 'C' }]);
  });

  it('still reports a missing lead column when there is neither', () => {
    const none = grid(['STT', 'Nội dung', 'Cơ quan phối hợp', 'Thời gian thực hiện'], [['1', 'Rà soát', 'Sở Tư pháp', 'Quý II/2026']]);
    expect(issuesOf(none)).toEqual([{ code: 'missing-column', row: 2, column: undefined }]);
  });
});
