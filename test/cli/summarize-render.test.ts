/**
 * Cheap print-readiness checks of the written summary sheets (the full look was checked by rendering with
 * LibreOffice to PDF/PNG: docs/summary-sheet.png): widths, page setup, frozen header, formats, no "###", links.
 */
import ExcelJS from 'exceljs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from '../../src/cli/args';
import { runSummarize } from '../../src/cli/summarize-command';
import { toolSheetNames } from '../../src/cli/summary-xlsx';
import type { SummaryReport } from '../../src/core/summary/report';
import { prepareSample } from '../fixtures/summary/prepare';

/** Characters a number or date shows with its format. */
function shownLength(value: unknown, numFmt: string | undefined): number {
  if (value instanceof Date) return 10;
  if (typeof value !== 'number') return 0;
  if (numFmt?.includes('%')) return `${Math.round(value * 100)}%`.length;
  return String(Math.round(value)).length;
}

describe('summary sheets are ready to print', () => {
  let dir: string;
  let wb: ExcelJS.Workbook;
  let report: SummaryReport;
  let sheets: ExcelJS.Worksheet[];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'annex-summary-render-'));
    const { path } = await prepareSample('lang-son-par-2026', dir, [
      { sheet: 'Phụ lục I', tracked: true, leads: { 5: null }, deadlines: { 3: '15/11/2026', 4: '30/11/2026', 7: null } },
    ]);
    const out = join(dir, 'out.xlsx');
    const lines: string[] = [];
    await runSummarize(parseArgs(['summarize', path, '-o', out, '--today', '2026-12-20', '--json']), { fallbackYear: 2026 }, (s) => lines.push(s));
    report = JSON.parse(lines[0] ?? '') as SummaryReport;
    wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    sheets = toolSheetNames(wb).map((n) => wb.getWorksheet(n) as ExcelJS.Worksheet);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test('six sheets: the three count tables and the three lists', () => {
    expect(sheets.map((s) => s.name)).toEqual(['TH theo cơ quan', 'TH theo lĩnh vực', 'TH theo thời hạn', 'Quá hạn', 'Sắp đến hạn', 'Thiếu thông tin']);
  });

  test('A4 landscape, fit to one page wide, header row repeated on every page, frozen under the header', () => {
    for (const ws of sheets) {
      const p = ws.pageSetup;
      expect([ws.name, p.paperSize, p.orientation, p.fitToPage, p.fitToWidth, p.fitToHeight]).toEqual([ws.name, 9, 'landscape', true, 1, 0]);
      const header = Number(p.printTitlesRow?.split(':')[0]);
      expect(ws.getCell(header, 1).value).toBe('STT');
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: header });
    }
  });

  test('every column has a width, and no number or date is wider than its column (no ###)', () => {
    for (const ws of sheets) {
      const width = (c: number) => ws.getColumn(c).width ?? 0;
      for (let c = 1; c <= ws.columnCount; c++) expect(width(c)).toBeGreaterThanOrEqual(8);
      ws.eachRow((row) => row.eachCell((cell, c) => {
        if (cell.isMerged) return;
        const v = cell.value && typeof cell.value === 'object' && 'result' in cell.value ? cell.value.result : cell.value;
        expect(shownLength(v, cell.numFmt) + 1.5).toBeLessThanOrEqual(width(c));
      }));
    }
  });

  test('Times New Roman throughout; header and totals bold; real tables with a totals row', () => {
    for (const ws of sheets) {
      ws.eachRow((row) => row.eachCell((cell) => expect([ws.name, cell.address, cell.font?.name]).toEqual([ws.name, cell.address, 'Times New Roman'])));
      const tables = ws.getTables() as unknown as { table: { totalsRow: boolean; columns: { name: string }[] } }[];
      for (const t of tables) expect(t.table.totalsRow).toBe(true);
    }
    const byLead = sheets[0] as ExcelJS.Worksheet;
    expect(byLead.getTables()).toHaveLength(1);
  });

  test('dates are real dates shown dd/mm/yyyy; rates are fractions shown as %', () => {
    const soon = sheets[4] as ExcelJS.Worksheet;
    const header = Number(soon.pageSetup.printTitlesRow?.split(':')[0]);
    const dueCol = (soon.getRow(header).values as unknown[]).indexOf('Hạn hoàn thành');
    const items = report.tables[0]?.dueSoon ?? [];
    expect(items.length).toBeGreaterThan(0);
    items.forEach((item, i) => {
      const cell = soon.getCell(header + 1 + i, dueCol);
      expect(cell.value).toEqual(new Date(`${item.due}T00:00:00Z`));
      expect(cell.numFmt).toBe('dd/mm/yyyy');
    });
    const byLead = sheets[0] as ExcelJS.Worksheet;
    const rateCol = (byLead.getRow(Number(byLead.pageSetup.printTitlesRow?.split(':')[0])).values as unknown[]).indexOf('Tỷ lệ đúng hạn');
    let rates = 0;
    byLead.getColumn(rateCol).eachCell((cell) => {
      const v = cell.value && typeof cell.value === 'object' && 'result' in cell.value ? cell.value.result : cell.value;
      if (typeof v !== 'number') return;
      rates++;
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThanOrEqual(1);
      expect(cell.numFmt).toBe('0%');
    });
    expect(rates).toBeGreaterThan(1);
  });

  test('each list row links back to its source row', () => {
    const soon = sheets[4] as ExcelJS.Worksheet;
    const header = Number(soon.pageSetup.printTitlesRow?.split(':')[0]);
    const items = report.tables[0]?.dueSoon ?? [];
    items.forEach((item, i) => {
      const cell = soon.getCell(header + 1 + i, soon.columnCount);
      expect(cell.value).toEqual({ formula: `HYPERLINK("#'Phụ lục I'!A${item.row}",${item.row})`, result: item.row });
    });
  });

  test('rows with wrapped text are tall enough for their lines', () => {
    const soon = sheets[4] as ExcelJS.Worksheet;
    soon.eachRow((row, r) => {
      if (r > 6) expect(row.height ?? 0).toBeGreaterThanOrEqual(16);
    });
  });
});
