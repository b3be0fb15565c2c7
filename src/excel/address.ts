/** A1 addresses as Office.js takes and gives them. Areas are 0-based and inclusive, like the engine's MergeArea. */
import { columnIndex, columnLetter, type MergeArea } from '../core/grid';

export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

export function cellAddress(row0: number, col0: number): string {
  return `${columnLetter(col0)}${row0 + 1}`;
}

/** "A1" or "A1:C3". */
export function areaAddress(a: MergeArea): string {
  const tl = cellAddress(a.top, a.left);
  return a.top === a.bottom && a.left === a.right ? tl : `${tl}:${cellAddress(a.bottom, a.right)}`;
}

/** Rows top..bottom (0-based) of columns left..right as "A5:F900". */
export function blockAddress(top: number, rows: number, left: number, columns: number): string {
  return areaAddress({ top, left, bottom: top + rows - 1, right: left + columns - 1 });
}

/** Splits a list of addresses on "," or ";" outside quoted sheet names. */
export function splitAddressList(s: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (const ch of s) {
    if (ch === "'") quoted = !quoted;
    if (!quoted && (ch === ',' || ch === ';')) {
      if (cur.trim()) out.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}

const LOCAL_RE = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/i;

/** "Sheet1!$A$1:$C$3" or "A1" → sheet (unquoted, if any) and area; undefined for whole rows/columns or junk. */
export function parseAddress(address: string): { sheet?: string; area: MergeArea } | undefined {
  const s = address.trim();
  const bang = s.lastIndexOf('!');
  let sheet: string | undefined;
  if (bang >= 0) {
    sheet = s.slice(0, bang);
    if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  }
  const m = LOCAL_RE.exec(bang >= 0 ? s.slice(bang + 1) : s);
  if (!m) return undefined;
  const [c1, r1] = [columnIndex(m[1] as string), Number(m[2]) - 1];
  const [c2, r2] = m[3] ? [columnIndex(m[3]), Number(m[4]) - 1] : [c1, r1];
  const area = { top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) };
  return sheet === undefined ? { area } : { sheet, area };
}

/** Areas of a RangeAreas address ("Sheet1!A1:F1, Sheet1!A3:B4"). */
export function parseAreaList(address: string): MergeArea[] {
  return splitAddressList(address).flatMap((a) => {
    const p = parseAddress(a);
    return p ? [p.area] : [];
  });
}

/**
 * Groups addresses into comma-joined lists for Worksheet.getRanges, each at most `maxCount` addresses and
 * `maxChars` characters.
 */
export function chunkAddresses(addresses: readonly string[], maxCount = 500, maxChars = 8000): string[] {
  const out: string[] = [];
  let cur: string[] = [];
  let chars = 0;
  for (const a of addresses) {
    if (cur.length > 0 && (cur.length >= maxCount || chars + 1 + a.length > maxChars)) {
      out.push(cur.join(','));
      cur = [];
      chars = 0;
    }
    chars += (cur.length ? 1 : 0) + a.length;
    cur.push(a);
  }
  if (cur.length) out.push(cur.join(','));
  return out;
}
