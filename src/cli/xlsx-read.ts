/**
 * .xlsx → Grid[] for the `annex` command line, through exceljs. The file is sniffed first so that a
 * user's wrong file (.xls, encrypted, not a ZIP) gets its own reason; exceljs failures after that are
 * reported as `corrupt`. Never throws for a user's file.
 */
import ExcelJS from 'exceljs';
import type { CellValue, Grid, MergeArea } from '../core/grid';
import { toolSheetNames } from './tool-sheets';
import { sniffFile, type ReadFailure } from './xlsx-sniff';

export type { ReadFailure } from './xlsx-sniff';
export type ReadResult = { ok: true; grids: Grid[] } | { ok: false; failure: ReadFailure };
export type LoadResult = { ok: true; wb: ExcelJS.Workbook; grids: Grid[]; toolSheets: string[] } | { ok: false; failure: ReadFailure };

/** exceljs keeps merges per worksheet in `_merges` (1-based Range objects); `model.merges` would serialise every row. */
type ExcelRange = { top: number; left: number; bottom: number; right: number };
type WithMerges = { _merges?: Record<string, ExcelRange> };

const MERGE_SLAVE = ExcelJS.ValueType.Merge;

function richText(v: { richText: { text: string }[] }): string {
  return v.richText.map((r) => r.text).join('');
}

/** exceljs cell value → the core's CellValue. Formulas give their cached result. */
export function toCellValue(v: ExcelJS.CellValue | undefined): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if (typeof v !== 'object') return null;
  if ('error' in v) return { error: String(v.error) };
  if ('richText' in v) return richText(v);
  if ('formula' in v || 'sharedFormula' in v) return toCellValue((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  if ('text' in v) return typeof v.text === 'string' ? v.text : richText(v.text as { richText: { text: string }[] });
  return null;
}

function mergesOf(ws: ExcelJS.Worksheet): MergeArea[] {
  const out: MergeArea[] = [];
  for (const m of Object.values((ws as unknown as WithMerges)._merges ?? {})) {
    out.push({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 });
  }
  return out;
}

export function worksheetToGrid(ws: ExcelJS.Worksheet): Grid {
  const values: CellValue[][] = [];
  const numberFormats: (string | undefined)[][] = [];
  const hiddenRows: number[] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const r = rowNumber - 1;
    if (row.hidden) hiddenRows.push(r);
    const vals: CellValue[] = [];
    const fmts: (string | undefined)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.type === MERGE_SLAVE) return;
      const v = toCellValue(cell.value);
      vals[colNumber - 1] = v;
      // Only numbers and dates need their format (a date serial, a percentage, "mmm-yy"); a lookup costs a style read.
      if (typeof v !== 'number' && !(v instanceof Date)) return;
      const fmt = cell.numFmt;
      if (fmt) fmts[colNumber - 1] = fmt;
    });
    for (let c = 0; c < vals.length; c++) vals[c] ??= null;
    values[r] = vals;
    if (fmts.length > 0) numberFormats[r] = fmts;
  });
  for (let r = 0; r < values.length; r++) values[r] ??= [];
  for (let r = 0; r < numberFormats.length; r++) numberFormats[r] ??= [];
  return { sheet: ws.name, values, numberFormats, merges: mergesOf(ws), hiddenRows };
}

function describe(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split('\n')[0]?.slice(0, 160) ?? '';
}

/** Reads the workbook once: the grids of the user's sheets (summary sheets this tool wrote are left out) and the workbook itself. */
export async function loadWorkbook(path: string): Promise<LoadResult> {
  const sniff = await sniffFile(path);
  if (!sniff.ok) return sniff;
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(path);
  } catch (e) {
    return { ok: false, failure: { reason: 'corrupt', detail: describe(e) } };
  }
  if (wb.worksheets.length === 0) return { ok: false, failure: { reason: 'not-xlsx', detail: 'no worksheet' } };
  const toolSheets = toolSheetNames(wb);
  const grids = wb.worksheets.filter((ws) => !toolSheets.includes(ws.name)).map(worksheetToGrid);
  return { ok: true, wb, grids, toolSheets };
}

/** Reads every user worksheet of an .xlsx, in workbook order. */
export async function readWorkbookGrids(path: string): Promise<ReadResult> {
  const loaded = await loadWorkbook(path);
  return loaded.ok ? { ok: true, grids: loaded.grids } : loaded;
}
