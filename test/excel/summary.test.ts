/** Tổng hợp: the summary sheets the core lays out, written as new sheets; a user's sheet is never touched. */
import { buildSummarySheets } from '../../src/core/summary/sheets';
import { summarizeGrids } from '../../src/core/summary/summarize';
import { MARK_PREFIX } from '../../src/excel/tool-sheets';
import { layoutSheet, officeValue } from '../../src/excel/summary-layout';
import { type ExcelSimulator, valuesOf } from '../support/excel-sim';
import { sampleGrids, sampleSim, snapshot, withSim } from './helpers';

const FILE = 'lai-chau-par-sipas-2026.xlsx';
const OPTS = { today: '2026-06-15', dueSoonDays: 15 };

async function expectedSpecs() {
  return buildSummarySheets(summarizeGrids(FILE, await sampleGrids(FILE), { lang: 'vi', ...OPTS }), 'vi');
}

function markerNames(s: ExcelSimulator) {
  return s.workbook.names.filter((n) => n.name.startsWith(MARK_PREFIX.summary)).map((n) => [s.workbook.nameValue(n), n.visible]);
}

describe('summary sheets', () => {
  it('writes every sheet of the layout: titles, tables with the right values, formats, links', async () => {
    const s = await sampleSim(FILE);
    const specs = await expectedSpecs();
    const { sheets } = await withSim(s, (uc) => uc.writeSummary(OPTS));
    expect(sheets).toEqual(specs.map((x) => x.name));
    for (const spec of specs) {
      const ws = s.workbook.sheet(spec.name);
      const layout = layoutSheet(spec, spec.name, (i) => `T${i}`);
      const values = valuesOf(ws);
      expect(values[0]?.[0]).toBe(spec.title[0]?.text);
      expect(ws.merges.some((m) => m.top === 0 && m.left === 0 && m.right === spec.columns.length - 1)).toBe(true);
      for (const part of layout.tables) {
        expect(values[part.header - 1]?.slice(0, spec.columns.length)).toEqual(spec.columns.map((c) => c.header));
        part.block.rows.forEach((row, i) => {
          expect(values[part.first - 1 + i]?.slice(0, spec.columns.length)).toEqual(spec.columns.map((c, j) => officeValue(row.cells[j] ?? null, c.kind)));
        });
        const table = ws.tables.find((t) => t.area.top === part.header - 1);
        expect(table?.area.bottom).toBe(part.last - 1);
        spec.columns.forEach((c, j) => {
          const fmt = ws.cell(part.first - 1, j)?.numberFormat;
          if (part.block.rows.length) expect(fmt).toBe({ text: '@', int: '0', percent: '0%', date: 'dd/mm/yyyy' }[c.kind]);
        });
        if (spec.linkColumn !== undefined && part.block.rows[0]?.link) {
          expect(ws.cell(part.first - 1, spec.linkColumn)?.formula).toMatch(/^=HYPERLINK\("#'.+'!A\d+",\d+\)$/);
        }
      }
      if (layout.firstHeader) expect(ws.frozenRows).toBe(layout.firstHeader);
      expect(ws.pageLayout).toMatchObject({ orientation: 'Landscape', paperSize: 'A4', zoom: { horizontalFitToPages: 1 } });
      expect(ws.cell(0, 0)?.font?.name ?? ws.cell(1, 0)?.font?.name).toBe('Times New Roman');
    }
    expect(s.workbook.sheet(specs[0]!.name).charts.length).toBe(1);
    expect(markerNames(s)).toHaveLength(specs.length);
    expect(markerNames(s).every(([, visible]) => visible === false)).toBe(true);
    expect(s.stats.batches.every((b) => !b.error)).toBe(true);
  });

  it('never overwrites a user sheet that has a summary sheet name, and replaces only its own sheets on a re-run', async () => {
    const s = await sampleSim(FILE);
    const user = s.workbook.addSheet('Quá hạn');
    user.touch(0, 0).value = 'Sổ theo dõi của tôi';
    user.touch(1, 1).value = 42;
    const userBefore = JSON.stringify([...user.rows]);
    const first = await withSim(s, (uc) => uc.writeSummary(OPTS));
    expect(first.sheets).toContain('Quá hạn (2)');
    s.workbook.findSheet('TH theo lĩnh vực')!.name = 'Báo cáo tháng 6';
    const count = s.workbook.sheets.length;
    const second = await withSim(s, (uc) => uc.writeSummary(OPTS));
    expect(second.sheets).toEqual(first.sheets);
    expect(s.workbook.sheets.length).toBe(count + 1);
    expect(s.workbook.findSheet('Báo cáo tháng 6')).toBeDefined();
    expect(JSON.stringify([...s.workbook.sheet('Quá hạn').rows])).toBe(userBefore);
    expect(s.workbook.sheets.filter((x) => x.name.startsWith('Quá hạn')).length).toBe(2);
  });

  it('leaves the source sheets unchanged and out of a later check', async () => {
    const s = await sampleSim(FILE);
    const before = await withSim(s, (uc) => uc.validate('all'));
    const source = snapshot(s.workbook);
    await withSim(s, (uc) => uc.writeSummary(OPTS));
    expect((snapshot(s.workbook) as { sheets: unknown[] }).sheets.slice(0, 2)).toEqual((source as { sheets: unknown[] }).sheets);
    expect(await withSim(s, (uc) => uc.validate('all'))).toEqual(before);
  });

  it('works on an ExcelApi 1.2 host: no names, frozen panes or page setup, sheets still tracked for re-runs', async () => {
    const s = await sampleSim(FILE, { excelApi: '1.2' });
    const first = await withSim(s, (uc) => uc.writeSummary(OPTS));
    expect(s.stats.batches.every((b) => !b.error)).toBe(true);
    expect(s.workbook.names).toEqual([]);
    expect(s.workbook.sheet(first.sheets[0]!).frozenRows).toBe(0);
    const count = s.workbook.sheets.length;
    const second = await withSim(s, (uc) => uc.writeSummary(OPTS));
    expect(second.sheets).toEqual(first.sheets);
    expect(s.workbook.sheets.length).toBe(count);
    expect(await withSim(s, (uc) => uc.validate('all'))).toMatchObject({ sheetsWithoutTable: [] });
  });

  it('writes English sheets when the display language is English', async () => {
    const s = await sampleSim(FILE, { displayLanguage: 'en-US' });
    const { sheets } = await withSim(s, (uc) => uc.writeSummary(OPTS));
    expect(sheets[0]).toBe('By agency');
  });
});
