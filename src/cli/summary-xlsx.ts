/**
 * The summary workbook through exceljs: the input's sheets as read, plus the summary sheets laid out by the core
 * (SheetSpec). Sheets this tool wrote are listed in a hidden workbook name, so a re-run replaces them and nothing else.
 */
import ExcelJS from 'exceljs';
import type { BlockSpec, ColumnSpec, SheetSpec, SpecValue, TitleLine } from '../core/summary/sheet-spec';
import { freeSheetName, lineCount } from '../core/summary/sheet-spec';
import { MARK_NAME, toolSheetNames } from './tool-sheets';

export { MARK_NAME, toolSheetNames };
export { loadWorkbook, type LoadResult } from './xlsx-read';

const FONT = 'Times New Roman';
const LINE_HEIGHT = 16.5;
const HEADER_FILL = 'FFDDE7F3';
const TOTAL_FILL = 'FFF2F2F2';
const NUM_FMT: Record<ColumnSpec['kind'], string | undefined> = { text: undefined, int: '0', percent: '0%', date: 'dd/mm/yyyy' };


type NameXform = { prototype: { render(xml: { openNode(n: string, a: object): void; writeText(t: string): void; closeNode(): void }, m: { name: string; localSheetId?: number; ranges: string[] }): void } };
let hidingPatched = false;
/** exceljs writes defined names without `hidden`; the mark name gets it so it stays out of the Name Manager. */
function hideMarkName(): void {
  if (hidingPatched) return;
  hidingPatched = true;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const X = require('exceljs/lib/xlsx/xform/book/defined-name-xform') as NameXform;
    const render = X.prototype.render;
    X.prototype.render = function patched(xml, model) {
      if (model.name !== MARK_NAME) return render.call(this, xml, model);
      xml.openNode('definedName', { name: model.name, hidden: '1' });
      xml.writeText(model.ranges.join(','));
      xml.closeNode();
    };
  } catch {
    // Another exceljs layout: the name stays visible, which is harmless.
  }
}

const quoteSheet = (name: string) => `'${name.replace(/'/g, "''")}'`;
function excelValue(v: SpecValue, kind: ColumnSpec['kind']): ExcelJS.CellValue {
  if (v === null) return null;
  if (kind === 'date' && typeof v === 'string') return new Date(Date.UTC(Number(v.slice(0, 4)), Number(v.slice(5, 7)) - 1, Number(v.slice(8, 10))));
  return v;
}

const thin: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF808080' } };
const box: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };

type Part = 'header' | 'body' | 'total' | 'link';
const STYLES = new Map<string, Partial<ExcelJS.Style>>();

/**
 * One style object per column kind and part, shared by all such cells: exceljs caches a style's index per object,
 * so shared objects keep writing a 10,000-row list fast. Never mutate a cell's font or fill afterwards.
 */
function styleOf(col: ColumnSpec, part: Part): Partial<ExcelJS.Style> {
  const key = `${col.kind}|${col.align}|${col.wrap}|${part}`;
  const cached = STYLES.get(key);
  if (cached) return cached;
  const fmt = NUM_FMT[col.kind];
  const style: Partial<ExcelJS.Style> = {
    font: part === 'link' ? { name: FONT, size: 12, color: { argb: 'FF0563C1' }, underline: true } : { name: FONT, size: 12, bold: part === 'header' || part === 'total' },
    border: part === 'total' ? { ...box, top: { style: 'double', color: { argb: 'FF404040' } } } : box,
    alignment: {
      vertical: part === 'header' ? 'middle' : 'top',
      horizontal: part === 'header' || col.align === 'center' ? 'center' : 'left',
      wrapText: part === 'header' || (part === 'body' && col.wrap),
    },
    ...(fmt && part !== 'header' ? { numFmt: fmt } : {}),
    ...(part === 'header' || part === 'total' ? { fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: part === 'header' ? HEADER_FILL : TOTAL_FILL } } as ExcelJS.Fill } : {}),
  };
  STYLES.set(key, style);
  return style;
}

