/**
 * The summary sheets are spliced into the input package: the input's parts are copied byte for byte, a re-run drops
 * the earlier sheets' parts cleanly (tables, printer settings, calc chain), names and tabs follow the sheets, and a
 * package the splice cannot edit goes through exceljs first.
 */
import ExcelJS from 'exceljs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from '../../src/cli/args';
import { runSummarize } from '../../src/cli/summarize-command';
import { MARK_NAME, loadWorkbook, spliceSummary, summaryWorkbook, toolSheetNames } from '../../src/cli/summary-xlsx';
import { attrsOf, elements } from '../../src/cli/xlsx-xml';
import { entryData, newEntry, readZip, writeZip, type ZipEntry } from '../../src/cli/zip';
import type { SheetSpec } from '../../src/core/summary/sheet-spec';
import { samplePath } from '../fixtures/summary/prepare';

const SUMMARY_VI = ['TH theo cơ quan', 'TH theo lĩnh vực', 'TH theo thời hạn', 'Quá hạn', 'Sắp đến hạn'];
const EDITED = new Set(['[content_types].xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml']);

const byName = (buf: Buffer) => new Map(readZip(buf).map((e) => [e.name, e]));
const text = (entries: Map<string, ZipEntry>, name: string) => entryData(entries.get(name) as ZipEntry).toString('utf8');

async function open(path: string | Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  if (typeof path === 'string') await wb.xlsx.readFile(path);
  else await wb.xlsx.load(path as unknown as ArrayBuffer);
  return wb;
}

async function summarize(file: string, out: string): Promise<void> {
  const code = await runSummarize(parseArgs(['summarize', file, '-o', out, '--today', '2026-12-20']), { fallbackYear: 2026 }, () => undefined);
  expect(code).toBe(0);
}

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

/**
 * A workbook as Excel leaves it after a user saved an earlier output of the add-in: a data sheet with its own table
 * (named like ours), the add-in's summary sheet "Quá hạn" (per-sheet mark, a table, printer settings, a formula in
 * the calc chain, a filter name scoped to it), then a user sheet "Notes" with a print area; "Notes" is the active
 * tab; dates count from 1904.
 */
