import type { RoleHit, RoleMatcher } from '../schema/role-matcher';
import { matchKey } from '../text/normalize';

export interface CellHit extends RoleHit {
  /** The synonym is the label, or most of it: "Cơ quan chủ trì", not "Tuyên truyền nội dung … trên báo chí". */
  strong: boolean;
}

// Of "Bắt đầu | Hoàn thành" (or "Từ | Đến") under one time heading, the deadline is the end.
const DEADLINE_START = /\b(?:bat dau|tu ngay|tu|khoi cong|trien khai)\b/;
const DEADLINE_END = /\b(?:hoan thanh|ket thuc|den ngay|den|han)\b/;

function hitOn(matcher: RoleMatcher, text: string): CellHit | null {
  const hit = matcher.match(text);
  if (!hit) return null;
  const key = matchKey(text);
  const strong = hit.score >= 1000 || hit.score * 2 >= key.length;
  if (hit.role !== 'deadline') return { ...hit, strong };
  if (DEADLINE_START.test(key)) return { role: hit.role, score: hit.score - 500, strong };
  return { role: hit.role, score: DEADLINE_END.test(key) ? hit.score + 0.5 : hit.score, strong };
}

/**
 * The role of a header column from its cell in the first header row and, for a two-row header, the one below.
 * The second row's own label wins over the heading above it ("Đơn vị thực hiện" over "Chủ trì").
 */
export function matchHeaderCell(matcher: RoleMatcher, upper: string, lower: string): CellHit | null {
  if (!lower || lower === upper) return hitOn(matcher, upper);
  return hitOn(matcher, lower) ?? hitOn(matcher, `${upper} ${lower}`.trim());
}
