import type { CellValue } from '../grid';
import type { RoleHit, RoleMatcher } from '../schema/role-matcher';
import { matchKey } from '../text/normalize';

// Of "Bắt đầu | Hoàn thành" (or "Từ | Đến") under one time heading, the deadline is the end.
const DEADLINE_START = /\b(?:bat dau|tu ngay|tu|khoi cong|trien khai)\b/;
const DEADLINE_END = /\b(?:hoan thanh|ket thuc|den ngay|den|han)\b/;

function hitOn(matcher: RoleMatcher, text: string): RoleHit | null {
  const hit = matcher.match(text);
  if (!hit || hit.role !== 'deadline') return hit;
  const key = matchKey(text);
  if (DEADLINE_START.test(key)) return { role: hit.role, score: hit.score - 500 };
  return DEADLINE_END.test(key) ? { role: hit.role, score: hit.score + 0.5 } : hit;
}

/**
 * The role of a header column from its cell in the first header row and, for a two-row header, the one below.
 * The second row's own label wins over the heading above it ("Đơn vị thực hiện" over "Chủ trì").
 */
export function matchHeaderCell(matcher: RoleMatcher, upper: string, lower: string): RoleHit | null {
  if (!lower || lower === upper) return hitOn(matcher, upper);
  return hitOn(matcher, lower) ?? hitOn(matcher, `${upper} ${lower}`.trim());
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
