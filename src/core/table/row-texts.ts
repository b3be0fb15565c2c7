import type { Grid } from '../grid';
import { cellText } from './cell-text';
import { type Ordinal, parseOrdinal } from './numbering';

const NONE: readonly string[] = [];

/**
 * Each row's cells as cleaned display text ('' for blank), computed on first use and shared by every row signal:
 * header matching, table finding and row classification all read the same rows.
 */
export class RowTexts {
  private readonly rows: (readonly string[] | undefined)[] = [];
  /** Ordinals of one column (the STT column being read), by row. */
  private ordinals: (Ordinal | null | undefined)[] = [];
  private ordinalColumn = -1;

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

  /** parseOrdinal of a cell, kept per row: table finding, header probing and classification all ask. */
  ordinalAt(r: number, c: number): Ordinal | null {
    if (c !== this.ordinalColumn) [this.ordinals, this.ordinalColumn] = [[], c];
    let o = this.ordinals[r];
    if (o === undefined) {
      o = parseOrdinal(this.at(r, c));
      this.ordinals[r] = o;
    }
    return o;
  }

  isBlank(r: number): boolean {
    return allBlank(this.of(r));
  }
}

export function allBlank(texts: readonly string[]): boolean {
  for (let c = 0; c < texts.length; c++) if (texts[c] !== '') return false;
  return true;
}
