/**
 * A summary sheet (SheetSpec) as SpreadsheetML, written directly: the worksheet part and its table parts, with cell
 * formats taken from the workbook's styles (XfSpec → index). Strings are inline, so sharedStrings.xml is not touched.
 * Layout: title lines merged across the table's width, one Excel table per block with a totals row, notes below;
 * frozen under the first header, header row repeated on printed pages, A4 landscape one page wide.
 */
import type { BlockSpec, ColumnSpec, SheetSpec, SpecValue, TitleLine } from '../core/summary/sheet-spec';
import { lineCount } from '../core/summary/sheet-spec';
import { escAttr, escText } from './xlsx-xml';
import type { XfSpec } from './splice';

const FONT = 'Times New Roman';
const LINE_HEIGHT = 16.5;
const HEADER_FILL = 'FFDDE7F3';
const TOTAL_FILL = 'FFF2F2F2';
const TAB_COLOR = 'FF2F5597';
const LINK_COLOR = 'FF0563C1';
const NUM_FMT: Record<ColumnSpec['kind'], string | undefined> = { text: undefined, int: '0', percent: '0%', date: 'dd/mm/yyyy' };

export interface SheetContext {
  /** The cellXfs index of a format. */
  xf(style: XfSpec): number;
  /** The workbook counts dates from 1904. */
  date1904: boolean;
}

export interface SheetXml {
  xml: string;
  /** Table parts, in the order of the sheet's `tablePart` ids rId1, rId2 …; each takes the table's workbook-wide id. */
  tables: ((id: number) => string)[];
  /** Rows printed on every page ("$7:$7"), when the sheet has a table. */
  printTitles?: string;
}

type Part = 'header' | 'body' | 'total' | 'link';
type FontSpec = Omit<XfSpec['font'], 'name'>;

const thin = { style: 'thin', color: 'FF808080' };
const box = { left: thin, right: thin, top: thin, bottom: thin };

const TITLE_FONT: Record<TitleLine['style'], FontSpec> = {
  heading: { size: 14, bold: true }, subheading: { size: 13, bold: true }, italic: { size: 12, italic: true }, plain: { size: 11 },
};

function styleOf(col: ColumnSpec, part: Part): XfSpec {
  const fmt = NUM_FMT[col.kind];
  return {
    font: part === 'link' ? { name: FONT, size: 12, underline: true, color: LINK_COLOR } : { name: FONT, size: 12, bold: part === 'header' || part === 'total' },
    border: part === 'total' ? { ...box, top: { style: 'double', color: 'FF404040' } } : box,
    alignment: {
      vertical: part === 'header' ? 'center' : 'top',
      horizontal: part === 'header' || col.align === 'center' ? 'center' : 'left',
      wrapText: part === 'header' || (part === 'body' && col.wrap),
    },
    ...(fmt && part !== 'header' ? { numFmt: fmt } : {}),
    ...(part === 'header' || part === 'total' ? { fill: part === 'header' ? HEADER_FILL : TOTAL_FILL } : {}),
  };
}

