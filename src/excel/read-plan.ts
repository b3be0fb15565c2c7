/**
 * Splits used ranges into row blocks so that no request exceeds Excel on the web's 5 MB payload limit. The first
 * batch is sized with a conservative bytes-per-cell guess; later batches with what the earlier ones measured
 * (times a safety factor). Pure: no Office.js here.
 */

/** Aim for 4 MB per request: a 20% margin under the 5 MB limit. */
export const REQUEST_BUDGET_BYTES = 4_000_000;
/** Before anything was measured: long Vietnamese text with JSON escapes, plus its number format. */
export const FIRST_BYTES_PER_CELL = 256;
export const SAFETY_FACTOR = 1.5;
export const MIN_BYTES_PER_CELL = 16;

export interface Extent {
  /** Caller's index of the sheet. */
  key: number;
  /** 0-based first row and column of the used range. */
  top: number;
  left: number;
  rows: number;
  columns: number;
  /** Extra request bytes per row (row-visibility probes on old hosts). */
  perRowExtra: number;
}

export interface Block {
  key: number;
  top: number;
  rows: number;
  left: number;
  columns: number;
}

export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

export class BlockPlanner {
  private readonly next = new Map<number, number>();
  private measuredBytes = 0;
  private measuredCells = 0;
  private multiplier = 1;
  readonly totalRows: number;

  constructor(private readonly extents: readonly Extent[], private readonly budget = REQUEST_BUDGET_BYTES) {
    for (const e of extents) this.next.set(e.key, e.top);
    this.totalRows = extents.reduce((n, e) => n + e.rows, 0);
  }

  get bytesPerCell(): number {
    const base = this.measuredCells > 0 ? Math.max(MIN_BYTES_PER_CELL, (this.measuredBytes / this.measuredCells) * SAFETY_FACTOR) : FIRST_BYTES_PER_CELL;
    return base * this.multiplier;
  }

  get rowsDone(): number {
    return this.extents.reduce((n, e) => n + ((this.next.get(e.key) ?? e.top) - e.top), 0);
  }

  done(): boolean {
    return this.extents.every((e) => (this.next.get(e.key) ?? e.top) >= e.top + e.rows);
  }

  /** The blocks of the next request: whole sheets while they fit, then a slice of the next one (at least one row). */
  nextBatch(): Block[] {
    const out: Block[] = [];
    let budget = this.budget;
    for (const e of this.extents) {
      const at = this.next.get(e.key) ?? e.top;
      const left = e.top + e.rows - at;
      if (left <= 0) continue;
      const perRow = e.columns * this.bytesPerCell + e.perRowExtra;
      let take = Math.min(left, Math.floor(budget / perRow));
      if (take < 1) {
        if (out.length > 0) break;
        take = 1;
      }
      out.push({ key: e.key, top: at, rows: take, left: e.left, columns: e.columns });
      this.next.set(e.key, at + take);
      budget -= take * perRow;
      if (take < left) break;
    }
    return out;
  }

  /** What a request actually carried, to size the next ones. */
  observe(bytes: number, cells: number): void {
    this.measuredBytes += bytes;
    this.measuredCells += cells;
  }

  /** A request was refused as too large: read its blocks again, in smaller pieces. */
  retry(blocks: readonly Block[]): void {
    for (const b of blocks) this.next.set(b.key, Math.min(this.next.get(b.key) ?? b.top, b.top));
    this.multiplier *= 4;
  }
}

/**
 * Rows per getMergedAreas call: Excel refuses more than 512 merged areas in one range, and a row of `columns`
 * cells holds at most columns/2 of them; 400 leaves room for areas crossing the chunk's edges.
 */
export function mergeChunkRows(columns: number): number {
  return Math.max(1, Math.floor(400 / Math.max(1, Math.ceil(columns / 2))));
}
