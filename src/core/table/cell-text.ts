import { type CellValue, isFormulaError } from '../grid';
import { cleanText } from '../text/normalize';

/** Display text of a cell for matching and joining. Dates as dd/mm/yyyy (UTC), errors as their code. */
export function cellText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v.length === 0 ? '' : cleanText(v);
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) {
    const d = String(v.getUTCDate()).padStart(2, '0');
    const m = String(v.getUTCMonth() + 1).padStart(2, '0');
    return `${d}/${m}/${v.getUTCFullYear()}`;
  }
  if (isFormulaError(v)) return v.error;
  return '';
}

/** cellText of row[c]. */
export function textAt(row: readonly CellValue[] | undefined, c: number): string {
  return row ? cellText(row[c]) : '';
}

export function isBlank(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim().length === 0);
}