function colName(n: number): string {
  let s = '';
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

/** Line counts by column and text: list sheets repeat their sections, agencies and deadlines on many rows. */
type LineCache = Map<string, number>[];

function rowHeight(texts: readonly (string | null)[], columns: readonly ColumnSpec[], header: boolean, cache?: LineCache): number {
  let lines = 1;
  texts.forEach((t, i) => {
    const col = columns[i];
    if (!t || !col || !(header || col.wrap)) return;
    const seen = cache?.[i];
    let n = seen?.get(t);
    if (n === undefined) {
      n = lineCount(t, col.width, header ? 1.2 : 1.3);
      seen?.set(t, n);
    }
    lines = Math.max(lines, n);
  });
  return lines * LINE_HEIGHT + 2;
}

const quoteSheet = (name: string) => `'${name.replace(/'/g, "''")}'`;
const linkFormula = (link: { sheet: string; row: number }) => `HYPERLINK("#${quoteSheet(link.sheet).replace(/"/g, '""')}!A${link.row}",${link.row})`;
/** A column of a structured reference: `[`, `]`, `#` and `'` are escaped with `'`. */
const structuredColumn = (name: string) => name.replace(/[[\]#']/g, "'$&");

/** Excel's serial day number of an ISO date. */
function serial(iso: string, date1904: boolean): number {
  const t = Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
  return t / 86_400_000 + 25_569 - (date1904 ? 1462 : 0);
}

/** Builds `<c>` elements; numbers and strings, formulas with cached numbers, styled empties. */
class Cells {
  private readonly parts: string[] = [];
  private ref = 'A1';
  text(s: number, v: string): void {
    if (v === '') this.empty(s);
    else this.parts.push(`<c r="${this.ref}" s="${s}" t="inlineStr"><is><t${/^\s|\s$|[\t\n]/.test(v) ? ' xml:space="preserve"' : ''}>${escText(v)}</t></is></c>`);
  }
  num(s: number, v: number): void {
    if (Number.isFinite(v)) this.parts.push(`<c r="${this.ref}" s="${s}"><v>${v}</v></c>`);
    else this.empty(s);
  }
  formula(s: number, f: string, v: number | null): void {
    this.parts.push(`<c r="${this.ref}" s="${s}"><f>${escText(f)}</f>${v !== null && Number.isFinite(v) ? `<v>${v}</v>` : ''}</c>`);
  }
  empty(s: number): void {
    this.parts.push(`<c r="${this.ref}" s="${s}"/>`);
  }
  at(ref: string): this {
    this.ref = ref;
    return this;
  }
  take(): string {
    const out = this.parts.join('');
    this.parts.length = 0;
    return out;
  }
}

/** Lays out one SheetSpec. `tableName(i)` names the table of block i (unique in the workbook). */
export function summarySheetXml(spec: SheetSpec, ctx: SheetContext, tableName: (i: number) => string): SheetXml {
  const { columns } = spec;
  const span = columns.length;
  const cols = Array.from({ length: Math.max(1, span) }, (_x, j) => colName(j + 1));
  const lastCol = cols[cols.length - 1] as string;
  const totalWidth = columns.reduce((a, c) => a + c.width, 0);
  const rows: string[] = [];
  const merges: string[] = [];
  const tables: ((id: number) => string)[] = [];
  const cells = new Cells();
  const lineCache: LineCache = columns.map(() => new Map<string, number>());
  const row = (r: number, height: number, content: string) => rows.push(`<row r="${r}" ht="${height}" customHeight="1">${content}</row>`);

  const line = (r: number, text: string, font: FontSpec, align: 'center' | 'left') => {
    const s = ctx.xf({ font: { name: FONT, ...font }, alignment: { horizontal: align, vertical: 'center', wrapText: true } });
    cells.at(`A${r}`).text(s, text);
    for (let j = 1; j < span; j++) cells.at(`${cols[j] as string}${r}`).empty(s);
    if (span > 1) merges.push(`A${r}:${lastCol}${r}`);
    const size = font.size;
    row(r, lineCount(text, totalWidth / (size / 12)) * (size * 1.4) + 2, cells.take());
  };

  const table = (block: BlockSpec, top: number, name: string): number => {
    const last = top + block.rows.length + 1;
    const header = columns.map((c) => ctx.xf(styleOf(c, 'header')));
    const body = columns.map((c, j) => ctx.xf(styleOf(c, j === spec.linkColumn ? 'link' : 'body')));
    const total = columns.map((c) => ctx.xf(styleOf(c, 'total')));
    columns.forEach((c, j) => cells.at(`${cols[j] as string}${top}`).text(header[j] as number, c.header));
    row(top, rowHeight(columns.map((c) => c.header), columns, true), cells.take());
    block.rows.forEach((rs, i) => {
      const r = top + 1 + i;
      const texts: (string | null)[] = [];
      columns.forEach((c, j) => {
        const s = body[j] as number;
        const v = rs.cells[j] ?? null;
        texts.push(typeof v === 'string' ? v : null);
        cells.at(`${cols[j] as string}${r}`);
        const link = j === spec.linkColumn ? rs.link : undefined;
        if (link) cells.formula(s, linkFormula(link), link.row);
        else value(cells, s, v, c.kind);
      });
      row(r, rowHeight(texts, columns, false, lineCache), cells.take());
    });
    columns.forEach((c, j) => {
      const s = total[j] as number;
      const t = block.totals[j] ?? null;
      cells.at(`${cols[j] as string}${last}`);
      if (c.total === 'label') cells.text(s, String(t ?? ''));
      else if (c.total === 'sum' || c.total === 'count') {
        cells.formula(s, `SUBTOTAL(${c.total === 'sum' ? 109 : 103},${name}[${structuredColumn(c.header)}])`, typeof t === 'number' ? t : null);
      } else if (c.total === 'rate') value(cells, s, t, 'percent');
      else cells.empty(s);
    });
    row(last, LINE_HEIGHT + 2, cells.take());
    tables.push((id) => tableXml(id, name, `A${top}:${lastCol}${last}`, `A${top}:${lastCol}${last - 1}`, columns, block));
    return last;
  };

  let r = 1;
  for (const t of spec.title) line(r++, t.text, TITLE_FONT[t.style], 'center');
  let firstHeader: number | undefined;
  spec.blocks.forEach((block, i) => {
    r++;
    if (block.caption) line(r++, block.caption, { size: 12, bold: true }, 'left');
    if (block.rows.length === 0) {
      line(r++, block.emptyText, { size: 12, italic: true }, 'left');
      return;
    }
    firstHeader ??= r;
    r = table(block, r, tableName(i)) + 1;
  });
  if (spec.notes.length) r++;
  for (const note of spec.notes) line(r++, note, { size: 11, italic: true }, 'left');
  const lastRow = Math.max(1, r - 1);

  function value(c: Cells, s: number, v: SpecValue, kind: ColumnSpec['kind']): void {
    if (v === null) c.empty(s);
    else if (kind === 'date' && typeof v === 'string') c.num(s, serial(v, ctx.date1904));
    else if (typeof v === 'number') c.num(s, v);
    else c.text(s, v);
  }

  const pane = firstHeader === undefined ? '' : `<pane ySplit="${firstHeader}" topLeftCell="A${firstHeader + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A${firstHeader + 1}" sqref="A${firstHeader + 1}"/>`;
  const xml = [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">',
    `<sheetPr><tabColor rgb="${TAB_COLOR}"/><pageSetUpPr fitToPage="1"/></sheetPr>`,
    `<dimension ref="A1:${lastCol}${lastRow}"/>`,
    `<sheetViews><sheetView showGridLines="0" workbookViewId="0">${pane}</sheetView></sheetViews>`,
    '<sheetFormatPr defaultRowHeight="15"/>',
    `<cols>${columns.map((c, j) => `<col min="${j + 1}" max="${j + 1}" width="${c.width}" customWidth="1"/>`).join('')}</cols>`,
    `<sheetData>${rows.join('')}</sheetData>`,
    merges.length ? `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>` : '',
    '<printOptions horizontalCentered="1"/>',
    '<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>',
    '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>',
    `<headerFooter><oddFooter>${escText(`&C&"${FONT}"&10&P/&N`)}</oddFooter></headerFooter>`,
    tables.length ? `<tableParts count="${tables.length}">${tables.map((_t, i) => `<tablePart r:id="rId${i + 1}"/>`).join('')}</tableParts>` : '',
    '</worksheet>',
  ].join('');
  return { xml, tables, ...(firstHeader === undefined ? {} : { printTitles: `$${firstHeader}:$${firstHeader}` }) };
}

function tableXml(id: number, name: string, ref: string, filterRef: string, columns: readonly ColumnSpec[], block: BlockSpec): string {
  const cols = columns.map((c, j) => {
    const t = block.totals[j] ?? null;
    const total = c.total === 'label' ? ` totalsRowLabel="${escAttr(String(t ?? ''))}"` : ` totalsRowFunction="${c.total === 'sum' || c.total === 'count' ? c.total : 'none'}"`;
    return `<tableColumn id="${j + 1}" name="${escAttr(c.header)}"${total}/>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
    `<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="${id}" name="${escAttr(name)}" displayName="${escAttr(name)}" ref="${ref}" totalsRowCount="1">`,
    `<autoFilter ref="${filterRef}">${columns.map((_c, j) => `<filterColumn colId="${j}" hiddenButton="1"/>`).join('')}</autoFilter>`,
    `<tableColumns count="${columns.length}">${cols.join('')}</tableColumns>`,
    '<tableStyleInfo name="TableStyleLight1" showFirstColumn="0" showLastColumn="0" showRowStripes="0" showColumnStripes="0"/>',
    '</table>',
  ].join('');
}
