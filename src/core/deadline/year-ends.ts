/** The years a deadline cell names beside its periods: the context year, a run to a year's end, a later year. */
import { matchKey } from '../text/normalize';
import { isoDate, plausibleYear } from './dates';
import { yearInKey } from './phrases';
import { withoutReferenceDates } from './refs';
import type { Deadline } from './types';

// "đến hết năm 2026", "đến cuối năm", "- hết năm", "Quý II - cuối năm" (a dash leaves "ii cuoi nam"), "… và cả năm 2026";
// not "báo cáo cuối năm".
const TO_YEAR_END =
  /\b(?:(?:den|toi) (?:het|cuoi) (?:nam )?|het nam |(?:\d+|\b[iv]+) cuoi nam |ca nam )(\d{4})\b|\b(?:(?:den|toi) (?:het|cuoi)|het|(?:\d+|\b[iv]+) cuoi|(?:va )?ca) nam\b(?! hoc)/;

/** "Từ 01/3/2026 đến hết năm 2026": the work runs to the end of that year (the cell's own), not to the first date named. */
export function toYearEnd(dated: Deadline, key: string, year: number | undefined): Deadline {
  const m = TO_YEAR_END.exec(key);
  const y = m ? plausibleYear(m[1] === undefined ? year : Number(m[1])) : undefined;
  return runTo(dated, y);
}

function runTo(dated: Deadline, y: number | undefined): Deadline {
  if (y === undefined || dated.due === undefined || isoDate(y, 12, 31) <= dated.due) return dated;
  return { kind: 'year', text: dated.text, start: dated.start ?? dated.due, due: isoDate(y, 12, 31) };
}

// Years that are not the deadline's: in document numbers ("30/2020/NĐ-CP") and in spans of years ("2026-2030").
const OTHER_YEARS = /\b\d+\s*\/\s*20\d{2}\s*\/\s*[\p{L}\d-]+|\b20\d{2}\s*[-–]\s*20\d{2}\b/gu;
const NEXT_YEAR = /\bnam (?:sau|tiep theo|ke tiep)\b/;

// Years the cell is about, not when it is due: in parentheses, or after "kết quả", "tổng kết", "chỉ số", "Luật", "dự toán",
// "tầm nhìn" … ("Báo cáo kết quả năm 2025 trước ngày 15/01", "Quý I (tổng kết năm 2025)", "Đến năm 2030, tầm nhìn đến năm 2045").
const SUBJECT_YEARS =
  /\([^()]*\)|(?<!\p{L})(?:kết quả|tổng kết|sơ kết|công tác|chỉ số|luật|nghị quyết|số liệu|dự toán|kế hoạch|chương trình|đề án|tầm nhìn|định hướng)(?!\p{L})[^;:,.\n]*?\b20\d{2}\b/giu;

/** The cell as matchKey()-ed text without the years it is only about (see SUBJECT_YEARS) or cites. */
export function ownKey(text: string): string {
  return withoutReferenceDates(matchKey(text.replace(OTHER_YEARS, ' ').replace(SUBJECT_YEARS, ' ')));
}

/** The year for a phrase without one ("Quý IV", "15/12"): one written in the cell, "năm sau", else the plan's. */
export function contextYear(own: string, ctxYear: number | undefined): number | undefined {
  const next = ctxYear !== undefined && NEXT_YEAR.test(own) ? ctxYear + 1 : undefined;
  return yearInKey(own, true) ?? next ?? ctxYear;
}

// "năm 2026" not written as a period's or a day's year ("tháng 12 năm 2026", "6 tháng cuối năm 2026", "15/6 năm 2026").
const NOT_OF_A_PERIOD = '(?<!\\b(?:thang \\d{1,2}|quy (?:[1-4]|i{1,3}|iv)|dau|cuoi|nua|\\d{1,2} \\d{1,2}) )';
export const OWN_YEAR = new RegExp(`${NOT_OF_A_PERIOD}\\bnam \\d{4}\\b`);
// …nor when something starts: "áp dụng từ năm 2027" is no end.
const LATER_YEARS = new RegExp(`${NOT_OF_A_PERIOD}(?<!\\b(?:tu|ap dung) )\\bnam (\\d{4})\\b`, 'g');
// The period named is where the work starts, with no end named: "Năm 2026 (bắt đầu từ Quý II)", not "(từ tháng 3 đến tháng 6)".
const STARTS = /(?<!\p{L})(?:bắt đầu|khởi động|từ)(?!\p{L})/iu;
const ENDS = /\b(?:den|toi|het|truoc|cham nhat)\b/;

/**
 * A year named on its own that ends later than the periods: the work runs to its end ("Quý IV/2026 (cấp tỉnh); năm
 * 2027 (cấp huyện, xã)" is due 31/12/2027). The same year counts only when the period is where the work starts;
 * otherwise the period narrows it ("Trong năm 2026, báo cáo trước 15/6" is due 15/6).
 */
export function toLaterYear(dated: Deadline, text: string, key: string, own: string): Deadline {
  let latest: number | undefined;
  for (const m of own.matchAll(LATER_YEARS)) latest = Math.max(latest ?? 0, Number(m[1]));
  if (latest === undefined || dated.due === undefined) return dated;
  const dueYear = Number(dated.due.slice(0, 4));
  if (latest > dueYear || (latest === dueYear && STARTS.test(text) && !ENDS.test(key))) return runTo(dated, plausibleYear(latest));
  return dated;
}
