/** summarize: grids in, one summary report out (the CLI's --json, the written sheets and the pane use it alike). */
import type { AnalyzedTable } from '../analyze';
import { columnLetter, type Grid } from '../grid';
import { columnFor } from '../table/model';
import { analyzeGrids, type EngineOptions } from '../validate';
import { addTo, countsOf, emptyCounts, onTimeRate } from './counts';
import { taskEntries } from './entry';
import { byLead, byPeriod, bySection } from './groups';
import { dueSoonList, missingList, overdueList } from './lists';
import type { SummaryReport, TableSummary } from './report';
import { DEFAULT_DUE_SOON_DAYS } from './timeliness';

export interface SummaryOptions extends EngineOptions {
  /** Report date, ISO "YYYY-MM-DD". */
  today: string;
  /** "Due soon" = due within this many days from the report date (default 15). */
  dueSoonDays?: number;
}

/** Tables that assign tasks: with a lead or a deadline column (indicator tables without either are left out). */
export function isTaskTable(t: AnalyzedTable): boolean {
  return t.table.columns.lead !== undefined || t.table.columns.deadline !== undefined;
}

export function summarizeTable(t: AnalyzedTable, grid: Grid, today: string, dueSoonDays: number): TableSummary {
  const { table, plan } = t;
  const { entries, sectionBy, tracked, fromReport } = taskEntries(t, grid, today, dueSoonDays);
  const totals = emptyCounts();
  for (const e of entries) addTo(totals, e.cls);
  const required = (role: 'lead' | 'deadline') => columnFor(table.columns, role) !== undefined && table.kind.required.includes(role);
  const unknownStatuses = entries
    .filter((e) => e.progress.unknownStatus === true)
    .map((e) => ({ row: e.view.record.row + 1, text: e.progress.statusText }));
  const planYear = plan.year ?? Number(today.slice(0, 4));
  // Without progress columns nothing can be seen done: an on-time rate would only count what is overdue.
  const rated = <T extends { onTimeRate: number | null }>(rows: T[]): T[] => (tracked ? rows : rows.map((r) => ({ ...r, onTimeRate: null })));
  return {
    sheet: table.sheet,
    headerRow: table.header.bottom + 1,
    title: table.title,
    ...(plan.year === undefined ? {} : { planYear: plan.year }),
    ...(plan.lastYear === undefined ? {} : { planLastYear: plan.lastYear }),
    taskCount: entries.length,
    tracked,
    ...(fromReport && table.columns.report !== undefined ? { statusFromReport: columnLetter(table.columns.report) } : {}),
    sectionBy,
    totals: { ...countsOf(totals), onTimeRate: tracked ? onTimeRate(totals) : null },
    byLead: rated(byLead(entries)),
    bySection: rated(bySection(entries)),
    byPeriod: byPeriod(entries, plan.lastYear === undefined ? { year: planYear } : { year: planYear, lastYear: plan.lastYear }),
    overdue: overdueList(entries, today),
    dueSoon: dueSoonList(entries, today),
    missing: missingList(entries, today, { lead: required('lead'), deadline: required('deadline') }),
    unknownStatuses,
  };
}

export function summarizeGrids(file: string, grids: readonly Grid[], opts: SummaryOptions): SummaryReport {
  const { today } = opts;
  const dueSoonDays = opts.dueSoonDays ?? DEFAULT_DUE_SOON_DAYS;
  const engine: EngineOptions = { ...opts, fallbackYear: opts.fallbackYear ?? Number(today.slice(0, 4)) };
  const sheets = analyzeGrids(grids, engine);
  const tables = sheets.flatMap((s) => s.tables.filter(isTaskTable).map((t) => summarizeTable(t, s.grid, today, dueSoonDays)));
  return { file, today, dueSoonDays, tables };
}

