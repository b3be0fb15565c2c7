/** A1-style addresses for the simulator. 0-based, inclusive areas. Pure functions, no Node APIs. */
import { SimError } from './errors';

export interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;

export function colLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function cellName(r: number, c: number): string {
  return `${colLetter(c)}${r + 1}`;
}

/** "A1", "A1:C3" (no sheet). */
export function formatArea(a: Area): string {
  const tl = cellName(a.top, a.left);
  return a.top === a.bottom && a.left === a.right ? tl : `${tl}:${cellName(a.bottom, a.right)}`;
}

export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function qualify(sheet: string, a: Area): string {
  return `${quoteSheet(sheet)}!${formatArea(a)}`;
}

/** Absolute reference "$A$1:$C$3" as Excel shows a name's value. */
export function absoluteArea(a: Area): string {
  const cell = (r: number, c: number) => `$${colLetter(c)}$${r + 1}`;
  const tl = cell(a.top, a.left);
  return a.top === a.bottom && a.left === a.right ? tl : `${tl}:${cell(a.bottom, a.right)}`;
}

const PART_RE = /^\$?([A-Za-z]{1,3})?\$?(\d{1,7})?$/;

function parsePart(p: string): { r?: number; c?: number } {
  const m = PART_RE.exec(p.trim());
  if (!m || (!m[1] && !m[2])) throw new SimError('InvalidArgument', `bad address part "${p}"`);
  const out: { r?: number; c?: number } = {};
  if (m[1]) out.c = colIndex(m[1]);
  if (m[2]) out.r = Number(m[2]) - 1;
  return out;
}

/** Splits "Sheet!A1:B2" into sheet (unquoted) and the local part. */
export function splitSheet(address: string): { sheet?: string; local: string } {
  const s = address.trim();
  const bang = s.lastIndexOf('!');
  if (bang < 0) return { local: s };
  let sheet = s.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: s.slice(bang + 1) };
}

/** "A1", "A1:B2", "3:5", "C:D", "$A$1". */
export function parseLocal(local: string): Area {
  const [a, b = a] = local.split(':') as [string, string?];
  const p = parsePart(a);
  const q = parsePart(b as string);
  const rowsOnly = p.c === undefined && q.c === undefined;
  const colsOnly = p.r === undefined && q.r === undefined;
  if ((p.c === undefined) !== (q.c === undefined) || (p.r === undefined) !== (q.r === undefined)) {
    throw new SimError('InvalidArgument', `bad address "${local}"`);
  }
  const top = colsOnly ? 0 : Math.min(p.r as number, q.r as number);
  const bottom = colsOnly ? MAX_ROWS - 1 : Math.max(p.r as number, q.r as number);
  const left = rowsOnly ? 0 : Math.min(p.c as number, q.c as number);
  const right = rowsOnly ? MAX_COLUMNS - 1 : Math.max(p.c as number, q.c as number);
  if (top < 0 || left < 0 || bottom >= MAX_ROWS || right >= MAX_COLUMNS) throw new SimError('InvalidArgument', `out of grid "${local}"`);
  return { top, left, bottom, right };
}

/** Splits on "," or ";" outside quotes. */
export function splitList(s: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (const ch of s) {
    if (ch === "'") quoted = !quoted;
    if (!quoted && (ch === ',' || ch === ';')) {
      out.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  if (cur.trim() !== '') out.push(cur.trim());
  return out.filter((x) => x !== '');
}

export function areaCells(a: Area): number {
  return (a.bottom - a.top + 1) * (a.right - a.left + 1);
}

export function intersects(a: Area, b: Area): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

export function contains(outer: Area, inner: Area): boolean {
  return outer.top <= inner.top && outer.left <= inner.left && outer.bottom >= inner.bottom && outer.right >= inner.right;
}

export function intersection(a: Area, b: Area): Area | null {
  if (!intersects(a, b)) return null;
  return { top: Math.max(a.top, b.top), left: Math.max(a.left, b.left), bottom: Math.min(a.bottom, b.bottom), right: Math.min(a.right, b.right) };
}
