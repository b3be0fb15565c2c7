import type { Grid } from '../grid';
import { cellText } from './cell-text';

const NONE: readonly string[] = [];

/**
 * Each row's cells as cleaned display text ('' for blank), computed on first use and shared by every row signal:
 * header matching, table finding and row classification all read the same rows.
 */
export class RowTexts {
  private readonly rows: (readonly string[] | undefined)[] = [];

  constructor(private readonly grid: Grid) {}

  of(r: number): readonly string[] {
    let texts = this.rows[r];
    if (texts === undefined) {
      const row = this.grid.values[r];
      if (row) {
        const dense = new Array<string>(row.length);
        for (let c = 0; c < row.length; c++) dense[c] = cellText(row[c]);
        texts = dense;
      } else texts = NONE;
      this.rows[r] = texts;
    }
    return texts;
  }

  at(r: number, c: number): string {
    return this.of(r)[c] ?? '';
  }

  isBlank(r: number): boolean {
    return allBlank(this.of(r));
  }
}

export function allBlank(texts: readonly string[]): boolean {
  for (let c = 0; c < texts.length; c++) if (texts[c] !== '') return false;
  return true;
}