function excelLikePackage(): Buffer {
  const parts: Record<string, string | Buffer> = {
    '[Content_Types].xml': `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="bin" ContentType="${CT}.printerSettings"/><Override PartName="/xl/workbook.xml" ContentType="${CT}.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="${CT}.worksheet+xml"/><Override PartName="/xl/worksheets/sheet2.xml" ContentType="${CT}.worksheet+xml"/><Override PartName="/xl/worksheets/sheet3.xml" ContentType="${CT}.worksheet+xml"/><Override PartName="/xl/tables/table1.xml" ContentType="${CT}.table+xml"/><Override PartName="/xl/tables/table2.xml" ContentType="${CT}.table+xml"/><Override PartName="/xl/styles.xml" ContentType="${CT}.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="${CT}.sharedStrings+xml"/><Override PartName="/xl/calcChain.xml" ContentType="${CT}.calcChain+xml"/></Types>`,
    '_rels/.rels': `${XML}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><workbookPr date1904="1"/><bookViews><workbookView xWindow="0" yWindow="0" windowWidth="20000" windowHeight="10000" activeTab="2"/></bookViews><sheets><sheet name="Data" sheetId="1" r:id="rId1"/><sheet name="Quá hạn" sheetId="5" r:id="rId2"/><sheet name="Notes" sheetId="3" r:id="rId3"/></sheets><definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="1" hidden="1">'Quá hạn'!$A$1:$A$3</definedName><definedName name="_xlnm.Print_Area" localSheetId="2">Notes!$A$1:$B$2</definedName><definedName name="${MARK_NAME}.1" hidden="1">'Quá hạn'!$A$1</definedName><definedName name="MyName">Data!$A$1</definedName></definedNames><calcPr calcId="191029"/></workbook>`,
    'xl/_rels/workbook.xml.rels': `${XML}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="rId3" Type="${REL}/worksheet" Target="worksheets/sheet3.xml"/><Relationship Id="rId4" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId5" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId6" Type="${REL}/calcChain" Target="calcChain.xml"/></Relationships>`,
    'xl/styles.xml': `${XML}<styleSheet xmlns="${MAIN}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`,
    'xl/sharedStrings.xml': `${XML}<sst xmlns="${MAIN}" count="5" uniqueCount="5"><si><t>Tên</t></si><si><t>Ngày</t></si><si><t>việc một</t></si><si><t>cũ</t></si><si><t>ghi chú</t></si></sst>`,
    'xl/worksheets/sheet1.xml': `${XML}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row><row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" s="1"><v>45000</v></c></row></sheetData><tableParts count="1"><tablePart r:id="rId1"/></tableParts></worksheet>`,
    'xl/worksheets/_rels/sheet1.xml.rels': `${XML}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/table" Target="../tables/table2.xml"/></Relationships>`,
    'xl/tables/table2.xml': `${XML}<table xmlns="${MAIN}" id="2" name="TH_byLead_1" displayName="TH_byLead_1" ref="A1:B2"><autoFilter ref="A1:B2"/><tableColumns count="2"><tableColumn id="1" name="Tên"/><tableColumn id="2" name="Ngày"/></tableColumns><tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`,
    'xl/worksheets/sheet2.xml': `${XML}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews><sheetData><row r="1"><c r="A1" t="s"><v>3</v></c></row><row r="2"><c r="A2"><v>1</v></c></row><row r="3"><c r="A3"><f>A2+1</f><v>2</v></c></row></sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><pageSetup paperSize="9" orientation="portrait" r:id="rId2"/><tableParts count="1"><tablePart r:id="rId1"/></tableParts></worksheet>`,
    'xl/worksheets/_rels/sheet2.xml.rels': `${XML}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/table" Target="../tables/table1.xml"/><Relationship Id="rId2" Type="${REL}/printerSettings" Target="../printerSettings/printerSettings1.bin"/></Relationships>`,
    'xl/tables/table1.xml': `${XML}<table xmlns="${MAIN}" id="1" name="TH_overdue_1" displayName="TH_overdue_1" ref="A1:A3"><autoFilter ref="A1:A3"/><tableColumns count="1"><tableColumn id="1" name="cũ"/></tableColumns><tableStyleInfo name="TableStyleLight1" showFirstColumn="0" showLastColumn="0" showRowStripes="0" showColumnStripes="0"/></table>`,
    'xl/printerSettings/printerSettings1.bin': Buffer.from([0, 1, 2, 3, 4, 5, 6, 7]),
    'xl/worksheets/sheet3.xml': `${XML}<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="s"><v>4</v></c></row></sheetData></worksheet>`,
    'xl/calcChain.xml': `${XML}<calcChain xmlns="${MAIN}"><c r="A3" i="5"/></calcChain>`,
  };
  return writeZip(Object.entries(parts).map(([name, data]) => newEntry(name, Buffer.isBuffer(data) ? data : Buffer.from(data, 'utf8'))));
}

/** A list sheet with a date column and links, like the core's "Quá hạn". */
const LIST_SPEC: SheetSpec = {
  key: 'byLead', name: 'Quá hạn', title: [{ text: 'DANH SÁCH', style: 'heading' }], notes: ['Ghi chú & "chú thích" <1>'], linkColumn: 3,
  columns: [
    { key: 'stt', header: 'STT', width: 8, kind: 'int', wrap: false, align: 'center', total: 'label' },
    { key: 'task', header: 'Nhiệm vụ', width: 40, kind: 'text', wrap: true, align: 'left', total: 'count' },
    { key: 'due', header: 'Hạn hoàn thành', width: 12, kind: 'date', wrap: false, align: 'center', total: 'none' },
    { key: 'row', header: 'Dòng gốc', width: 10, kind: 'int', wrap: false, align: 'center', total: 'none' },
  ],
  blocks: [{ emptyText: '-', totals: ['Cộng', 2, null, null], rows: [
    { cells: [1, ' Việc A & B\nhai dòng ', '2026-03-31', 2], link: { sheet: 'Data', row: 2 } },
    { cells: [2, 'Việc <C>', '2026-12-01', 2], link: { sheet: "It's", row: 7 } },
  ] }],
};

