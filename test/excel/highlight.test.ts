/** Đánh dấu / Xóa đánh dấu: flagged cells get the error/warning colours; clearing restores every fill exactly. */
import { columnIndex } from '../../src/core/grid';
import type { FileReport } from '../../src/core/report';
import { MARK_COLORS } from '../../src/excel/fill-memory';
import { createExcelSimulator, type ExcelSimulator, fillsOf, simWorkbookFromSheets } from '../support/excel-sim';
import { MERGED_DEADLINE_SHEET, sampleSim, sim, snapshot, withSim } from './helpers';

const FILE = 'lang-son-par-2026.xlsx';

function flagged(report: FileReport): { sheet: string; address: string; severity: string }[] {
  const seen = new Map<string, { sheet: string; address: string; severity: string }>();
  for (const t of report.tables) {
    for (const i of t.issues) {
      if (!i.column || i.severity === 'info') continue;
      const k = `${i.sheet}!${i.column}${i.row}`;
      if (!seen.has(k) || i.severity === 'error') seen.set(k, { sheet: i.sheet, address: `${i.column}${i.row}`, severity: i.severity });
    }
  }
  return [...seen.values()];
}

function cellOf(s: ExcelSimulator, sheet: string, address: string) {
  const m = /^([A-Z]+)(\d+)$/.exec(address) as RegExpExecArray;
  return s.workbook.sheet(sheet).touch(Number(m[2]) - 1, columnIndex(m[1] as string));
}

/** Gives a few flagged cells and a few others the user's own fills (solid, patterned, tinted). */
async function withUserFills(excelApi = '1.17') {
  const s = await sampleSim(FILE, { excelApi });
  const report = await withSim(s, (uc) => uc.validate('all'));
  const cells = flagged(report);
  expect(cells.length).toBeGreaterThan(5);
  const [a, b, c] = cells;
  cellOf(s, a!.sheet, a!.address).fill = { color: '#00B050', pattern: 'Solid' };
  if (excelApi !== '1.8') {
    cellOf(s, b!.sheet, b!.address).fill = { color: '#FFFF00', pattern: 'Gray25', patternColor: '#FF0000' };
    cellOf(s, c!.sheet, c!.address).fill = { color: '#4472C4', pattern: 'Solid', tintAndShade: 0.6 };
  }
  cellOf(s, a!.sheet, 'H2').fill = { color: '#C00000', pattern: 'Solid' };
  return { s, report, cells };
}

