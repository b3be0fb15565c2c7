import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { run } from '../../src/cli/main';
import { FileReportSchema } from '../../src/core/report';
import { SAMPLES, samplePath } from '../support/samples';

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await run(argv, { out: (s) => (out += `${s}\n`), err: (s) => (err += `${s}\n`) });
  return { code, out, err };
}

const dir = mkdtempSync(join(tmpdir(), 'annex-cli-'));

describe('annex validate --json (the contract other tools depend on)', () => {
  it('prints exactly one JSON document for one file, with the contract fields', async () => {
    const file = samplePath(SAMPLES.langSon);
    const { code, out, err } = await cli('validate', file, '--json');
    expect(err).toBe('');
    expect(code).toBe(0);
    const doc = JSON.parse(out);
    expect(FileReportSchema.parse(doc).file).toBe(file);
    expect(doc.tables[0]).toMatchObject({
      sheet: 'Phụ lục I', headerRow: 5, lastRow: 64, taskCount: 39,
      columns: { number: 'A', task: 'B', lead: 'C', support: 'D', deadline: 'E', output: 'F' },
    });
    for (const i of doc.tables[0].issues) {
      expect(Object.keys(i)).toEqual(expect.arrayContaining(['code', 'severity', 'row', 'message']));
    }
  });

  it('prints a JSON array for several files', async () => {
    const { out } = await cli('validate', samplePath(SAMPLES.langSon), samplePath(SAMPLES.laiChau), '--json', '--lang', 'en');
    const docs = JSON.parse(out);
    expect(docs.map((d: { tables: unknown[] }) => d.tables.length)).toEqual([1, 2]);
    expect(docs[1].tables.map((t: { taskCount: number }) => t.taskCount)).toEqual([12, 19]);
  });

  it('exits 1 when an error-severity issue is found, with the located issue in the text report', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(samplePath(SAMPLES.langSon));
    const ws = wb.worksheets[0] as ExcelJS.Worksheet;
    ws.getCell('C8').value = null;
    ws.getCell('E10').value = { formula: '1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellValue;
    ws.getCell('E12').value = new Date(Date.UTC(2026, 8, 30));
    ws.getCell('E12').numFmt = 'dd/mm/yyyy';
    ws.getCell('C13').value = 'Sở Kế hoạch và Đầu tư';
    const file = join(dir, 'defects.xlsx');
    await wb.xlsx.writeFile(file);
    const text = await cli('validate', file);
    expect(text.code).toBe(1);
    expect(text.out).toMatch(/Phụ lục I!C8\s+error\s+missing-lead/);
    expect(text.out).toMatch(/Phụ lục I!E10\s+error\s+invalid-deadline/);
    expect(text.out).toMatch(/Phụ lục I!C13\s+error\s+outdated-agency .*Sở Tài chính/);
    const json = JSON.parse((await cli('validate', file, '--json')).out);
    const codes = json.tables[0].issues.filter((i: { severity: string }) => i.severity === 'error').map((i: { code: string; row: number }) => `${i.code}@${i.row}`);
    expect(codes.sort()).toEqual(['invalid-deadline@10', 'missing-lead@8', 'outdated-agency@13']);
  });
});

describe('date cells as Excel shows them', () => {
  it('a deadline typed as "6/2026" (1 June shown "mmm-yy") is June: before the plan date it is outside the plan, in June it is not', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(samplePath(SAMPLES.langSon));
    const ws = wb.worksheets[0] as ExcelJS.Worksheet;
    // The plan was issued 23/6/2026: 1 June would be before it; the month of June is not.
    for (const [at, fmt] of [['E12', 'mmm-yy'], ['E13', 'dd/mm/yyyy']] as const) {
      ws.getCell(at).value = new Date(Date.UTC(2026, 5, 1));
      // A style object of its own: cells read from a file share theirs.
      ws.getCell(at).style = { ...ws.getCell(at).style, numFmt: fmt };
    }
    const file = join(dir, 'month-cell.xlsx');
    await wb.xlsx.writeFile(file);
    const json = JSON.parse((await cli('validate', file, '--json')).out);
    const outside = json.tables[0].issues.filter((i: { code: string }) => i.code === 'deadline-outside-plan').map((i: { row: number }) => i.row);
    expect(outside).toContain(13);
    expect(outside).not.toContain(12);
  });
});

