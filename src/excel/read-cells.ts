/**
 * Office.js cell data → the engine's Grid. Office gives "" for empty cells, serial numbers for dates (with a date
 * number format) and error texts ("#N/A"); the engine wants null, Date objects (as exceljs gives the CLI) and
 * { error }. Validation reads only: nothing here writes to the workbook.
 */
import { isDateFormat } from '../core/deadline/dates';
import type { CellValue, Grid, MergeArea } from '../core/grid';

const ERROR_RE = /^#(?:NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|BUSY!|CONNECT!|UNKNOWN!|PYTHON!|EXTERNAL!)$/;

/** 1900 date system, as exceljs converts: serial days since 1899-12-30, UTC, to the millisecond. */
export function serialToDate(serial: number): Date {
  return new Date(Math.round((serial - 25569) * 86400000));
}

export function officeToCell(v: unknown, format: unknown): CellValue {
  if (v === '' || v === null || v === undefined) return null;
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return null;
    return typeof format === 'string' && v > 0 && isDateFormat(format) ? serialToDate(v) : v;
  }
  if (typeof v === 'boolean') return v;
  if (typeof v === 'string') return ERROR_RE.test(v) ? { error: v } : v;
  return null;
}

/** Collects the blocks, merges and hidden rows of one sheet into a Grid. */
export class GridBuilder {
  private readonly values: CellValue[][] = [];
  private readonly formats: (string | undefined)[][] = [];
  private readonly merges = new Map<string, MergeArea>();
  private readonly hidden = new Set<number>();

  constructor(readonly sheet: string) {}

  /** A block read at 0-based (top, left): values and number formats of the same shape. */
  addBlock(top: number, left: number, values: readonly unknown[][], formats: readonly unknown[][] | undefined): void {
    values.forEach((src, i) => {
      const r = top + i;
      const row: CellValue[] = [];
      const fmts: (string | undefined)[] = [];
      src.forEach((v, j) => {
        const f = formats?.[i]?.[j];
        const cell = officeToCell(v, f);
        if (cell !== null) row[left + j] = cell;
        if (typeof f === 'string' && f !== 'General' && f !== '') fmts[left + j] = f;
      });
      this.values[r] = Array.from(row, (x) => x ?? null);
      if (fmts.length) this.formats[r] = Array.from(fmts);
    });
  }

  addMerges(areas: readonly MergeArea[]): void {
    for (const a of areas) {
      if (a.top === a.bottom && a.left === a.right) continue;
      this.merges.set(`${a.top},${a.left},${a.bottom},${a.right}`, a);
    }
  }

  addHidden(rows: Iterable<number>): void {
    for (const r of rows) this.hidden.add(r);
  }

  build(): Grid {
    let last = this.values.length - 1;
    while (last >= 0 && !(this.values[last]?.length)) last--;
    const values: CellValue[][] = [];
    for (let r = 0; r <= last; r++) values.push(this.values[r] ?? []);
    const numberFormats: (string | undefined)[][] = [];
    for (let r = 0; r < Math.min(this.formats.length, last + 1); r++) numberFormats.push(this.formats[r] ?? []);
    const merges = [...this.merges.values()].sort((a, b) => a.top - b.top || a.left - b.left);
    const hiddenRows = [...this.hidden].sort((a, b) => a - b);
    return { sheet: this.sheet, values, numberFormats, merges, hiddenRows };
  }
}

/** Rows of [top, top+rows) that no visible area covers. */
export function hiddenFromVisible(top: number, rows: number, visible: readonly MergeArea[]): number[] {
  const shown = new Uint8Array(rows);
  for (const a of visible) for (let r = Math.max(a.top, top); r <= Math.min(a.bottom, top + rows - 1); r++) shown[r - top] = 1;
  const out: number[] = [];
  shown.forEach((s, i) => s || out.push(top + i));
  return out;
}
