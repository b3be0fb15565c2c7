import { yearInKey } from './deadline/phrases';
import type { Deadline, IsoDate } from './deadline/types';
import { matchKey } from './text/normalize';

export interface PlanContext {
  /** The plan year: given, read from the title ("… năm 2026"), or the most common deadline year. */
  year?: number;
  /** A plan for a period ("giai đoạn 2026 - 2030", "năm học 2026-2027") runs from `year` through this year. */
  lastYear?: number;
  /** The plan's issue date, read from "Kèm theo Kế hoạch số …/KH-UBND ngày 23/6/2026". */
  date?: IsoDate;
}

const SLASH_DATE = /ngay\s+(\d{1,2})\s+(\d{1,2})\s+(\d{4})/;
const WORD_DATE = /ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+(\d{4})/;
const WORD_DATES = new RegExp(WORD_DATE.source, 'g');

// A data cut-off is neither the plan's date nor its year: "(Số liệu tính đến ngày 30/6/2026)".
const CUT_OFF = /\b(?:so lieu|tinh den|cap nhat den)\b.*$/;
// The plan's own date: "(Kèm theo Kế hoạch số …/KH-UBND ngày 23/6/2026 …)" or a dateline "Lạng Sơn, ngày 10 tháng 01 năm 2026";
// not a report's ("Kèm theo Báo cáo số … ngày …") nor a cited document's ("thực hiện Nghị quyết số 68-NQ/TW ngày 04/5/2025").
const ATTACHED = /\bkem theo\b(?! bao cao)/;
const DATELINE = /^(?:[a-z ]+ )?ngay \d{1,2} thang \d{1,2} nam \d{4}$/;

const lineKeys = (title: string) => title.split('\n').map((line) => matchKey(line).replace(CUT_OFF, '').trim());

export function inferPlanDate(title: string): IsoDate | undefined {
  let m: RegExpExecArray | null = null;
  for (const key of lineKeys(title)) {
    if (ATTACHED.test(key) || DATELINE.test(key)) m = WORD_DATE.exec(key) ?? SLASH_DATE.exec(key);
    if (m) break;
  }
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

// An orientation, vision or next year's direction is not the plan's year: "… năm 2026 và định hướng đến năm 2030", "tầm nhìn
// đến năm 2045", "… năm 2026 và phương hướng nhiệm vụ năm 2027".
const VISION_YEAR = /\b(?:dinh huong|tam nhin|phuong huong(?: nhiem vu)?)(?: (?:den|toi))?(?: nam)? \d{4}\b/g;
// "giai đoạn 2026 - 2030", "5 năm 2026-2030", "năm học 2026-2027" (matchKey()-ed: "giai doan 2026 2030").
const PERIOD = /\b(?:(?:giai doan|nam(?: hoc)?) )?(20\d{2}) (20\d{2})\b/;

const NAM_YEAR = /\bnam (20\d{2})\b/g;

/**
 * The year (or first and last years) a title names as its own; undefined when it names none. A period is the plan's
 * unless the title also names a year of its own ("Kế hoạch năm 2026 triển khai Chương trình giai đoạn 2026 - 2030").
 */
function titleYears(title: string): { year: number; lastYear?: number } | undefined {
  const key = lineKeys(title).join(' ').replace(VISION_YEAR, ' ');
  const period = PERIOD.exec(key);
  const [from, to] = [Number(period?.[1]), Number(period?.[2])];
  if (period !== null && to > from && to - from <= 10) {
    const years = [...key.replace(PERIOD, ' ').replace(WORD_DATES, ' ').matchAll(NAM_YEAR)].map((m) => Number(m[1]));
    const own = years[years.length - 1];
    return own === undefined ? { year: from, lastYear: to } : { year: own };
  }
  const own = yearInKey(key);
  return own === undefined ? undefined : { year: own };
}

/**
 * The plan read from the table's title, else from the sheet's (the title of its first table): a later table titled
 * "Biểu số 2: Nhiệm vụ cấp xã" belongs to the plan the sheet opens with.
 */
export function planFromTitle(title: string, year?: number, sheetTitle = ''): PlanContext {
  const plan: PlanContext = {};
  const date = inferPlanDate(title) ?? inferPlanDate(sheetTitle);
  if (date) plan.date = date;
  if (year !== undefined) {
    plan.year = year;
    return plan;
  }
  const named = titleYears(title) ?? titleYears(sheetTitle);
  if (named?.lastYear !== undefined) return { ...plan, ...named };
  // "Khắc phục hạn chế … năm 2025" in a plan issued 11/6/2026 names the past year under review, not the plan year.
  const dateYear = date ? Number(date.slice(0, 4)) : undefined;
  const y = named !== undefined && dateYear !== undefined ? Math.max(named.year, dateYear) : (named?.year ?? dateYear);
  if (y !== undefined) plan.year = y;
  return plan;
}
