import { inferYearFromText } from './deadline/parse';
import type { Deadline, IsoDate } from './deadline/types';
import { matchKey } from './text/normalize';

export interface PlanContext {
  /** The plan year: given, read from the title ("… năm 2026"), or the most common deadline year. */
  year?: number;
  /** The plan's issue date, read from "Kèm theo Kế hoạch số …/KH-UBND ngày 23/6/2026". */
  date?: IsoDate;
}

const SLASH_DATE = /ngay\s+(\d{1,2})\s+(\d{1,2})\s+(\d{4})/;
const WORD_DATE = /ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+(\d{4})/;

export function inferPlanDate(title: string): IsoDate | undefined {
  const key = matchKey(title);
  const m = WORD_DATE.exec(key) ?? SLASH_DATE.exec(key);
  if (!m) return undefined;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const probe = new Date(Date.UTC(y, mo - 1, d));
  if (probe.getUTCMonth() !== mo - 1 || probe.getUTCDate() !== d) return undefined;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function mostCommonYear(deadlines: readonly Deadline[]): number | undefined {
  const counts = new Map<number, number>();
  for (const d of deadlines) {
    if (!d.due) continue;
    const y = Number(d.due.slice(0, 4));
    counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  let best: number | undefined;
  let bestCount = 0;
  for (const [y, c] of counts) if (c > bestCount) [best, bestCount] = [y, c];
  return best;
}

export function planFromTitle(title: string, year?: number): PlanContext {
  const plan: PlanContext = {};
  const date = inferPlanDate(title);
  if (date) plan.date = date;
  // "Khắc phục hạn chế … năm 2025" in a plan issued 11/6/2026 names the past year under review, not the plan year.
  const titleYear = inferYearFromText(title);
  const dateYear = date ? Number(date.slice(0, 4)) : undefined;
  const y = year ?? (titleYear !== undefined && dateYear !== undefined ? Math.max(titleYear, dateYear) : titleYear);
  if (y !== undefined) plan.year = y;
  return plan;
}
