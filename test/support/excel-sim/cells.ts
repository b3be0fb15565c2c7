/** Cell reads and writes with Excel's behaviour: typed-in text coercion, null = leave as is, display text. */
import { type Area, qualify } from './address';
import { SimError } from './errors';
import type { Scalar, SimCell, SimSheet } from './model';

export interface RangeTarget {
  sheet: SimSheet;
  area: Area;
}

export function dims(a: Area): [number, number] {
  return [a.bottom - a.top + 1, a.right - a.left + 1];
}

export function read<V>(t: RangeTarget, fn: (cell: SimCell | undefined, r: number, c: number) => V): V[][] {
  const out: V[][] = [];
  for (let r = t.area.top; r <= t.area.bottom; r++) {
    const row: V[] = [];
    for (let c = t.area.left; c <= t.area.right; c++) row.push(fn(t.sheet.cell(r, c), r, c));
    out.push(row);
  }
  return out;
}

/** Applies a 2-D input (or one value for every cell) of the range's size; null leaves a cell unchanged. */
export function write<V>(t: RangeTarget, input: unknown, fn: (cell: SimCell, v: V) => void): void {
  const [rows, cols] = dims(t.area);
  const grid = Array.isArray(input) ? (input as unknown[][]) : null;
  if (grid && (grid.length !== rows || grid.some((r) => !Array.isArray(r) || r.length !== cols))) {
    throw new SimError('InvalidArgument', `The number of rows or columns in the input array doesn't match the size of the range (${rows}x${cols}).`);
  }
  t.sheet.forEachCell(t.area, (cell, r, c) => {
    const v = grid ? grid[r - t.area.top]?.[c - t.area.left] : input;
    if (v !== null && v !== undefined) fn(cell, v as V);
  });
}

const NUMERIC_RE = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/** A value as Excel stores it when an add-in writes it (text that reads as a number becomes a number). */
export function setValue(cell: SimCell, v: unknown): void {
  delete cell.error;
  delete cell.formula;
  if (typeof v === 'number' || typeof v === 'boolean') {
    cell.value = v;
    return;
  }
  const s = String(v);
  if (s.startsWith('=')) {
    cell.formula = s;
    // The one function the add-in writes: HYPERLINK shows its friendly name.
    const link = /^=HYPERLINK\(".*",\s*(.+)\)$/i.exec(s)?.[1];
    cell.value = link === undefined ? '' : NUMERIC_RE.test(link) ? Number(link) : link.replace(/^"|"$/g, '');
  } else if (s.startsWith("'")) cell.value = s.slice(1);
  else if (cell.numberFormat !== '@' && NUMERIC_RE.test(s.trim())) cell.value = Number(s);
  else if (/^(true|false)$/i.test(s)) cell.value = s.toLowerCase() === 'true';
  else cell.value = s;
}

export function valueOf(cell: SimCell | undefined): Scalar {
  return cell?.value ?? '';
}

export function valueType(cell: SimCell | undefined): string {
  if (!cell || cell.value === '') return 'Empty';
  if (cell.error) return 'Error';
  return typeof cell.value === 'number' ? 'Double' : typeof cell.value === 'boolean' ? 'Boolean' : 'String';
}

function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}

function serialDate(serial: number): Date {
  return new Date(Math.round((serial - 25569) * 86400000));
}

function formatDate(serial: number, fmt: string): string {
  const d = serialDate(serial);
  const [y, m, day] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
  return fmt
    .replace(/"[^"]*"|\[[^\]]*\]/g, '')
    .replace(/yyyy|yy|mm|m|dd|d/gi, (tok) => {
      const t = tok.toLowerCase();
      if (t === 'yyyy') return String(y);
      if (t === 'yy') return pad(y % 100);
      if (t === 'mm') return pad(m);
      if (t === 'm') return String(m);
      if (t === 'dd') return pad(day);
      return String(day);
    });
}

/** What the cell shows (Range.text), for the formats the add-in writes. */
export function displayText(cell: SimCell | undefined, width?: number): string {
  if (!cell || cell.value === '') return '';
  const v = cell.value;
  const fmt = cell.numberFormat ?? 'General';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'string') return v;
  let s: string;
  const pct = /^0(\.(0+))?%$/.exec(fmt);
  if (pct) s = `${(v * 100).toFixed(pct[2]?.length ?? 0)}%`;
  else if (/[dy]/i.test(fmt.replace(/"[^"]*"|\[[^\]]*\]/g, ''))) s = formatDate(v, fmt);
  else if (/^#,##0$/.test(fmt)) s = Math.round(v).toLocaleString('en-US');
  else if (/^0(\.0+)?$/.test(fmt)) s = v.toFixed(fmt.split('.')[1]?.length ?? 0);
  else s = Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(11)));
  // A number wider than its column shows as ####.
  return width !== undefined && s.length * 5.5 > width ? '#'.repeat(Math.max(1, Math.floor(width / 5.5))) : s;
}

export function addressOf(t: RangeTarget): string {
  return qualify(t.sheet.name, t.area);
}

/** One value for all cells, or null when they differ (Excel's rule for range-level format properties). */
export function uniform<V>(t: RangeTarget, fn: (cell: SimCell | undefined) => V): V | null {
  let first: V | undefined;
  let seen = false;
  const a = t.area;
  // Large ranges: Excel answers from its format runs; cap the scan at the used part of the sheet.
  const bottom = Math.min(a.bottom, a.top + 5000);
  const right = Math.min(a.right, a.left + 200);
  for (let r = a.top; r <= bottom; r++) {
    for (let c = a.left; c <= right; c++) {
      const v = fn(t.sheet.cell(r, c));
      if (!seen) {
        first = v;
        seen = true;
      } else if (JSON.stringify(v) !== JSON.stringify(first)) return null;
    }
  }
  return first as V;
}
