import type { CellValue, Grid } from '../../../src/core/grid';
import { buildSummarySheets, fitWidth, planName, type SheetSpec } from '../../../src/core/summary/sheets';
import { summarizeGrids } from '../../../src/core/summary/summarize';

const g = (sheet: string, values: CellValue[][]): Grid => ({ sheet, values, merges: [] });
const HEADER = ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian hoàn thành', 'Tình trạng'];
const ONE = g('Biểu 1', [
  ['BIỂU NHIỆM VỤ'], ['Nâng cao chỉ số cải cách hành chính năm 2026'], ['(Kèm theo Kế hoạch số 1/KH-UBND ngày 02/01/2026)'],
  HEADER,
  ['1', 'Việc một', 'Sở Nội vụ', '31/03/2026', 'Đang thực hiện'],
  ['2', 'Việc hai', 'Sở Nội vụ; Sở Tài chính', '30/04/2026', 'Đã hoàn thành'],
  ['3', 'Việc ba', null, 'Thường xuyên', null],
]);
const TWO = g('Biểu 2', [HEADER, ['1', 'Việc bốn', 'Sở Tư pháp', '10/04/2026', null]]);

const summary = summarizeGrids('/data/ke-hoach.xlsx', [ONE, TWO], { today: '2026-04-01' });
const byKey = (sheets: SheetSpec[], key: string) => sheets.find((s) => s.key === key) as SheetSpec;

describe('buildSummarySheets', () => {
  const vi = buildSummarySheets(summary, 'vi');
  const en = buildSummarySheets(summary, 'en');

  test('Vietnamese names by default, English on request; the missing list only when something is missing', () => {
    expect(vi.map((s) => s.name)).toEqual(['TH theo cơ quan', 'TH theo lĩnh vực', 'TH theo thời hạn', 'Quá hạn', 'Sắp đến hạn', 'Thiếu thông tin']);
    expect(en.map((s) => s.name)).toEqual(['By agency', 'By section', 'By period', 'Overdue', 'Due soon', 'Missing info']);
    const clean = summarizeGrids('x.xlsx', [TWO], { today: '2026-04-01' });
    expect(buildSummarySheets(clean, 'vi').map((s) => s.key)).not.toContain('missing');
    for (const s of [...vi, ...en]) expect(s.name.length).toBeLessThanOrEqual(31);
  });

  test('title block: heading, subject, plan name, report date, source file and sheets', () => {
    expect(byKey(vi, 'byLead').title.map((l) => l.text)).toEqual([
      'BÁO CÁO TỔNG HỢP TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ', 'THEO CƠ QUAN CHỦ TRÌ', 'Nâng cao chỉ số cải cách hành chính năm 2026',
      'Tính đến ngày 01/04/2026', 'Nguồn: tệp ke-hoach.xlsx, trang "Biểu 1", "Biểu 2"',
    ]);
    expect(byKey(en, 'byLead').title[3]?.text).toBe('As of 01/04/2026');
  });

  test('count sheets: one block per table, every row as wide as the columns, totals equal the column sums', () => {
    for (const key of ['byLead', 'bySection', 'byPeriod']) {
      const s = byKey(vi, key);
      expect(s.blocks).toHaveLength(2);
      expect(s.blocks[0]?.caption).toContain('Biểu 1');
      for (const b of s.blocks) {
        for (const r of b.rows) expect(r.cells).toHaveLength(s.columns.length);
        expect(b.totals).toHaveLength(s.columns.length);
        s.columns.forEach((c, j) => {
          if (c.total === 'sum') expect(b.totals[j]).toBe(b.rows.reduce((a, r) => a + (r.cells[j] as number), 0));
        });
        expect(b.totals[0]).toBe('Tổng cộng');
      }
    }
    const lead = byKey(vi, 'byLead');
    const rate = lead.columns.findIndex((c) => c.key === 'rate');
    expect(lead.columns[rate]?.kind).toBe('percent');
    expect(lead.rateOf).toEqual({ onTime: 3, late: 4, overdue: 7 });
    expect(lead.columns.map((c) => c.key).slice(3, 8)).toEqual(['done_on_time', 'done_late', 'in_progress', 'due_soon', 'overdue']);
    expect(lead.notes.join(' ')).toContain('tổng theo cơ quan là 4, số nhiệm vụ là 3');
  });

  test('list sheets link each row to its source row; dates stay ISO for the adapters', () => {
    const soon = byKey(vi, 'dueSoon');
    expect(soon.linkColumn).toBe(soon.columns.length - 1);
    expect(soon.blocks.map((b) => b.rows.map((r) => r.link))).toEqual([[], [{ sheet: 'Biểu 2', row: 2 }]]);
    const due = soon.columns.findIndex((c) => c.key === 'due');
    expect(soon.blocks[1]?.rows[0]?.cells[due]).toBe('2026-04-10');
    expect(soon.blocks[0]?.emptyText).toBe('Không có nhiệm vụ sắp đến hạn.');
    const missing = byKey(vi, 'missing');
    const problem = missing.columns.findIndex((c) => c.key === 'problem');
    expect(missing.blocks[0]?.rows[0]?.cells[problem]).toBe('Thiếu cơ quan chủ trì');
  });

  test('widths fit the content within limits', () => {
    for (const s of vi) {
      for (const c of s.columns) {
        expect(c.width).toBeGreaterThanOrEqual(8);
        expect(c.width).toBeLessThanOrEqual(60);
      }
    }
    expect(fitWidth('Hạn hoàn thành', ['2026-04-10'], 'date')).toBe(12);
    expect(fitWidth('Nhiệm vụ', ['x'.repeat(200)], 'text', 50)).toBe(50);
  });

  test('a file without task tables still gives sheets, each with its empty text', () => {
    const none = buildSummarySheets(summarizeGrids('n.xlsx', [g('Trống', [['abc']])], { today: '2026-04-01' }), 'vi');
    for (const s of none) expect(s.blocks).toEqual([{ rows: [], totals: [], emptyText: expect.any(String) }]);
  });

  test('planName skips "Phụ lục"/"Biểu" lines and the "(Kèm theo …)" note', () => {
    expect(planName('Phụ lục I\nCÁC NHIỆM VỤ NĂM 2026\n(Kèm theo Kế hoạch số 252)')).toBe('CÁC NHIỆM VỤ NĂM 2026');
    expect(planName('BIỂU NHIỆM VỤ\nKhắc phục tồn tại')).toBe('Khắc phục tồn tại');
    expect(planName('')).toBe('');
    // A document's letterhead above its title.
    expect(planName('UBND TỈNH LẠNG SƠN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 252/KH-UBND\nLạng Sơn, ngày 23 tháng 6 năm 2026\nKẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026'))
      .toBe('KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026');
    expect(planName('ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK\nSố hóa hồ sơ thủ tục hành chính năm 2026')).toBe('Số hóa hồ sơ thủ tục hành chính năm 2026');
  });
});

