/** The three count tables: by lead agency, by section or area, by due period. */
import { matchKey } from '../text/normalize';
import { addTo, compareVi, countsOf, emptyCounts, onTimeRate } from './counts';
import { type TaskEntry, leadName, leadsOf } from './entry';
import type { Counts, LeadRow, Period, PeriodRow, SectionRow } from './report';

interface LeadAcc {
  agency: string;
  kind: LeadRow['kind'];
  former: Set<string>;
  counts: Counts;
}

/**
 * One row per canonical agency; a task counts once for each distinct agency among its leads (an outdated name and
 * its successor on one task count once). Generic groups and unknown names get their own rows; tasks without a lead
 * one row at the end. Sorted by overdue count (most first), then name in Vietnamese order.
 */
export function byLead(entries: readonly TaskEntry[]): LeadRow[] {
  const rows = new Map<string, LeadAcc>();
  const row = (key: string, agency: string, kind: LeadRow['kind']): LeadAcc => {
    let acc = rows.get(key);
    if (!acc) rows.set(key, (acc = { agency, kind, former: new Set(), counts: emptyCounts() }));
    return acc;
  };
  for (const e of entries) {
    const seen = new Set<string>();
    for (const m of leadsOf(e.view)) {
      const name = leadName(m);
      const key = m.kind === 'unknown' ? `?${matchKey(name)}` : name;
      const acc = row(key, name, m.kind === 'outdated' ? 'agency' : m.kind);
      if (m.kind === 'outdated') acc.former.add(m.canonical);
      if (seen.has(key)) continue;
      seen.add(key);
      addTo(acc.counts, e.cls);
    }
    if (seen.size === 0) addTo(row('', '', 'none').counts, e.cls);
  }
  return [...rows.values()]
    .sort((a, b) => Number(a.kind === 'none') - Number(b.kind === 'none') || b.counts.overdue - a.counts.overdue || compareVi(a.agency, b.agency))
    .map((a) => ({ agency: a.agency, kind: a.kind, formerNames: [...a.former].sort(compareVi), ...countsOf(a.counts), onTimeRate: onTimeRate(a.counts) }));
}

/** One row per section (or area), in the order they first appear; each task once. */
export function bySection(entries: readonly TaskEntry[]): SectionRow[] {
  const rows = new Map<string, Counts>();
  for (const e of entries) {
    let c = rows.get(e.section);
    if (!c) rows.set(e.section, (c = emptyCounts()));
    addTo(c, e.cls);
  }
  return [...rows].map(([section, c]) => ({ section, ...countsOf(c), onTimeRate: onTimeRate(c) }));
}

/** The years a summary spans: the plan year, or a period plan's first and last ("giai đoạn 2026 - 2030"). */
export interface PlanYears {
  year: number;
  lastYear?: number;
}

/**
 * The period a task falls in by its due date: a quarter of the plan year (a year of a period plan), recurring,
 * undated or outside.
 */
export function periodOf(e: TaskEntry, plan: PlanYears): Period {
  const d = e.view.deadline;
  if (d.kind === 'recurring') return 'recurring';
  if (d.due === undefined) return 'undated';
  const y = Number(d.due.slice(0, 4));
  if (y < plan.year || y > (plan.lastYear ?? plan.year)) return 'outside';
  return plan.lastYear === undefined ? `${y}-Q${Math.ceil(Number(d.due.slice(5, 7)) / 3)}` : String(y);
}

/** Every quarter of the plan year (every year of a period plan), then recurring, undated, outside; all always listed. */
export function byPeriod(entries: readonly TaskEntry[], plan: PlanYears): PeriodRow[] {
  const { year, lastYear } = plan;
  const periods: Period[] =
    lastYear === undefined ? [1, 2, 3, 4].map((q) => `${year}-Q${q}`) : Array.from({ length: lastYear - year + 1 }, (_, i) => String(year + i));
  periods.push('recurring', 'undated', 'outside');
  const rows = new Map<Period, Counts>(periods.map((p) => [p, emptyCounts()]));
  for (const e of entries) {
    const c = rows.get(periodOf(e, plan));
    if (c) addTo(c, e.cls);
  }
  return periods.map((period) => ({ period, ...countsOf(rows.get(period) ?? emptyCounts()) }));
}
