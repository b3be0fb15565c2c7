import type { CellValue } from '../grid';
import type { RoleHit, RoleMatcher } from '../schema/role-matcher';
import { matchKey } from '../text/normalize';

// Of "Bắt đầu | Hoàn thành" (or "Từ | Đến") under one time heading, the deadline is the end.
const DEADLINE_START = /\b(?:bat dau|tu ngay|tu|khoi cong|trien khai)\b/;
const DEADLINE_END = /\b(?:hoan thanh|ket thuc|den ngay|den|han)\b/;

// "Thời hạn", "Hạn hoàn thành" name the due date; beside them "Thời gian hoàn thành" is when the task was done.
const DUE_WORD = /\bhan\b/;

// "Số, ký hiệu văn bản giao nhiệm vụ" names the document that assigned the task, not the task.
const DOCUMENT_REF = /^(?:so(?: ky hieu| hieu| van ban)|ky hieu|van ban giao)\b/;

// "% hoàn thành", "Tỷ lệ (%)": matchKey drops the "%" that makes them a share done.
const SHARE = /\b(?:hoan thanh|ty le|tien do)\b/;

function hitOn(matcher: RoleMatcher, text: string): RoleHit | null {
  const hit = matcher.match(text);
  if (!hit && text.includes('%') && SHARE.test(matchKey(text))) return { role: 'progress', score: 10 };
  // A note on the task, below any column that is named a note.
  if (hit?.role === 'task' && DOCUMENT_REF.test(matchKey(text))) return { role: 'note', score: hit.score };
  if (!hit || hit.role !== 'deadline') return hit;
  // "Tiến độ hoàn thành (%)" is how far the task got.
  if (text.includes('%')) return { role: 'progress', score: hit.score };
  const key = matchKey(text);
  if (DEADLINE_START.test(key)) return { role: hit.role, score: hit.score - 500 };
  const score = hit.score + (DUE_WORD.test(key) ? 100 : 0);
  return DEADLINE_END.test(key) ? { role: hit.role, score: score + 0.5 } : { role: hit.role, score };
}

// Under a deadline heading: the plan's date ("Theo kế hoạch", "Dự kiến") and the date it was done ("Thực tế").
const PLANNED = /^(?:theo )?(?:ke hoach|du kien|quy dinh)$/;
const ACTUAL = /^(?:thuc te|thuc hien|ngay hoan thanh)$/;

/**
 * The role of a header column from its cell in the first header row and, for a two-row header, the one below.
 * The second row's own label wins over the heading above it ("Đơn vị thực hiện" over "Chủ trì").
 */
export function matchHeaderCell(matcher: RoleMatcher, upper: string, lower: string): RoleHit | null {
  if (!lower || lower === upper) return hitOn(matcher, upper);
  const heading = hitOn(matcher, upper);
  if (heading?.role === 'deadline') {
    const key = matchKey(lower);
    if (PLANNED.test(key)) return { role: 'deadline', score: heading.score + 1 };
    if (ACTUAL.test(key)) return { role: 'completion', score: heading.score };
  }
  const hit = hitOn(matcher, lower) ?? hitOn(matcher, `${upper} ${lower}`.trim());
  // "Năm 2025" over "Kế hoạch | Ước thực hiện": a year's plan; another target column, or a later year's, is the target.
  const year = YEAR_HEADING.exec(matchKey(upper))?.[1];
  return hit?.role === 'target' && year !== undefined ? { role: 'target', score: hit.score - 2000 + (Number(year) - 2000) } : hit;
}

const YEAR_HEADING = /^(?:nam )?(20\d{2})$/;

/**
 * Of two columns read as the deadline, "Thời hạn" and "Thời gian hoàn thành", the second is when the task was
 * done: the completion column, when the table has none. `key` is the label's matchKey.
 */
export function completionBeside(hits: readonly (RoleHit & { col: number; key: string })[], deadline: number | undefined): number | undefined {
  const due = hits.find((h) => h.col === deadline);
  if (!due || !DUE_WORD.test(due.key)) return undefined;
  return hits.find((h) => h.role === 'deadline' && h.col !== deadline && !DUE_WORD.test(h.key) && /\bhoan thanh\b/.test(h.key))?.col;
}

// What body cells hold and header labels never start with: a period, a frequency, a reference.
const DEADLINE_DATA = /^(?:(?:quý|tháng)\s*[ivx\d]|trước ngày|chậm nhất|theo kế hoạch|thường xuyên|hàng (?:năm|quý|tháng)|hằng (?:năm|quý|tháng))/iu;
// And, in a cell no column name matched: an agency, or a date ("Kết quả (tính đến ngày 30/6/2026)" is a label).
const AGENCY_DATA = /^(?:sở|ubnd|ủy ban nhân dân|uỷ ban nhân dân|văn phòng|công an|các sở|bộ chỉ huy|thanh tra|bảo hiểm|kho bạc|ban quản lý)\s/iu;
const DATE_DATA = /\d{1,2}\s*\/\s*\d{1,2}/;

/**
 * A cell that holds data rather than a column label: a number or a date, a deadline ("Quý II/2026", "Theo kế
 * hoạch"), or, where no column name matched, an agency ("Sở Nội vụ") or a date. A row holding one is not a header.
 */
export function isDataCell(value: CellValue | undefined, text: string, matched: boolean): boolean {
  if (value === null || value === undefined || text === '') return false;
  if (typeof value !== 'string') return true;
  return DEADLINE_DATA.test(text) || (!matched && (AGENCY_DATA.test(text) || DATE_DATA.test(text)));
}