describe('highlight and clear', () => {
  it('fills each flagged cell by severity, then restores every fill exactly, user fills included', async () => {
    const { s, report, cells } = await withUserFills();
    const before = snapshot(s.workbook);
    await withSim(s, async (uc) => {
      expect(await uc.highlight(report)).toBe(cells.length);
      for (const c of cells) expect(cellOf(s, c.sheet, c.address).fill?.color).toBe(c.severity === 'error' ? MARK_COLORS.error : MARK_COLORS.warning);
      expect(snapshot(s.workbook)).not.toEqual(before);
      await uc.clearHighlights();
    });
    expect(snapshot(s.workbook)).toEqual(before);
    expect(s.workbook.savedSettings).not.toContain('annexAssistant.highlights');
  });

  it('restores after the add-in was reloaded (memory kept in the document settings)', async () => {
    const { s, report } = await withUserFills();
    const before = snapshot(s.workbook);
    await withSim(s, (uc) => uc.highlight(report));
    const reloaded = createExcelSimulator(s.workbook);
    await withSim(reloaded, (uc) => uc.clearHighlights());
    expect(snapshot(s.workbook)).toEqual(before);
  });

  it('keeps the first fills when highlighting again, and un-highlights cells no longer flagged', async () => {
    const { s, report } = await withUserFills();
    const before = snapshot(s.workbook);
    const fewer: FileReport = { ...report, tables: report.tables.map((t) => ({ ...t, issues: t.issues.slice(0, 3) })) };
    await withSim(s, async (uc) => {
      await uc.highlight(report);
      await uc.highlight(report);
      await uc.highlight(fewer);
      const sheet = report.tables[0]!.sheet;
      const colored = [...fillsOf(s.workbook.sheet(sheet)).values()].filter((f) => f.color === MARK_COLORS.error || f.color === MARK_COLORS.warning);
      expect(colored.length).toBeLessThanOrEqual(3);
      await uc.clearHighlights();
    });
    expect(snapshot(s.workbook)).toEqual(before);
  });

  it('leaves a cell the user refilled after highlighting as the user left it', async () => {
    const { s, report, cells } = await withUserFills();
    const target = cells[3]!;
    await withSim(s, async (uc) => {
      await uc.highlight(report);
      cellOf(s, target.sheet, target.address).fill = { color: '#7030A0', pattern: 'Solid' };
      await uc.clearHighlights();
    });
    expect(cellOf(s, target.sheet, target.address).fill).toEqual({ color: '#7030A0', pattern: 'Solid' });
  });

  it('restores by sheet id after a rename, and skips a deleted sheet', async () => {
    const s = await sampleSim('lai-chau-par-sipas-2026.xlsx');
    await withSim(s, async (uc) => {
      const report = await uc.validate('all');
      expect(new Set(flagged(report).map((c) => c.sheet))).toEqual(new Set(['Biểu 1', 'Biểu 2']));
      await uc.highlight(report);
      s.workbook.sheets[0]!.name = 'Đổi tên';
      s.workbook.sheets.splice(1, 1);
      await uc.clearHighlights();
    });
    expect(s.workbook.sheets.length).toBe(1);
    expect(fillsOf(s.workbook.sheets[0]!).size).toBe(0);
  });

  it('works without getRanges (ExcelApi 1.8): one range per cell, same result, no extra sync', async () => {
    const modern = await withUserFills('1.17');
    const old = await withUserFills('1.8');
    const before = snapshot(old.s.workbook);
    modern.s.stats.reset();
    old.s.stats.reset();
    await withSim(modern.s, (uc) => uc.highlight(modern.report));
    await withSim(old.s, async (uc) => {
      await uc.highlight(old.report);
      // Before ExcelApi 1.13 there are no merged areas to ask about: the one sync fewer is that probe.
      expect(old.s.stats.syncs).toBe(modern.s.stats.syncs - 1);
      expect(old.s.stats.batches.every((b) => b.error === undefined)).toBe(true);
      expect(modern.s.stats.batches.at(-1)!.actions).toBeLessThan(old.s.stats.batches.at(-1)!.actions);
      await uc.clearHighlights();
    });
    expect(snapshot(old.s.workbook)).toEqual(before);
  });

  it('fills thousands of cells without getRanges in requests under the limit, and restores them', async () => {
    const values = Array.from({ length: 3500 }, (_, i) => [String(i + 1), `Nhiệm vụ ${i + 1}`]);
    const s = createExcelSimulator(simWorkbookFromSheets([{ name: 'Lớn', values, fills: { B7: '#00B050' } }]), { excelApi: '1.8' });
    const before = snapshot(s.workbook);
    const issues = values.map((_, i) => ({
      code: 'missing-lead' as const, severity: 'error' as const, sheet: 'Lớn', row: i + 1, column: 'B', params: {}, message: 'm', hint: 'h',
    }));
    const report = {
      file: 'x', valid: false, sheetsWithoutTable: [],
      tables: [{ sheet: 'Lớn', headerRow: 1, lastRow: 3500, kind: 'k', columns: {}, taskCount: 0, rowCounts: { sections: 0, groups: 0, subs: 0, continuations: 0, repeatedHeaders: 0 }, counts: {}, issues, truncated: 0 }],
    } satisfies FileReport;
    await withSim(s, async (uc) => {
      expect(await uc.highlight(report)).toBe(3500);
      expect(s.stats.syncs).toBe(4);
      expect(cellOf(s, 'Lớn', 'B3500').fill?.color).toBe(MARK_COLORS.error);
      await uc.clearHighlights();
    });
    expect(s.stats.batches.every((b) => !b.error && b.requestBytes < 5 * 1024 * 1024)).toBe(true);
    expect(snapshot(s.workbook)).toEqual(before);
  });

  it('never changes a value', async () => {
    const { s, report } = await withUserFills();
    const values = () => JSON.stringify(s.workbook.sheets.map((x) => [...x.rows].map(([r, row]) => [r, [...row].map(([c, cell]) => [c, cell.value])])));
    const before = values();
    await withSim(s, async (uc) => {
      await uc.highlight(report);
      expect(values()).toBe(before);
    });
  });

  it('a deadline merged down over three tasks is filled once, on the cell Excel shows (was three, two of them hidden)', async () => {
    const sheet = MERGED_DEADLINE_SHEET;
    const s = sim([sheet], { excelApi: '1.17' });
    const before = snapshot(s.workbook);
    await withSim(s, async (uc) => {
      const report = await uc.validate('all');
      expect(report.tables[0]?.issues.filter((i) => i.code === 'invalid-deadline').map((i) => `${i.column}${i.row}`)).toEqual(['D3', 'D4', 'D5']);
      expect(await uc.highlight(report)).toBe(2);
      expect(fillsOf(s.workbook.sheet('Phụ lục'))).toEqual(new Map([['C5', { color: MARK_COLORS.error, pattern: 'Solid' }], ['D3', { color: MARK_COLORS.error, pattern: 'Solid' }]]));
      await uc.clearHighlights();
    });
    expect(snapshot(s.workbook)).toEqual(before);
    // Without merged areas (before ExcelApi 1.13) the cells are filled as flagged: nothing refused.
    const older = sim([sheet], { excelApi: '1.10' });
    await withSim(older, async (uc) => {
      expect(await uc.highlight(await uc.validate('all'))).toBe(4);
    });
  });
});
