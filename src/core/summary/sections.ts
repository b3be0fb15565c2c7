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

export function sectionLabels(t: AnalyzedTable, grid: Grid): { labels: string[]; by: 'section' | 'area' | 'none' } {
  const { records, columns } = t.table;
  if (t.tasks.some((v) => v.record.section >= 0)) {
    const titles = new Map<number, string>();
    const labels = t.tasks.map((v) => {
      const i = v.record.section;
      if (i < 0) return '';
      let title = titles.get(i);
      if (title === undefined) {
        const rec = records[i];
        title = rec ? sectionTitle(rec) : '';
        titles.set(i, title);
      }
      return title;
    });
    return { labels, by: 'section' };
  }
  const areaCol = columns.area;
  if (areaCol !== undefined) return { labels: t.tasks.map((v) => areaText(grid, v.record, areaCol)), by: 'area' };
  return { labels: t.tasks.map(() => ''), by: 'none' };
}