function rowHeight(texts: readonly (string | null)[], columns: readonly ColumnSpec[], header: boolean): number {
  let lines = 1;
  texts.forEach((t, i) => {
    const col = columns[i];
    if (t && col && (header || col.wrap)) lines = Math.max(lines, lineCount(t, col.width, header ? 1.2 : 1.3));
  });
  return lines * LINE_HEIGHT + 2;
}

function writeLine(ws: ExcelJS.Worksheet, r: number, text: string, span: number, totalWidth: number, font: Partial<ExcelJS.Font>, align: 'center' | 'left'): void {
  ws.mergeCells(r, 1, r, span);
  const cell = ws.getCell(r, 1);
  cell.value = text;
  cell.font = { name: FONT, ...font };
  cell.alignment = { horizontal: align, vertical: 'middle', wrapText: true };
  ws.getRow(r).height = lineCount(text, totalWidth / ((font.size ?? 12) / 12)) * ((font.size ?? 12) * 1.4) + 2;
}

const TITLE_FONT: Record<TitleLine['style'], Partial<ExcelJS.Font>> = {
  heading: { size: 14, bold: true }, subheading: { size: 13, bold: true }, italic: { size: 12, italic: true }, plain: { size: 11 },
};

function linkFormula(link: { sheet: string; row: number }): string {
  return `HYPERLINK("#${quoteSheet(link.sheet).replace(/"/g, '""')}!A${link.row}",${link.row})`;
}

function writeTable(ws: ExcelJS.Worksheet, spec: SheetSpec, block: BlockSpec, top: number, tableName: string): number {
  const { columns } = spec;
  const rows = block.rows.map((r) => r.cells.map((v, j) => {
    const link = j === spec.linkColumn ? r.link : undefined;
    return link ? { formula: linkFormula(link), result: link.row } : excelValue(v, columns[j]?.kind ?? 'text');
  }));
  ws.addTable({
    name: tableName, ref: `A${top}`, headerRow: true, totalsRow: true,
    style: { theme: 'TableStyleLight1', showRowStripes: false },
    columns: columns.map((c, j) => {
      const total = block.totals[j] ?? null;
      if (c.total === 'label') return { name: c.header, totalsRowLabel: String(total ?? '') };
      const fn = c.total === 'sum' ? 'sum' : c.total === 'count' ? 'count' : 'none';
      return fn === 'none' ? { name: c.header, totalsRowFunction: 'none' } : { name: c.header, totalsRowFunction: fn, totalsRowResult: total as number };
    }),
    rows,
  });
  const last = top + rows.length + 1;
  columns.forEach((c, j) => {
    ws.getCell(top, j + 1).style = styleOf(c, 'header');
    const body = styleOf(c, j === spec.linkColumn ? 'link' : 'body');
    for (let r = top + 1; r < last; r++) ws.getCell(r, j + 1).style = body;
    ws.getCell(last, j + 1).style = styleOf(c, 'total');
  });
  // The rate of the totals row is written as a value: a formula under totalsRowFunction "none" is not standard.
  const rateCol = columns.findIndex((c) => c.total === 'rate');
  if (rateCol >= 0) ws.getCell(last, rateCol + 1).value = excelValue(block.totals[rateCol] ?? null, 'percent');
  ws.getRow(top).height = rowHeight(columns.map((c) => c.header), columns, true);
  block.rows.forEach((row, i) => (ws.getRow(top + 1 + i).height = rowHeight(row.cells.map((v) => (typeof v === 'string' ? v : null)), columns, false)));
  ws.getRow(last).height = LINE_HEIGHT + 2;
  return last;
}

