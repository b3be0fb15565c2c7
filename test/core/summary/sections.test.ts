import type { CellValue, Grid } from '../../../src/core/grid';
import { summarizeGrids } from '../../../src/core/summary/summarize';
import type { RowRecord } from '../../../src/core/table/model';
import { sectionTitle } from '../../../src/core/summary/sections';

const section = (numberText: string, task: string): RowRecord => ({ kind: 'section', row: 0, lastRow: 0, numberText, text: { task }, section: -1 });

describe('sectionTitle', () => {
  it.each<[string, string, string]>([
    ['I', 'CÔNG TÁC CHỈ ĐẠO', 'I. CÔNG TÁC CHỈ ĐẠO'],
    ['II', 'II. CẢI CÁCH THỂ CHẾ', 'II. CẢI CÁCH THỂ CHẾ'],
    // A title that starts with its numeral's letter keeps the numeral (was "VĂN HÓA, XÃ HỘI").
    ['V', 'VĂN HÓA, XÃ HỘI', 'V. VĂN HÓA, XÃ HỘI'],
    ['X', 'XÂY DỰNG CHÍNH QUYỀN SỐ', 'X. XÂY DỰNG CHÍNH QUYỀN SỐ'],
    ['C', 'CÔNG TÁC KIỂM TRA', 'C. CÔNG TÁC KIỂM TRA'],
    ['', 'NHIỆM VỤ CHUNG', 'NHIỆM VỤ CHUNG'],
  ])('%j + %j → %j', (number, text, title) => {
    expect(sectionTitle(section(number, text))).toBe(title);
  });
});

describe('bySection: one title in two parts', () => {
  const row = (n: string, task: string): CellValue[] => [n, task, 'Sở Nội vụ', 'Quý IV/2026'];
  const grid = (rows: CellValue[][]): Grid => ({
    sheet: 'Phụ lục',
    values: [['KẾ HOẠCH NĂM 2026'], ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian hoàn thành'], ...rows],
    merges: [],
  });
  const sections = (g: Grid) => summarizeGrids('x.xlsx', [g], { today: '2026-06-01' }).tables[0]?.bySection.map((r) => [r.section, r.total]);

  it('the same subsection under I and II gives two rows, each led by its part (was one row of 3)', () => {
    const g = grid([
      ['I', 'CẢI CÁCH THỂ CHẾ'], ['A', 'Cấp tỉnh'], row('1', 'a'), row('2', 'b'), ['B', 'Cấp xã'], row('1', 'c'),
      ['II', 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH'], ['A', 'Cấp tỉnh'], row('1', 'd'),
    ]);
    expect(sections(g)).toEqual([
      ['I. CẢI CÁCH THỂ CHẾ – A. Cấp tỉnh', 2],
      ['B. Cấp xã', 1],
      ['II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH – A. Cấp tỉnh', 1],
    ]);
  });

  it('parts lettered A, B over sections numbered I, II', () => {
    const g = grid([['A', 'CẤP TỈNH'], ['I', 'THỂ CHẾ'], row('1', 'a'), ['B', 'CẤP XÃ'], ['I', 'THỂ CHẾ'], row('1', 'b'), row('2', 'c')]);
    expect(sections(g)).toEqual([['A. CẤP TỈNH – I. THỂ CHẾ', 1], ['B. CẤP XÃ – I. THỂ CHẾ', 2]]);
  });

  it('a heading repeated within one part stays one row', () => {
    const g = grid([['I', 'THỂ CHẾ'], row('1', 'a'), ['I', 'THỂ CHẾ'], row('2', 'b')]);
    expect(sections(g)).toEqual([['I. THỂ CHẾ', 2]]);
  });
});