describe('summary sheets spliced into the input package', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'annex-splice-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test("the input's parts are copied byte for byte (compressed bytes included); only the package's index parts change", async () => {
    for (const name of ['lang-son-par-2026', 'dak-lak-par-sipas-2026', 'lai-chau-par-sipas-2026']) {
      const input = samplePath(name);
      const out = join(dir, `${name}.xlsx`);
      await summarize(input, out);
      const a = readZip(await readFile(input));
      const b = byName(await readFile(out));
      for (const e of a) {
        const got = b.get(e.name);
        expect([name, e.name, got !== undefined]).toEqual([name, e.name, true]);
        if (EDITED.has(e.name.toLowerCase())) continue;
        expect([e.name, got?.crc, got?.method]).toEqual([e.name, e.crc, e.method]);
        expect(got?.raw.equals(e.raw)).toBe(true);
      }
      // The splice itself, not the exceljs fallback, handled the sample.
      const loaded = await loadWorkbook(input);
      if (!loaded.ok) throw new Error('unreadable');
      expect((await summaryWorkbook(input, loaded.wb, loaded.toolSheets, [LIST_SPEC])).route).toBe('spliced');
    }
  });

  test('a re-run leaves the package as the first run left it, apart from the new sheets themselves', async () => {
    const first = join(dir, 'ls.1.xlsx');
    const second = join(dir, 'ls.2.xlsx');
    await summarize(samplePath('lang-son-par-2026'), first);
    await summarize(first, second);
    const [a, b] = [byName(await readFile(first)), byName(await readFile(second))];
    expect([...b.keys()].length).toBe([...a.keys()].length);
    // Styles are not appended again: the formats the first run added are reused.
    expect(text(b, 'xl/styles.xml')).toBe(text(a, 'xl/styles.xml'));
    expect(text(b, 'xl/worksheets/sheet1.xml')).toBe(text(a, 'xl/worksheets/sheet1.xml'));
    const names = (x: Map<string, ZipEntry>) => elements(text(x, 'xl/workbook.xml'), 'sheet').map((e) => attrsOf(e.tag).get('name'));
    expect(names(b)).toEqual(names(a));
    expect(names(b)).toEqual(['Phụ lục I', ...SUMMARY_VI]);
  });

  test('an Excel-saved workbook with an add-in summary sheet: its parts, names and calc chain go; the rest follows', async () => {
    const input = join(dir, 'excel-like.xlsx');
    const pkg = excelLikePackage();
    await writeFile(input, pkg);
    const loaded = await loadWorkbook(input);
    if (!loaded.ok) throw new Error('unreadable');
    expect(loaded.toolSheets).toEqual(['Quá hạn']);
    const { data, sheets } = spliceSummary(pkg, loaded.toolSheets, [LIST_SPEC]);
    expect(sheets).toEqual(['Quá hạn']);

    const a = byName(pkg);
    const b = byName(data);
    for (const gone of ['xl/printerSettings/printerSettings1.bin', 'xl/calcChain.xml']) expect([gone, b.has(gone)]).toEqual([gone, false]);
    // The old sheet's names are free again and taken by the new sheet and its table.
    for (const reused of ['xl/worksheets/sheet2.xml', 'xl/worksheets/_rels/sheet2.xml.rels', 'xl/tables/table1.xml']) {
      expect([reused, b.get(reused)?.raw.equals((a.get(reused) as ZipEntry).raw)]).toEqual([reused, false]);
    }
    expect(text(b, 'xl/worksheets/_rels/sheet2.xml.rels')).not.toContain('printerSettings');
    expect(text(b, 'xl/worksheets/sheet2.xml')).toContain('DANH SÁCH');
    for (const kept of ['xl/worksheets/sheet1.xml', 'xl/worksheets/_rels/sheet1.xml.rels', 'xl/tables/table2.xml', 'xl/worksheets/sheet3.xml', 'xl/sharedStrings.xml', '_rels/.rels']) {
      expect([kept, b.get(kept)?.raw.equals((a.get(kept) as ZipEntry).raw)]).toEqual([kept, true]);
    }
    const types = text(b, '[Content_Types].xml');
    expect(types).not.toMatch(/calcChain|printerSettings1/);
    expect(types.match(/sheet2\.xml/g)).toHaveLength(1);
    expect(text(b, 'xl/_rels/workbook.xml.rels')).not.toMatch(/calcChain/);
    // Every part the content types name exists, and every new part has its content type.
    for (const o of elements(types, 'Override')) expect(b.has((attrsOf(o.tag).get('PartName') ?? '').slice(1))).toBe(true);
    for (const name of b.keys()) if (/\/(sheet|table)\d+\.xml$/.test(name)) expect(types).toContain(`PartName="/${name}"`);

    const wbXml = text(b, 'xl/workbook.xml');
    const names = elements(wbXml, 'definedName').map((e) => ({ ...Object.fromEntries(attrsOf(e.tag)), text: e.inner }));
    expect(names).toEqual([
      { name: '_xlnm.Print_Area', localSheetId: '1', text: 'Notes!$A$1:$B$2' },
      { name: 'MyName', text: 'Data!$A$1' },
      { name: '_xlnm.Print_Titles', localSheetId: '2', text: "'Quá hạn'!$3:$3" },
      { name: MARK_NAME, hidden: '1', text: "'Quá hạn'!$A$1" },
    ]);
    expect(attrsOf(elements(wbXml, 'workbookView')[0]?.tag ?? '').get('activeTab')).toBe('1');
    const sheetEls = elements(wbXml, 'sheet').map((e) => attrsOf(e.tag));
    expect(sheetEls.map((s) => s.get('name'))).toEqual(['Data', 'Notes', 'Quá hạn']);
    expect(sheetEls.map((s) => s.get('sheetId'))).toEqual(['1', '3', '6']);
    // Tables: ids and names unique in the workbook; ours steps aside from the user's "TH_byLead_1".
    const tables = [...b.keys()].filter((n) => n.startsWith('xl/tables/')).map((n) => attrsOf(elements(text(b, n), 'table')[0]?.tag ?? ''));
    expect(new Set(tables.map((t) => t.get('id'))).size).toBe(tables.length);
    expect(tables.map((t) => t.get('name')).sort()).toEqual(['TH_byLead_1', 'TH_byLead_1_2']);

    // exceljs reads it: values, 1904 dates, links, totals, the user's sheets.
    const wb = await open(data);
    const before = await open(pkg);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Data', 'Notes', 'Quá hạn']);
    expect(toolSheetNames(wb)).toEqual(['Quá hạn']);
    expect(wb.getWorksheet('Data')?.getCell('B2').value).toEqual(before.getWorksheet('Data')?.getCell('B2').value);
    expect(wb.getWorksheet('Notes')?.getCell('A1').value).toBe('ghi chú');
    const ws = wb.getWorksheet('Quá hạn') as ExcelJS.Worksheet;
    expect(ws.getCell('A3').value).toBe('STT');
    expect(ws.getCell('B4').value).toBe(' Việc A & B\nhai dòng ');
    expect(ws.getCell('B5').value).toBe('Việc <C>');
    expect(ws.getCell('C4').value).toEqual(new Date('2026-03-31T00:00:00Z'));
    expect(ws.getCell('C4').numFmt).toBe('dd/mm/yyyy');
    expect(ws.getCell('D5').value).toEqual({ formula: `HYPERLINK("#'It''s'!A7",7)`, result: 7 });
    expect(ws.getCell('A6').value).toBe('Cộng');
    expect(ws.getCell('B6').value).toEqual({ formula: 'SUBTOTAL(103,TH_byLead_1_2[Nhiệm vụ])', result: 2 });
    expect(ws.getCell('A8').value).toBe('Ghi chú & "chú thích" <1>');
    expect(ws.getCell('A8').font?.italic).toBe(true);
    expect(ws.getCell('A3').fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDE7F3' } });
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '3:3' });
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });

    // And once more on that output: nothing accumulates.
    const again = spliceSummary(data, ['Quá hạn'], [LIST_SPEC]);
    const c = byName(again.data);
    expect([...c.keys()].sort()).toEqual([...b.keys()].sort());
    expect(text(c, 'xl/styles.xml')).toBe(text(b, 'xl/styles.xml'));
  });

  test('a package the splice does not take (no styles part) goes through exceljs first', async () => {
    const entries = readZip(await readFile(samplePath('lai-chau-par-sipas-2026')));
    const edit = (e: ZipEntry) => {
      if (e.name !== 'xl/_rels/workbook.xml.rels') return e;
      return newEntry(e.name, Buffer.from(entryData(e).toString('utf8').replace(/<Relationship [^>]*relationships\/styles"[^>]*\/>/, ''), 'utf8'));
    };
    const input = join(dir, 'no-styles.xlsx');
    await writeFile(input, writeZip(entries.filter((e) => e.name !== 'xl/styles.xml').map(edit)));
    const loaded = await loadWorkbook(input);
    if (!loaded.ok) throw new Error('unreadable');
    const got = await summaryWorkbook(input, loaded.wb, loaded.toolSheets, [LIST_SPEC]);
    expect(got.route).toBe('rewritten');
    const wb = await open(got.data);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Biểu 1', 'Biểu 2', 'Quá hạn']);
    expect(wb.getWorksheet('Quá hạn')?.getCell('C4').value).toEqual(new Date('2026-03-31T00:00:00Z'));
  });
});
