/**
 * A worksheet as any adapter (exceljs, Office.js, a test) hands it to the core.
 * Rows and columns are 0-based here; reports convert to Excel's 1-based rows and column letters.
 */
export type FormulaError = { error: string };
export type CellValue = string | number | boolean | Date | FormulaError | null;

/** Inclusive, 0-based. */
export interface MergeArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Grid {
  sheet: string;
  /** values[r][c]; rows may be shorter than the widest row. */
  values: CellValue[][];
  /** numberFormats[r][c], same shape as values where known; only date detection needs it. */
  numberFormats?: (string | null | undefined)[][];
  merges: MergeArea[];
  hiddenRows?: number[];
}

export function isFormulaError(v: CellValue | undefined): v is FormulaError {
  return typeof v === 'object' && v !== null && !(v instanceof Date) && 'error' in v;
}

const ERROR_TEXT = /^#(?:REF!|VALUE!|N\/A|DIV\/0!|NAME\?|NUM!|NULL!|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|GETTING_DATA)$/i;

/** Text that is only a formula error ("#N/A"), as adapters that read displayed text hand it over. */
export function isErrorText(text: string): boolean {
  return text.charCodeAt(0) === 35 && ERROR_TEXT.test(text);
}

export function gridWidth(grid: Grid): number {
  let w = 0;
  const rows = grid.values;
  for (let r = 0; r < rows.length; r++) w = Math.max(w, rows[r]?.length ?? 0);
  return w;
}

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnIndex(letter: string): number {
  let n = 0;
  for (const ch of letter.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}
