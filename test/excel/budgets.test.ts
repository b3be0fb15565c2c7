/** The speed budgets, measured with the simulator's counters on a generated 5,000-task sheet. */
import type { Grid } from '../../src/core/grid';
import { validateGrids } from '../../src/core/validate';
import { parseAddress } from '../../src/excel/address';
import { createExcelSimulator, generateAnnex, simWorkbookFromSheets } from '../support/excel-sim';
import { withSim } from './helpers';

const MB5 = 5 * 1024 * 1024;
const annex = generateAnnex(5000, { defectEvery: 8 });

function freshSim(excelApi?: string) {
  return createExcelSimulator(simWorkbookFromSheets([annex.sheet], { name: 'ke-hoach-2026.xlsx' }), excelApi ? { excelApi } : {});
}

function asGrid(): Grid {
  const s = annex.sheet;
  return {
    sheet: s.name,
    values: s.values.map((r) => Array.from(r, (v) => (v === undefined ? null : v)) as Grid['values'][number]),
    numberFormats: (s.numberFormats ?? []).map((r) => Array.from(r ?? [], (v) => v ?? undefined)),
    merges: (s.merges ?? []).map((m) => parseAddress(String(m))?.area as Grid['merges'][number]),
  };
}

describe('budgets on a 5,000-task sheet', () => {
  it('reads it in at most 3 syncs, no request or response over 5 MB, and finds what the engine finds', async () => {
    const s = freshSim();
    const report = await withSim(s, (uc) => uc.validate('sheet'));
    expect(s.stats.syncs).toBeLessThanOrEqual(3);
    expect(s.stats.batches.every((b) => !b.error)).toBe(true);
    expect(s.stats.maxRequestBytes).toBeLessThan(MB5);
    expect(s.stats.maxResponseBytes).toBeLessThan(MB5);
    expect(report.tables[0]?.taskCount).toBe(5000);
    expect(report).toEqual(validateGrids('ke-hoach-2026.xlsx', [asGrid()], { lang: 'vi', fallbackYear: 2026 }));
  });

  it('highlights 1,000 flagged cells in at most 4 syncs', async () => {
    const s = freshSim();
    await withSim(s, async (uc) => {
      const report = await uc.validate('sheet');
      s.stats.reset();
      expect(await uc.highlight(report)).toBe(1000);
      expect(s.stats.syncs).toBeLessThanOrEqual(4);
      expect(s.stats.maxBatchBytes).toBeLessThan(MB5);
    });
  });

  it('writes all summary sheets in at most 3 syncs after reading, with calculation and screen updating suspended', async () => {
    const s = freshSim();
    await withSim(s, async (uc) => {
      await uc.validate('all');
      const readSyncs = s.stats.syncs;
      s.stats.reset();
      const { sheets } = await uc.writeSummary({ today: '2026-06-15', dueSoonDays: 15 });
      expect(sheets.length).toBeGreaterThanOrEqual(5);
      const writes = s.stats.batches.slice(readSyncs);
      expect(writes.length).toBeLessThanOrEqual(3);
      expect(writes.every((b) => b.calculationSuspended && b.screenUpdatingSuspended)).toBe(true);
      expect(s.stats.batches.every((b) => !b.error)).toBe(true);
      expect(s.stats.maxBatchBytes).toBeLessThan(MB5);
    });
  });

  it('notes 1,000 flagged cells (merged areas asked about, 500 notes a request) in at most 5 syncs, no request over 5 MB', async () => {
    const s = freshSim('1.18');
    await withSim(s, async (uc) => {
      const report = await uc.validate('sheet');
      s.stats.reset();
      const result = await uc.attachNotes(report);
      expect(result).toMatchObject({ kind: 'note', skipped: 0, missingSheets: [] });
      expect(result.written).toBe(1000);
      // Sheets, existing notes with the merged areas, existing comments, then the writes.
      expect(s.stats.syncs).toBeLessThanOrEqual(3 + Math.ceil(result.written / 500));
      expect(s.stats.batches.every((b) => !b.error)).toBe(true);
      expect(s.stats.maxBatchBytes).toBeLessThan(MB5);
    });
  });
});
