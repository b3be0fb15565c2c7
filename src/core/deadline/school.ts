/** School calendar days named in words, on matchKey()-ed text. */
import { isoDate, plausibleYear } from './dates';
import type { Scan, Span } from './phrases';

// "khai giảng năm học 2026-2027", "khai giảng năm học mới": the school year opens on 5 September (Ngày toàn dân đưa trẻ đến trường).
const OPENING = /\bkhai giang(?: nam hoc)?(?: (20\d{2})(?: \d{2,4})?| moi)?\b/g;

/** The opening day of the school year named, or of the one that starts in the plan year. */
export function scanSchoolOpening(key: string, fallbackYear: number | undefined): Scan {
  const spans: Span[] = [];
  if (!key.includes('khai giang')) return { spans };
  for (const m of key.matchAll(OPENING)) {
    const y = plausibleYear(m[1] === undefined ? fallbackYear : Number(m[1]));
    if (y !== undefined) spans.push({ start: isoDate(y, 9, 5), due: isoDate(y, 9, 5) });
  }
  return { spans };
}
