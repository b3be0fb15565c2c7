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
