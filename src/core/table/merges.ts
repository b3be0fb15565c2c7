import type { MergeArea } from '../grid';

/** Rows of a merge indexed one by one; a taller merge is also kept in a list that lookups scan. */
const INDEXED_ROWS = 200;

/** Finds the merge covering a cell. */
export class MergeIndex {
  private readonly byRow = new Map<number, MergeArea[]>();
  private readonly tall: MergeArea[] = [];

  constructor(merges: readonly MergeArea[]) {
    for (const m of merges) {
      if (m.bottom - m.top > INDEXED_ROWS) this.tall.push(m);
      const last = Math.min(m.bottom, m.top + INDEXED_ROWS);
      for (let r = m.top; r <= last; r++) {
        const list = this.byRow.get(r);
        if (list) list.push(m);
        else this.byRow.set(r, [m]);
      }
    }
  }

  at(r: number, c: number): MergeArea | undefined {
    const list = this.byRow.get(r);
    if (list) for (const m of list) if (c >= m.left && c <= m.right && r <= m.bottom) return m;
    for (const m of this.tall) if (c >= m.left && c <= m.right && r >= m.top && r <= m.bottom) return m;
    return undefined;
  }

  /** The merges whose top row is r. */
  startingIn(r: number): MergeArea[] {
    return (this.byRow.get(r) ?? []).filter((m) => m.top === r);
  }

  /** Widest horizontal merge starting in row r, as a column count. */
  widestInRow(r: number): number {
    let w = 0;
    for (const m of this.byRow.get(r) ?? []) if (m.top === r && m.right - m.left + 1 > w) w = m.right - m.left + 1;
    return w;
  }
}
