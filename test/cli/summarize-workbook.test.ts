/** The written workbook: input untouched, input sheets kept, re-runs replace only the tool's own sheets. */
import ExcelJS from 'exceljs';
import { copyFile, mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from '../../src/cli/args';
import { UserError } from '../../src/cli/user-error';
import { defaultOutput, runSummarize } from '../../src/cli/summarize-command';
import { MARK_NAME, toolSheetNames } from '../../src/cli/summary-xlsx';
import { freeSheetName } from '../../src/core/summary/sheet-spec';
import { sha256 } from '../fixtures/summary/progress';
import { prepareSample, samplePath } from '../fixtures/summary/prepare';

const SUMMARY_VI = ['TH theo cơ quan', 'TH theo lĩnh vực', 'TH theo thời hạn', 'Quá hạn', 'Sắp đến hạn'];

async function summarize(file: string, ...extra: string[]): Promise<string[]> {
  const lines: string[] = [];
  const code = await runSummarize(parseArgs(['summarize', file, '--today', '2026-12-20', ...extra]), { fallbackYear: 2026 }, (s) => lines.push(s));
  expect(code).toBe(0);
  return lines;
}

async function open(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

describe('summarize writes a new workbook', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'annex-summary-wb-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test('the input stays byte-identical; the output sits next to it as <name>.tong-hop.xlsx', async () => {
    const input = join(dir, 'lai-chau.xlsx');
    await copyFile(samplePath('lai-chau-par-sipas-2026'), input);
    const before = await sha256(input);
    const { mtimeMs } = await stat(input);
    const lines = await summarize(input);
    expect(await sha256(input)).toBe(before);
    expect((await stat(input)).mtimeMs).toBe(mtimeMs);
    expect(defaultOutput(input)).toBe(join(dir, 'lai-chau.tong-hop.xlsx'));
    expect(lines.join('\n')).toContain(join(dir, 'lai-chau.tong-hop.xlsx'));
    const wb = await open(join(dir, 'lai-chau.tong-hop.xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Biểu 1', 'Biểu 2', ...SUMMARY_VI]);
    expect(toolSheetNames(wb)).toEqual(SUMMARY_VI);
  });

  test('the input sheets come through unchanged: values, merges, styles, widths, heights, page setup', async () => {
    for (const name of ['lang-son-par-2026', 'dak-lak-par-sipas-2026', 'lai-chau-par-sipas-2026']) {
      const input = join(dir, `${name}.xlsx`);
      await copyFile(samplePath(name), input);
      const out = join(dir, `${name}.out.xlsx`);
      await summarize(input, '-o', out);
      const [a, b] = [await open(input), await open(out)];
      for (const wa of a.worksheets) {
        const wbSheet = b.getWorksheet(wa.name) as ExcelJS.Worksheet;
        expect(wbSheet).toBeDefined();
        expect(wbSheet.model.merges.sort()).toEqual(wa.model.merges.sort());
        expect(wbSheet.pageSetup).toEqual(wa.pageSetup);
        expect(wbSheet.views).toEqual(wa.views);
        for (let c = 1; c <= wa.columnCount; c++) expect(wbSheet.getColumn(c).width).toBe(wa.getColumn(c).width);
        wa.eachRow({ includeEmpty: true }, (row, r) => {
          expect(wbSheet.getRow(r).height).toBe(row.height);
          row.eachCell({ includeEmpty: true }, (cell, c) => {
            const other = wbSheet.getCell(r, c);
            expect([r, c, other.value]).toEqual([r, c, cell.value]);
            expect([r, c, other.style]).toEqual([r, c, cell.style]);
          });
        });
      }
    }
  });

  test('summarizing its own output twice leaves one set of summary sheets, with the same names', async () => {
    const input = join(dir, 'ls.xlsx');
    await copyFile(samplePath('lang-son-par-2026'), input);
    const first = join(dir, 'ls.first.xlsx');
    const second = join(dir, 'ls.second.xlsx');
    const third = join(dir, 'ls.third.xlsx');
    await summarize(input, '-o', first);
    await summarize(first, '-o', second);
    await summarize(second, '-o', third, '--lang', 'en');
    const names2 = (await open(second)).worksheets.map((w) => w.name);
    expect(names2).toEqual(['Phụ lục I', ...SUMMARY_VI]);
    // Another language replaces the Vietnamese sheets rather than adding to them.
    const wb3 = await open(third);
    expect(wb3.worksheets.map((w) => w.name)).toEqual(['Phụ lục I', 'By agency', 'By section', 'By period', 'Overdue', 'Due soon']);
    expect(wb3.definedNames.model.filter((n) => n.name === MARK_NAME)).toHaveLength(1);
    // The tool's sheets are not read as annex tables on the re-run: one table, same counts.
    const json = JSON.parse((await summarize(second, '-o', join(dir, 'ls.fourth.xlsx'), '--json'))[0] ?? '');
    expect(json.tables).toHaveLength(1);
  });

  test("a user's sheet named like a summary sheet is kept; ours gets a numbered suffix, on every run", async () => {
    const input = join(dir, 'user.xlsx');
    const wb = await open(samplePath('dak-lak-par-sipas-2026'));
    const mine = wb.addWorksheet('Quá hạn');
    mine.getCell('A1').value = 'Ghi chép riêng của tôi';
    mine.getCell('B2').value = 42;
    await wb.xlsx.writeFile(input);
    const out1 = join(dir, 'user.1.xlsx');
    const out2 = join(dir, 'user.2.xlsx');
    await summarize(input, '-o', out1);
    await summarize(out1, '-o', out2);
    for (const out of [out1, out2]) {
      const got = await open(out);
      expect(got.worksheets.map((w) => w.name)).toEqual(['Phụ lục', 'Quá hạn', 'TH theo cơ quan', 'TH theo lĩnh vực', 'TH theo thời hạn', 'Quá hạn (2)', 'Sắp đến hạn']);
      const user = got.getWorksheet('Quá hạn') as ExcelJS.Worksheet;
      expect(user.getCell('A1').value).toBe('Ghi chép riêng của tôi');
      expect(user.getCell('B2').value).toBe(42);
      expect(user.rowCount).toBe(2);
      expect(toolSheetNames(got)).not.toContain('Quá hạn');
    }
  });

  test('refuses to overwrite the input (also through another spelling of the path)', async () => {
    const input = join(dir, 'same.xlsx');
    await copyFile(samplePath('lai-chau-par-sipas-2026'), input);
    const before = await sha256(input);
    for (const out of [input, join(dir, '.', 'sub', '..', 'same.xlsx')]) {
      await expect(summarize(input, '-o', out)).rejects.toThrow(UserError);
      await expect(summarize(input, '-o', out)).rejects.toThrow(/trùng tệp đầu vào/);
    }
    expect(await sha256(input)).toBe(before);
  });

  test('an unreadable input is a UserError with its reason', async () => {
    await expect(summarize(join(dir, 'nope.xlsx'))).rejects.toThrow(/không tìm thấy/);
  });

  test('the JSON carries the output path and the sheets written; the text form is short', async () => {
    const { path } = await prepareSample('lang-son-par-2026', dir, [{ sheet: 'Phụ lục I', tracked: true, leads: { 5: null } }]);
    const json = JSON.parse((await summarize(path, '--json'))[0] ?? '');
    expect(json.output).toBe(defaultOutput(path));
    expect(json.sheets).toEqual([...SUMMARY_VI, 'Thiếu thông tin']);
    const text = (await summarize(path, '--lang', 'en')).join('\n');
    expect(text.split('\n').length).toBeLessThan(10);
    expect(text).toMatch(/Table "Phụ lục I": 39 tasks/);
  });

  test('freeSheetName keeps within 31 characters and compares case-insensitively', () => {
    expect(freeSheetName('Quá hạn', new Set(['quá HẠN']))).toBe('Quá hạn (2)');
    expect(freeSheetName('Quá hạn', new Set(['Quá hạn', 'Quá hạn (2)']))).toBe('Quá hạn (3)');
    const long = 'x'.repeat(31);
    expect(freeSheetName(long, new Set([long]))).toHaveLength(31);
  });
});
