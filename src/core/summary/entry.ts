/** One task with everything the summaries need, computed once per task. */
import type { AgencyMatch } from '../agency/types';
import type { AnalyzedTable, TaskView } from '../analyze';
import { type Grid } from '../grid';
import { hasProgressColumns, readProgress, reportIsStatus, type TaskProgress } from './progress';
import { sectionLabels } from './sections';
import { type TimelinessClass, classify } from './timeliness';

export interface TaskEntry {
  view: TaskView;
  progress: TaskProgress;
  cls: TimelinessClass;
  /** Section or area label the task is grouped under in bySection. */
  section: string;
}

/** The task's leads and, when it is split into sub-rows, theirs: each agency answers for its part. */
export function leadsOf(view: TaskView): AgencyMatch[] {
  if (!view.parts || view.inherited?.lead === 'parts') return view.leads;
  const all = [...view.leads];
  for (const p of view.parts) for (const m of p.leads) if (!all.some((l) => l.text === m.text)) all.push(m);
  return all;
}

/** The name a lead is counted under: canonical, the successor of an outdated name, or the text as written. */
export function leadName(m: AgencyMatch): string {
  if (m.kind === 'outdated') return m.successor;
  return m.kind === 'unknown' ? m.text : m.canonical;
}

export interface TaskEntries {
  entries: TaskEntry[];
  sectionBy: 'section' | 'area' | 'none';
  /** The table says how far its tasks are: progress columns, or a "Kết quả" column of statuses. */
  tracked: boolean;
  /** Statuses are read from the "Kết quả" column (reportIsStatus). */
  fromReport: boolean;
}

export function taskEntries(t: AnalyzedTable, grid: Grid, today: string, dueSoonDays: number): TaskEntries {
  const { labels, by } = sectionLabels(t, grid);
  const fromReport = reportIsStatus(t);
  const source = { tracked: fromReport || hasProgressColumns(t.table), fromReport };
  const entries = t.tasks.map((view, i) => {
    const progress = readProgress(view, t.table, grid, source, t.plan.year);
    return { view, progress, cls: classify(progress, view.deadline, today, dueSoonDays), section: labels[i] ?? '' };
  });
  return { entries, sectionBy: by, tracked: source.tracked, fromReport };
}
