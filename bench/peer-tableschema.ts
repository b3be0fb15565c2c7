/**
 * The peer: Frictionless Data's `tableschema` (JS) validating the same task rows, as arrays of the cells' text,
 * against a Table Schema with `required: true` on the task, lead and deadline fields.
 */
import { Schema, Table } from 'tableschema';
import type { Grid } from '../src/core/grid';
import { cellText } from '../src/core/table/cell-text';
import { HEADER } from './vocab';

const FIELDS = ['stt', 'nhiem_vu', 'chu_tri', 'phoi_hop', 'thoi_gian', 'san_pham'] as const;
const REQUIRED = new Set(['nhiem_vu', 'chu_tri', 'thoi_gian']);

export const DESCRIPTOR = {
  fields: FIELDS.map((name, i) => ({
    name,
    title: HEADER[i],
    type: 'string',
    ...(REQUIRED.has(name) ? { constraints: { required: true } } : {}),
  })),
};

/** Each task's first row (1-based rows from the manifest) as six strings; '' is tableschema's missing value. */
export function taskRowsOf(grid: Grid, taskRows: readonly number[]): string[][] {
  return taskRows.map((r) => {
    const row = grid.values[r - 1] ?? [];
    return FIELDS.map((_, c) => cellText(row[c] ?? null));
  });
}

export interface PeerResult {
  rows: number;
  /** Rows rejected (a required value missing). */
  errors: number;
}

/** One validation pass: Table.load + read with forceCast, so that failing rows are returned, not thrown. */
export async function validateWithTableschema(rows: string[][], schema: Schema): Promise<PeerResult> {
  const table = await Table.load(rows, { schema, headers: [...FIELDS] });
  const out = (await table.read({ forceCast: true })) as unknown[];
  let errors = 0;
  for (const r of out) if (r instanceof Error) errors++;
  return { rows: out.length, errors };
}

/** The schema is compiled once, outside the timed part (as a validator would keep it). */
export async function loadSchema(): Promise<Schema> {
  return Schema.load(DESCRIPTOR);
}
