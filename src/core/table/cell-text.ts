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


export function isBlank(v: CellValue | undefined): boolean {
  if (v === null || v === undefined) return true;
  if (typeof v !== 'string') return false;
  // Most cells start with a printable Latin or Vietnamese letter: no need to trim them.
  const c0 = v.charCodeAt(0);
  if ((c0 > 32 && c0 < 160) || (c0 > 160 && c0 < 0x1680)) return false;
  return v.trim().length === 0;
}
