/** School calendar days and semesters named in words, on matchKey()-ed text. */
import { isoDate, plausibleYear, schoolYearStart } from './dates';
import type { Scan, Span } from './phrases';
import type { InvalidReason } from './types';

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

// "Học kỳ I năm học 2026-2027", "học kỳ 2 năm học 2026 - 27", "Học kỳ I và II …": the Ministry's calendar ends the
// first semester by 18 January and the second with the school year, by 31 May.
const SEMESTER = /\bhoc ky (i|ii|1|2)(?: va (i|ii|1|2))?(?: nam hoc)? (\d{4}) (\d{4}|\d{2})\b/g;

/** A semester of a named school year; the years must follow each other. */
export function scanSemesters(key: string): Scan {
  const spans: Span[] = [];
  if (!key.includes('hoc ky')) return { spans };
  let invalid: InvalidReason | undefined;
  for (const m of key.matchAll(SEMESTER)) {
    const first = schoolYearStart(m[3] ?? '', m[4] ?? '');
    if (first === undefined) {
      invalid ??= 'year-out-of-range';
      continue;
    }
    const isFirst = (s: string | undefined) => s === 'i' || s === '1';
    spans.push({
      start: isFirst(m[1]) ? isoDate(first, 9, 1) : isoDate(first + 1, 1, 19),
      due: isFirst(m[2] ?? m[1]) ? isoDate(first + 1, 1, 18) : isoDate(first + 1, 5, 31),
    });
  }
  return invalid === undefined ? { spans } : { spans, invalid };
}