describe('the period sheet of a plan for several years', () => {
  const plan = g('Biểu 1', [
    ['KẾ HOẠCH CHUYỂN ĐỔI SỐ GIAI ĐOẠN 2026 - 2027'], HEADER,
    ['1', 'Việc một', 'Sở Nội vụ', 'Năm 2026', null],
    ['2', 'Việc hai', 'Sở Tư pháp', 'Quý II/2027', null],
    ['3', 'Việc ba', 'Sở Y tế', 'Năm 2030', null],
  ]);
  const labels = (lang: 'vi' | 'en') =>
    byKey(buildSummarySheets(summarizeGrids('x.xlsx', [plan], { today: '2026-04-01' }), lang), 'byPeriod').blocks[0]?.rows.map((r) => [r.cells[1], r.cells[2]]);

  it('counts by year and names what is outside the period', () => {
    expect(labels('vi')).toEqual([['Năm 2026', 1], ['Năm 2027', 1], ['Thường xuyên, định kỳ', 0], ['Chưa xác định thời hạn', 0], ['Ngoài giai đoạn 2026–2027', 1]]);
    expect(labels('en')?.map((r) => r[0])).toEqual(['Year 2026', 'Year 2027', 'Recurring', 'No usable deadline', 'Outside 2026–2027']);
  });
});

describe('the agency sheet of a plan without progress columns', () => {
  it('leaves the on-time rate empty, rows and total (was 0% once the deadlines passed)', () => {
    const plan = g('Biểu 1', [['KẾ HOẠCH NĂM 2026'], ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn'], ['1', 'A', 'Sở Nội vụ', 'Quý I/2026'], ['2', 'B', 'Sở Tư pháp', 'Quý II/2026']]);
    const sheet = byKey(buildSummarySheets(summarizeGrids('x.xlsx', [plan], { today: '2027-01-10' }), 'vi'), 'byLead');
    const rate = sheet.columns.findIndex((c) => c.key === 'rate');
    const block = sheet.blocks[0];
    expect(block?.rows.map((r) => r.cells[rate])).toEqual([null, null]);
    expect(block?.totals[rate]).toBeNull();
  });
});

describe('a "Kết quả thực hiện" column read as the status', () => {
  const H = ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn', 'Kết quả thực hiện'];
  const rows: CellValue[][] = [['1', 'Việc một', 'Sở Nội vụ', '30/9/2026', 'Đã hoàn thành'], ['2', 'Việc hai', 'Sở Tư pháp', '30/9/2026', 'Đang thực hiện']];
  const viaReport = g('Theo dõi', [['THEO DÕI NHIỆM VỤ NĂM 2026'], H, ...rows]);
  const withStatus = g('Có tình trạng', [['THEO DÕI NHIỆM VỤ NĂM 2026'], [...H.slice(0, 4), 'Tình trạng'], ...rows]);
  const notesOf = (grids: Grid[], key: string, lang: 'vi' | 'en' = 'vi') =>
    byKey(buildSummarySheets(summarizeGrids('x.xlsx', grids, { today: '2026-11-23' }), lang), key).notes;

  test.each(['byLead', 'bySection', 'byPeriod', 'overdue'])('%s says where the statuses came from (the column, by letter)', (key) => {
    expect(notesOf([viaReport], key)).toContainEqual(expect.stringContaining('tình trạng được đọc từ cột kết quả thực hiện (cột E)'));
    expect(notesOf([viaReport], key, 'en')).toContainEqual(expect.stringContaining('statuses are read from the results column (column E)'));
  });

  test('a table with its own status column says nothing of the kind; with several tables the note names its sheet', () => {
    expect(notesOf([withStatus], 'byLead').join(' ')).not.toContain('cột kết quả');
    expect(notesOf([withStatus, viaReport], 'byLead')).toContainEqual(expect.stringMatching(/^"Theo dõi": Bảng không có cột tình trạng: tình trạng được đọc/));
    expect(notesOf([withStatus, viaReport], 'byLead').join(' ')).not.toContain('"Có tình trạng": Bảng không có cột tình trạng');
  });
});
