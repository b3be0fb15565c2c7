/** Mẫu: the standard annex template on a new sheet, with agency drop-downs where the host has data validation. */
import { DEFAULT_DIRECTORY } from '../../src/core/agency/directory';
import { HEADER_ROW, LIST_SHEET, TEMPLATE_HEADERS, TEMPLATE_SHEET } from '../../src/excel/template';
import { MARK_PREFIX } from '../../src/excel/tool-sheets';
import { valuesOf } from '../support/excel-sim';
import { sim, withSim } from './helpers';

const userSheet = () => ({ name: 'Sheet1', values: [['Ghi chú của tôi']] });

describe('insert template', () => {
  it('adds the template sheet with title, headers, fonts, widths, borders, and drop-downs over a hidden list', async () => {
    const s = sim([userSheet()]);
    const name = await withSim(s, async (uc) => {
      await uc.saveSettings({ dueSoonDays: 15, extraAgencies: ['Ban Quản lý dự án đầu tư xây dựng tỉnh'], planYear: 2027 });
      return uc.insertTemplate();
    });
    expect(name).toBe(TEMPLATE_SHEET);
    const ws = s.workbook.sheet(name);
    const values = valuesOf(ws);
    expect(values[HEADER_ROW - 1]).toEqual([...TEMPLATE_HEADERS]);
    expect(String(values[1]?.[0])).toContain('NĂM 2027');
    expect(ws.cell(HEADER_ROW - 1, 1)?.font).toMatchObject({ name: 'Times New Roman', bold: true });
    expect(ws.cell(HEADER_ROW, 1)?.wrapText).toBe(true);
    expect(ws.cell(HEADER_ROW, 2)?.borders?.left?.style).toBe('Continuous');
    expect(ws.columnWidths.get(1)).toBeGreaterThan(200);
    expect(s.workbook.activeSheetId).toBe(ws.id);

    const list = s.workbook.sheet(LIST_SHEET);
    expect(list.visibility).toBe('Hidden');
    const names = valuesOf(list).slice(1).map((r) => r[0]);
    expect(names).toEqual(expect.arrayContaining([...DEFAULT_DIRECTORY.agencies.map((a) => a.name), 'Ban Quản lý dự án đầu tư xây dựng tỉnh']));
    const rule = (col: number) => ws.validations.find((v) => v.area.left === col && v.area.top === HEADER_ROW);
    for (const col of [2, 3]) {
      expect(rule(col)?.rule).toEqual({ list: { inCellDropDown: true, source: `='${LIST_SHEET}'!$A$2:$A$${names.length + 1}` } });
    }
    expect(rule(4)?.prompt).toMatchObject({ showPrompt: true, title: 'Thời gian hoàn thành' });
    expect(s.workbook.names.find((n) => n.name.startsWith(MARK_PREFIX.list))?.visible).toBe(false);
    expect(s.stats.batches.every((b) => !b.error)).toBe(true);
  });

  it('is found by the check as an annex table once tasks are typed in; the list sheet is not checked', async () => {
    const s = sim([userSheet()]);
    await withSim(s, async (uc) => {
      const name = await uc.insertTemplate();
      const ws = s.workbook.sheet(name);
      ['1', 'Xây dựng kế hoạch cải cách hành chính năm 2026', 'Sở Nội vụ', 'Các sở, ban, ngành', '30/06/2026', 'Kế hoạch'].forEach((v, c) => (ws.touch(HEADER_ROW, c).value = v));
      const report = await uc.validate('all');
      expect(report.tables.map((t) => [t.sheet, t.headerRow, t.taskCount])).toEqual([[name, HEADER_ROW, 1]]);
      expect(report.tables[0]?.columns).toMatchObject({ number: 'A', task: 'B', lead: 'C', support: 'D', deadline: 'E' });
      expect(report.sheetsWithoutTable).toEqual(['Sheet1']);
    });
  });

  it('names a second template with a suffix and keeps one list sheet', async () => {
    const s = sim([userSheet()]);
    const names = await withSim(s, async (uc) => [await uc.insertTemplate(), await uc.insertTemplate()]);
    expect(names).toEqual([TEMPLATE_SHEET, `${TEMPLATE_SHEET} (2)`]);
    expect(s.workbook.sheets.filter((x) => x.name.startsWith(LIST_SHEET))).toHaveLength(1);
  });

  it('without data validation (ExcelApi 1.7) leaves the list visible to copy from, and without names still tracks it', async () => {
    for (const excelApi of ['1.7', '1.2']) {
      const s = sim([userSheet()], { excelApi });
      const name = await withSim(s, async (uc) => {
        const n = await uc.insertTemplate();
        const report = await uc.validate('all');
        expect(report.sheetsWithoutTable).not.toContain(LIST_SHEET);
        return n;
      });
      expect(s.stats.batches.every((b) => !b.error)).toBe(true);
      expect(s.workbook.sheet(LIST_SHEET).visibility).toBe('Visible');
      expect(s.workbook.sheet(name).validations).toEqual([]);
      expect(s.workbook.names.length).toBe(excelApi === '1.2' ? 0 : 1);
    }
  });
});
