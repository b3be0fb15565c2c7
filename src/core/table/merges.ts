import type { MergeArea } from '../grid';

/** Finds the merge covering a cell. Tall merges are indexed by their top row only, to keep the index small. */
export class MergeIndex {
  private readonly byRow = new Map<number, MergeArea[]>();

  constructor(merges: readonly MergeArea[]) {
    for (const m of merges) {
      const last = Math.min(m.bottom, m.top + 20);
      for (let r = m.top; r <= last; r++) {
        const list = this.byRow.get(r);
        if (list) list.push(m);
        else this.byRow.set(r, [m]);
      }
    }
  }

  at(r: number, c: number): MergeArea | undefined {
    const list = this.byRow.get(r);
    if (!list) return undefined;
    for (const m of list) if (c >= m.left && c <= m.right && r <= m.bottom) return m;
    return undefined;
  }

  /** Widest horizontal merge starting in row r, as a column count. */
  widestInRow(r: number): number {
    let w = 0;
    for (const m of this.byRow.get(r) ?? []) if (m.top === r && m.right - m.left + 1 > w) w = m.right - m.left + 1;
    return w;
  }
}