/** Lays out one SheetSpec on a new worksheet; returns it. */
function writeSheet(wb: ExcelJS.Workbook, spec: SheetSpec, name: string, tableName: (i: number) => string): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, { properties: { tabColor: { argb: 'FF2F5597' } } });
  const span = spec.columns.length;
  const totalWidth = spec.columns.reduce((a, c) => a + c.width, 0);
  // exceljs drops a width of exactly 9 (its default) from the file, which Excel then shows as 8.43.
  spec.columns.forEach((c, j) => (ws.getColumn(j + 1).width = c.width === 9 ? 9.01 : c.width));
  let r = 1;
  for (const line of spec.title) writeLine(ws, r++, line.text, span, totalWidth, TITLE_FONT[line.style], 'center');
  let firstHeader: number | undefined;
  spec.blocks.forEach((block, i) => {
    r++;
    if (block.caption) writeLine(ws, r++, block.caption, span, totalWidth, { size: 12, bold: true }, 'left');
    if (block.rows.length === 0) {
      writeLine(ws, r++, block.emptyText, span, totalWidth, { size: 12, italic: true }, 'left');
      return;
    }
    firstHeader ??= r;
    r = writeTable(ws, spec, block, r, tableName(i)) + 1;
  });
  if (spec.notes.length) r++;
  for (const note of spec.notes) writeLine(ws, r++, note, span, totalWidth, { size: 11, italic: true }, 'left');
  ws.views = [{ state: 'frozen', xSplit: 0, ySplit: firstHeader ?? 0, showGridLines: false }];
  ws.pageSetup = {
    paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, horizontalCentered: true,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    ...(firstHeader === undefined ? {} : { printTitlesRow: `${firstHeader}:${firstHeader}` }),
  };
  ws.headerFooter = { oddFooter: '&C&"Times New Roman"&10&P/&N' };
  return ws;
}

function tableNames(wb: ExcelJS.Workbook): Set<string> {
  const names = new Set<string>();
  for (const ws of wb.worksheets) for (const t of ws.getTables()) names.add(String((t as unknown as { name?: string }).name ?? (t as unknown as { table?: { name?: string } }).table?.name ?? '').toLowerCase());
  return names;
}

/**
 * Removes the sheets an earlier run wrote, adds `specs` (names made unique against the user's sheets) and marks them.
 * Returns the names written, in order.
 */
export function putSummarySheets(wb: ExcelJS.Workbook, specs: readonly SheetSpec[]): string[] {
  for (const name of toolSheetNames(wb)) {
    const ws = wb.getWorksheet(name);
    if (ws) wb.removeWorksheet(ws.id);
  }
  const taken = new Set(wb.worksheets.map((ws) => ws.name));
  const usedTables = tableNames(wb);
  const written: string[] = [];
  for (const spec of specs) {
    const name = freeSheetName(spec.name, taken);
    taken.add(name);
    const tableName = (i: number) => {
      let n = `TH_${spec.key}_${i + 1}`;
      for (let k = 2; usedTables.has(n.toLowerCase()); k++) n = `TH_${spec.key}_${i + 1}_${k}`;
      usedTables.add(n.toLowerCase());
      return n;
    };
    writeSheet(wb, spec, name, tableName);
    written.push(name);
  }
  wb.definedNames.model = [
    ...wb.definedNames.model.filter((n) => n.name !== MARK_NAME),
    { name: MARK_NAME, ranges: written.map((n) => `${quoteSheet(n)}!$A$1`) },
  ];
  return written;
}

export async function writeWorkbook(wb: ExcelJS.Workbook, path: string): Promise<void> {
  hideMarkName();
  // exceljs reads a missing firstPageNumber as 1 and would write useFirstPageNumber="1": keep automatic numbering.
  for (const ws of wb.worksheets) {
    const setup = ws.pageSetup as Partial<ExcelJS.PageSetup> & { useFirstPageNumber?: boolean };
    if (setup.useFirstPageNumber === false) delete setup.firstPageNumber;
  }
  await wb.xlsx.writeFile(path);
}
