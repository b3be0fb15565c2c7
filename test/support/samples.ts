/** Sample workbooks read once through the CLI's reader, and Grid surgery for defect-injected variants. */
import { join } from 'node:path';
import type { CellValue, Grid } from '../../src/core/grid';
import { columnIndex } from '../../src/core/grid';
import { readWorkbookGrids } from '../../src/cli/xlsx-read';

export const SAMPLES = {
  langSon: 'lang-son-par-2026.xlsx',
  dakLak: 'dak-lak-par-sipas-2026.xlsx',
  laiChau: 'lai-chau-par-sipas-2026.xlsx',
} as const;

export const samplePath = (file: string): string => join(__dirname, '..', '..', 'samples', file);

const cache = new Map<string, Promise<Grid[]>>();

/** Fresh deep copies on every call, so tests may mutate them. */
export async function loadSample(file: string): Promise<Grid[]> {
  let p = cache.get(file);
  if (!p) {
    p = readWorkbookGrids(samplePath(file)).then((r) => {
      if (!r.ok) throw new Error(`cannot read sample ${file}: ${r.failure.reason}`);
      return r.grids;
    });
    cache.set(file, p);
  }
  return (await p).map(cloneGrid);
}

export function cloneGrid(g: Grid): Grid {
  return {
    sheet: g.sheet,
    values: g.values.map((r) => r.map((v) => (v instanceof Date ? new Date(v.getTime()) : v && typeof v === 'object' ? { ...v } : v))),
    ...(g.numberFormats ? { numberFormats: g.numberFormats.map((r) => [...r]) } : {}),
    merges: g.merges.map((m) => ({ ...m })),
    ...(g.hiddenRows ? { hiddenRows: [...g.hiddenRows] } : {}),
  };
}

/** Sets a cell by Excel address ("C12"). */
export function setCell(g: Grid, address: string, value: CellValue): void {
  const m = /^([A-Z]+)(\d+)$/.exec(address);
  if (!m) throw new Error(address);
  const r = Number(m[2]) - 1;
  const c = columnIndex(m[1] ?? 'A');
  while (g.values.length <= r) g.values.push([]);
  const row = g.values[r] as CellValue[];
  while (row.length <= c) row.push(null);
  row[c] = value;
}

export function getCell(g: Grid, address: string): CellValue {
  const m = /^([A-Z]+)(\d+)$/.exec(address);
  if (!m) throw new Error(address);
  return g.values[Number(m[2]) - 1]?.[columnIndex(m[1] ?? 'A')] ?? null;
}

/** Inserts a row before 0-based `at`, shifting merges, formats and hidden rows. */
export function insertRow(g: Grid, at: number, values: CellValue[]): void {
  g.values.splice(at, 0, values);
  g.numberFormats?.splice(at, 0, []);
  for (const m of g.merges) {
    if (m.top >= at) m.top++;
    if (m.bottom >= at) m.bottom++;
  }
  if (g.hiddenRows) g.hiddenRows = g.hiddenRows.map((r) => (r >= at ? r + 1 : r));
}

/** Reorders columns: `order[i]` is the old index of new column i (old columns not listed are dropped). */
export function permuteColumns(g: Grid, order: number[]): void {
  g.values = g.values.map((row) => order.map((c) => row[c] ?? null));
  if (g.numberFormats) g.numberFormats = g.numberFormats.map((row) => order.map((c) => row[c] ?? null));
  const width = order.length;
  g.merges = g.merges
    .filter((m) => m.left === m.right || (m.left === 0 && m.right >= Math.max(...order)))
    .map((m) => (m.left === m.right ? { ...m, left: order.indexOf(m.left), right: order.indexOf(m.left) } : { ...m, left: 0, right: width - 1 }))
    .filter((m) => m.left >= 0);
}

export function mapStrings(g: Grid, fn: (s: string) => string): void {
  g.values = g.values.map((row) => row.map((v) => (typeof v === 'string' ? fn(v) : v)));
}
