/** Kiểm tra in the add-in finds exactly what the command line finds, on the same grids, and changes nothing. */
import type { Grid } from '../../src/core/grid';
import { validateGrids } from '../../src/core/validate';
import { FEATURES, type FeatureSet } from '../../src/excel/requirements';
import { readSheets } from '../../src/excel/read-sheets';
import { createExcelSimulator, simWorkbookFromSheets, type ExcelSimulator } from '../support/excel-sim';
import { SAMPLE_FILES, sampleGrids, sampleSim, sim, snapshot, withSim } from './helpers';

const CLI_OPTIONS = { lang: 'vi' as const, fallbackYear: 2026 };

function allFeatures(on: boolean): FeatureSet {
  return Object.fromEntries(Object.keys(FEATURES).map((k) => [k, on])) as FeatureSet;
}

/** Grids as the adapter reads them from the simulator. */
async function readAll(s: ExcelSimulator, features: FeatureSet): Promise<Grid[]> {
  const restore = s.install();
  try {
    return await s.Excel.run(async (ctx) => (await readSheets(ctx as unknown as Excel.RequestContext, s.workbook.sheets.map((x) => x.name), features)).grids);
  } finally {
    restore();
  }
}

/** Rows without trailing empty cells, as exceljs hands them over. */
function trimmed(g: Grid) {
  const values = g.values.map((row) => {
    const r = [...row];
    while (r.length && (r[r.length - 1] === null || r[r.length - 1] === undefined)) r.pop();
    return r;
  });
  while (values.length && values[values.length - 1]?.length === 0) values.pop();
  return { sheet: g.sheet, values, merges: [...g.merges].sort((a, b) => a.top - b.top || a.left - b.left), hiddenRows: g.hiddenRows ?? [] };
}

describe.each(SAMPLE_FILES)('%s', (file) => {
  it('reads the same cells, merges and hidden rows as the command line', async () => {
    const grids = await sampleGrids(file);
    const read = await readAll(await sampleSim(file), allFeatures(true));
    expect(read.map(trimmed)).toEqual(grids.map(trimmed));
  });

  it('reports the same tables and issues as the command line, for all sheets and for the active one', async () => {
    const grids = await sampleGrids(file);
    const s = await sampleSim(file);
    const before = snapshot(s.workbook);
    const [all, one] = await withSim(s, async (uc) => [await uc.validate('all'), await uc.validate('sheet')]);
    expect(all).toEqual(validateGrids(file, grids, CLI_OPTIONS));
    expect(one).toEqual(validateGrids(file, grids.slice(0, 1), CLI_OPTIONS));
    expect(all.tables.length).toBeGreaterThan(0);
    expect(snapshot(s.workbook)).toEqual(before);
  });

  it('reads in one sync for the used range and one for the cells on a small sheet', async () => {
    const s = await sampleSim(file);
    await withSim(s, (uc) => uc.validate('sheet'));
    expect(s.stats.syncs).toBe(2);
    expect(s.stats.runs).toBe(1);
  });
});

describe('reading', () => {
  const dated = {
    name: 'Dates',
    values: [['Hạn'], [new Date(Date.UTC(2026, 5, 30))], [46022], ['#N/A'], [true], ['  text '], ['merged']],
    numberFormats: [[], ['dd/mm/yyyy'], ['General'], [], [], []],
    hiddenRows: [2, 3],
    merges: ['A7:C8'],
  };

  it('turns date serials with a date format into dates, error texts into errors, and keeps numbers', async () => {
    const [g] = await readAll(sim([dated]), allFeatures(true));
    expect(g?.values.slice(0, 6)).toEqual([['Hạn'], [new Date(Date.UTC(2026, 5, 30))], [46022], [{ error: '#N/A' }], [true], ['  text ']]);
    expect(g?.numberFormats?.[1]).toEqual(['dd/mm/yyyy']);
  });

  it('finds hidden rows from visible cells (1.9) and by probing rows on older hosts, alike', async () => {
    const modern = await readAll(sim([dated]), allFeatures(true));
    const old = await readAll(sim([dated], { excelApi: '1.2' }), allFeatures(false));
    expect(modern[0]?.hiddenRows).toEqual([2, 3]);
    expect(old[0]?.hiddenRows).toEqual([2, 3]);
    expect(modern[0]?.merges).toEqual([{ top: 6, left: 0, bottom: 7, right: 2 }]);
    expect(old[0]?.merges).toEqual([]);
  });

  it('validates on an ExcelApi 1.2 host (no merged areas, no visible-cell scan, no workbook name)', async () => {
    const file = 'lang-son-par-2026.xlsx';
    const s = await sampleSim(file, { excelApi: '1.2' });
    const report = await withSim(s, (uc) => uc.validate('all'));
    expect(report.file).toBe(file);
    expect(report.tables.map((t) => [t.sheet, t.taskCount])).toEqual(validateGrids(file, await sampleGrids(file), CLI_OPTIONS).tables.map((t) => [t.sheet, t.taskCount]));
  });

  it('reads large cells in smaller blocks after a request is refused as too large', async () => {
    const long = 'Nhiệm vụ rất dài '.repeat(300);
    const values = Array.from({ length: 1500 }, (_, i) => [String(i + 1), long, long]);
    const s = createExcelSimulator(simWorkbookFromSheets([{ name: 'Big', values }]));
    const [g] = await readAll(s, allFeatures(true));
    expect(g?.values.length).toBe(1500);
    expect(g?.values[1499]?.[2]).toBe(long);
    const ok = s.stats.batches.filter((b) => !b.error);
    expect(Math.max(...ok.map((b) => b.responseBytes))).toBeLessThanOrEqual(5 * 1024 * 1024);
    expect(s.stats.batches.some((b) => b.error === 'ResponsePayloadSizeLimitExceeded')).toBe(true);
  });

  it('refuses a sheet whose used range is absurdly large, with a clear message', async () => {
    const s = sim([{ name: 'Rộng', values: [['a']] }]);
    s.workbook.sheet('Rộng').touch(1_000_000, 30).value = 'ô lạc';
    await expect(withSim(s, (uc) => uc.validate('sheet'))).rejects.toThrow(/quá lớn.*too large/s);
  });

  it('reads the tool\'s own sheets as empty even when one is the active sheet', async () => {
    const s = await sampleSim('lai-chau-par-sipas-2026.xlsx');
    await withSim(s, async (uc) => {
      const { sheets } = await uc.writeSummary({ today: '2026-06-15', dueSoonDays: 15 });
      const report = await uc.validate('sheet');
      expect(report.tables).toEqual([]);
      expect(report.sheetsWithoutTable).toEqual([sheets[0]]);
    });
  });

  it('uses the plan year from the settings', async () => {
    const s = await sampleSim('lai-chau-par-sipas-2026.xlsx');
    const report = await withSim(s, async (uc) => {
      await uc.saveSettings({ planYear: 2027, dueSoonDays: 10, extraAgencies: [] });
      return uc.validate('all');
    });
    const grids = await sampleGrids('lai-chau-par-sipas-2026.xlsx');
    expect(report.tables.map((t) => t.planYear)).toEqual(validateGrids('x', grids, { ...CLI_OPTIONS, year: 2027 }).tables.map((t) => t.planYear));
  });
});
