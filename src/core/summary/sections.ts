/** What "by section / area" groups a task under: its section row (I, II …), else its area column, else nothing. */
import type { AnalyzedTable } from '../analyze';
import type { Grid } from '../grid';
import { cellText } from '../table/cell-text';
import type { RowRecord } from '../table/model';
import { readable } from '../text/readable';

const BARE_ORDINAL = /^[IVXLC]+$|^\d+$|^[A-Z]$/i;

/** "I" + "CÔNG TÁC CHỈ ĐẠO" → "I. CÔNG TÁC CHỈ ĐẠO"; "II. CẢI CÁCH THỂ CHẾ" as it is. */
export function sectionTitle(rec: RowRecord): string {
  const number = rec.numberText.trim();
  const texts = Object.entries(rec.text)
    .filter(([role, t]) => role !== 'number' && t)
    .map(([, t]) => readable(t).replace(/\s+/g, ' ').trim());
  const text = texts[0] ?? '';
  if (!number) return text;
  // "V. VĂN HÓA" holds its number; "VĂN HÓA" under "V" only starts with its letter.
  const holdsNumber = text.startsWith(number) && !/^[\p{L}\p{N}]/u.test(text.slice(number.length));
  if (!text || holdsNumber) return text || number;
  return BARE_ORDINAL.test(number) ? `${number}. ${text}` : `${number} ${text}`;
}

/** The area cell of a task; a cell inside a vertical merge reads the merge's top cell. */
function areaText(grid: Grid, rec: RowRecord, col: number): string {
  const own = rec.text.area;
  if (own) return readable(own).replace(/\s+/g, ' ').trim();
  const merge = grid.merges.find((m) => m.left <= col && col <= m.right && m.top < rec.row && rec.row <= m.bottom);
  return merge ? readable(cellText(grid.values[merge.top]?.[merge.left])).replace(/\s+/g, ' ').trim() : '';
}

const NUMBERED_PART = new Set(['roman', 'letter-upper']);

/** The nearest section above numbered I, II … or A, B … in a style other than the section's own. */
function partOf(records: readonly RowRecord[], i: number): string {
  const own = records[i]?.ordinal?.kind;
  for (let j = i - 1; j >= 0; j--) {
    const r = records[j];
    const kind = r?.kind === 'section' ? r.ordinal?.kind : undefined;
    if (r && kind !== undefined && kind !== own && NUMBERED_PART.has(kind)) return sectionTitle(r);
  }
  return '';
}

/**
 * Titles of the sections tasks sit in. A title two sections in different parts share ("1. Cấp tỉnh" under I and under
 * II; "I. Thể chế" under A and under B) is led by its part's title: "II. … – 1. Cấp tỉnh". The same title within one
 * part (a heading repeated after a page break) stays one row.
 */
function titlesOf(records: readonly RowRecord[], used: ReadonlySet<number>): Map<number, string> {
  const titles = new Map<number, { title: string; part: string }>();
  const parts = new Map<string, Set<string>>();
  for (const i of used) {
    const title = records[i] ? sectionTitle(records[i]) : '';
    const part = partOf(records, i);
    titles.set(i, { title, part });
    parts.set(title, (parts.get(title) ?? new Set()).add(part));
  }
  const out = new Map<number, string>();
  for (const [i, { title, part }] of titles) out.set(i, part && (parts.get(title)?.size ?? 0) > 1 ? `${part} – ${title}` : title);
  return out;
}

export function sectionLabels(t: AnalyzedTable, grid: Grid): { labels: string[]; by: 'section' | 'area' | 'none' } {
  const { records, columns } = t.table;
  if (t.tasks.some((v) => v.record.section >= 0)) {
    const titles = titlesOf(records, new Set(t.tasks.map((v) => v.record.section).filter((i) => i >= 0)));
    return { labels: t.tasks.map((v) => titles.get(v.record.section) ?? ''), by: 'section' };
  }
  const areaCol = columns.area;
  if (areaCol !== undefined) return { labels: t.tasks.map((v) => areaText(grid, v.record, areaCol)), by: 'area' };
  return { labels: t.tasks.map(() => ''), by: 'none' };
}