describe('bad input: exit 2 with one located line, never a stack trace', () => {
  const write = (name: string, data: Buffer | string) => {
    const p = join(dir, name);
    writeFileSync(p, data);
    return p;
  };
  const ole2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  it.each<[string, () => string, RegExp]>([
    ['a missing file', () => join(dir, 'nope.xlsx'), /không tìm thấy tệp/],
    ['a directory', () => { const d = join(dir, 'folder.xlsx'); mkdirSync(d, { recursive: true }); return d; }, /thư mục/],
    ['a legacy .xls', () => write('old.xls', Buffer.concat([ole2, Buffer.alloc(600)])), /\.xls.*lưu thành \.xlsx/],
    ['a password-protected workbook', () => write('locked.xlsx', Buffer.concat([ole2, Buffer.alloc(100), Buffer.from('EncryptedPackage', 'utf16le')])), /mật khẩu/],
    ['a text file named .xlsx', () => write('text.xlsx', 'STT,Nhiệm vụ\n1,x\n'), /không phải tệp \.xlsx/],
    ['an empty file', () => write('empty.xlsx', ''), /không phải tệp \.xlsx/],
    ['a damaged .xlsx', () => write('broken.xlsx', Buffer.concat([readFileSync(samplePath(SAMPLES.langSon)).subarray(0, 3000)])), /bị hỏng/],
  ])('%s', async (_name, make, message) => {
    const file = make();
    const { code, out, err } = await cli('validate', file);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(err).toContain(file);
    expect(err).toMatch(message);
    expect(err).not.toMatch(/\n\s+at /);
  });

  it.each<[string[], RegExp]>([
    [['frobnicate', 'x.xlsx'], /Lệnh không hợp lệ/],
    [['validate'], /Chưa chỉ định tệp/],
    [['validate', 'x.xlsx', '--today', '2026-02-30'], /Ngày "2026-02-30" không hợp lệ/],
    [['validate', 'x.xlsx', '--year', '26'], /Năm "26"/],
    [['validate', 'x.xlsx', '--lang', 'fr'], /Ngôn ngữ "fr"/],
    [['validate', 'x.xlsx', '--bogus'], /Tùy chọn không hỗ trợ: --bogus/],
  ])('usage %j', async (argv, message) => {
    const { code, err } = await cli(...argv);
    expect(code).toBe(2);
    expect(err.split('\n')[0]).toMatch(message);
  });

  it('a settings file that is not valid says where', async () => {
    const settings = write('bad-settings.json', JSON.stringify({ planYear: 'năm sau' }));
    const { code, err } = await cli('validate', samplePath(SAMPLES.langSon), '--settings', settings);
    expect(code).toBe(2);
    expect(err).toMatch(/Tệp cài đặt không hợp lệ: .*planYear/);
  });
});

describe('settings extend the schema and the directory', () => {
  it('a province synonym maps a header the defaults do not know', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(samplePath(SAMPLES.langSon));
    (wb.worksheets[0] as ExcelJS.Worksheet).getCell('C5').value = 'Đầu mối';
    const file = join(dir, 'renamed.xlsx');
    await wb.xlsx.writeFile(file);
    const without = JSON.parse((await cli('validate', file, '--json')).out);
    expect(without.tables[0]?.columns.lead).toBeUndefined();
    const settings = join(dir, 'province.json');
    writeFileSync(settings, JSON.stringify({ synonyms: { lead: ['Đầu mối'] } }));
    const withSettings = JSON.parse((await cli('validate', file, '--json', '--settings', settings)).out);
    expect(withSettings.tables[0].columns.lead).toBe('C');
    expect(withSettings.tables[0].taskCount).toBe(39);
  });

  it('a province can declare a name outdated (Sở Ngoại vụ merged into Văn phòng UBND tỉnh)', async () => {
    const settings = join(dir, 'merged.json');
    writeFileSync(settings, JSON.stringify({ outdated: [{ name: 'Sở Ngoại vụ', successor: 'Văn phòng UBND tỉnh' }] }));
    const { code, out } = await cli('validate', samplePath(SAMPLES.laiChau), '--json', '--settings', settings);
    expect(code).toBe(1);
    const issues = JSON.parse(out).tables.flatMap((t: { sheet: string; issues: { code: string }[] }) => t.issues.filter((i) => i.code === 'outdated-agency').map((i) => ({ sheet: t.sheet, ...i })));
    expect(issues.length).toBeGreaterThan(0);
    for (const i of issues) expect(i.params).toEqual({ agency: 'Sở Ngoại vụ', successor: 'Văn phòng UBND tỉnh' });
  });
});

describe('validate after summarize', () => {
  it('ignores the summary sheets this tool wrote, so a summarised workbook validates like its source', async () => {
    const out = join(dir, 'lang-son.tong-hop.xlsx');
    const made = await cli('summarize', samplePath(SAMPLES.langSon), '-o', out, '--today', '2026-11-23');
    expect(made.code).toBe(0);
    const before = JSON.parse((await cli('validate', samplePath(SAMPLES.langSon), '--json')).out);
    const after = JSON.parse((await cli('validate', out, '--json')).out);
    expect(after.tables.map((t: { sheet: string }) => t.sheet)).toEqual(['Phụ lục I']);
    expect(after.sheetsWithoutTable).toEqual([]);
    expect(after.tables[0].issues).toEqual(before.tables[0].issues);
  });
});
