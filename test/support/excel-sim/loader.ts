/** Builds a simulated workbook from plain sheet descriptions (e.g. grids read from sample .xlsx files). */
import { type Area, colIndex, parseLocal } from './address';
import { SimError } from './errors';
import type { SimCell, SimFill } from './model';
import { SimWorkbook } from './workbook-model';

/** A cell as the engine's Grid holds it; `{ date }` is a Date sent through JSON (ISO text), e.g. into a browser page. */
export type SimCellInput = string | number | boolean | Date | { error: string } | { date: string } | null | undefined;

export interface SimSheetInput {
  name: string;
  /** values[r][c], 0-based, as the engine's Grid holds them. Dates become serial numbers with a date format. */
  values: SimCellInput[][];
  numberFormats?: (string | null | undefined)[][];
  /** "A1:F1" or 0-based inclusive areas. */
  merges?: (string | Area)[];
  /** 0-based row indexes. */
  hiddenRows?: number[];
  /** A user's own fills by address: "C5" → "#FFFF00" or a full fill. */
  fills?: Record<string, string | SimFill>;
  visibility?: 'Visible' | 'Hidden' | 'VeryHidden';
}

export interface SimWorkbookOptions {
  name?: string;
  /** Sheet made active (default: the first visible one). */
  activeSheet?: string;
}

const DEFAULT_DATE_FORMAT = 'dd/mm/yyyy';

/** exceljs and Office.js share the 1900 date system: serial = days since 1899-12-30 (UTC). */
export function dateToSerial(d: Date): number {
  return d.getTime() / 86400000 + 25569;
}

function toCell(v: SimCellInput, fmt: string | null | undefined): SimCell | undefined {
  if (v === null || v === undefined || v === '') return fmt ? { value: '', numberFormat: fmt } : undefined;
  if (v instanceof Date) return { value: dateToSerial(v), numberFormat: fmt ?? DEFAULT_DATE_FORMAT };
  if (typeof v === 'object' && 'date' in v) return { value: dateToSerial(new Date(v.date)), numberFormat: fmt ?? DEFAULT_DATE_FORMAT };
  if (typeof v === 'object') return { value: v.error, error: true, ...(fmt ? { numberFormat: fmt } : {}) };
  return { value: v, ...(fmt ? { numberFormat: fmt } : {}) };
}

function cellAddress(a: string): [number, number] {
  const m = /^([A-Z]+)(\d+)$/.exec(a);
  if (!m) throw new SimError('InvalidArgument', `bad cell ${a}`);
  return [Number(m[2]) - 1, colIndex(m[1] as string)];
}

export function simWorkbookFromSheets(sheets: readonly SimSheetInput[], opts: SimWorkbookOptions = {}): SimWorkbook {
  const wb = new SimWorkbook();
  if (opts.name) {
    wb.name = opts.name;
    wb.url = `https://example.invalid/${encodeURIComponent(opts.name)}`;
  }
  for (const input of sheets) {
    const sheet = wb.addSheet(input.name);
    const rows = Math.max(input.values.length, input.numberFormats?.length ?? 0);
    for (let r = 0; r < rows; r++) {
      const vals = input.values[r] ?? [];
      const fmts = input.numberFormats?.[r] ?? [];
      for (let c = 0; c < Math.max(vals.length, fmts.length); c++) {
        const cell = toCell(vals[c], fmts[c]);
        if (cell) sheet.rows.set(r, (sheet.rows.get(r) ?? new Map()).set(c, cell));
      }
    }
    for (const m of input.merges ?? []) sheet.merges.push(typeof m === 'string' ? parseLocal(m) : { ...m });
    for (const r of input.hiddenRows ?? []) sheet.hiddenRows.add(r);
    for (const [addr, fill] of Object.entries(input.fills ?? {})) {
      const [r, c] = cellAddress(addr);
      sheet.touch(r, c).fill = typeof fill === 'string' ? { color: fill.toUpperCase(), pattern: 'Solid' } : { ...fill };
    }
    if (input.visibility) sheet.visibility = input.visibility;
  }
  const active = opts.activeSheet ? wb.findSheet(opts.activeSheet) : wb.sheets.find((s) => s.visibility === 'Visible');
  if (active) {
    wb.activeSheetId = active.id;
    wb.selection = { sheetId: active.id, area: { top: 0, left: 0, bottom: 0, right: 0 } };
  }
  return wb;
}

/** Grid-shaped sheets (merges as 0-based areas) straight from the engine's reader. */
export function simSheetsFromGrids(
  grids: readonly { sheet: string; values: SimCellInput[][]; numberFormats?: (string | null | undefined)[][]; merges: Area[]; hiddenRows?: number[] }[],
): SimSheetInput[] {
  return grids.map((g) => ({
    name: g.sheet,
    values: g.values,
    ...(g.numberFormats ? { numberFormats: g.numberFormats } : {}),
    merges: g.merges,
    ...(g.hiddenRows ? { hiddenRows: g.hiddenRows } : {}),
  }));
}

/** Sheets ready for JSON (dates as `{ date: ISO }`), to hand a workbook to a page that builds its simulator. */
export function transportable(sheets: readonly SimSheetInput[]): SimSheetInput[] {
  return sheets.map((s) => ({ ...s, values: s.values.map((row) => Array.from(row, (v) => (v instanceof Date ? { date: v.toISOString() } : (v ?? null)))) }));
}
