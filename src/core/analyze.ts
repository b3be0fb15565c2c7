import { resolveAgencies } from './agency/resolve';
import type { AgencyDirectory, AgencyMatch } from './agency/types';
import { parseDeadline } from './deadline/parse';
import type { Deadline } from './deadline/types';
import { type PlanContext, mostCommonYear, planFromTitle } from './plan';
import type { ParsedTable, RowRecord } from './table/model';
import { readable } from './text/readable';

export interface TaskView {
  /** Index of the record in table.records. */
  index: number;
  record: RowRecord;
  deadline: Deadline;
  leads: AgencyMatch[];
  supports: AgencyMatch[];
  executors: AgencyMatch[];
}

export interface AnalyzedTable {
  table: ParsedTable;
  plan: PlanContext;
  /** Task rows, in order. */
  tasks: TaskView[];
  /** Sub-rows (own lead, no number), in order. */
  subs: TaskView[];
}

export interface AnalyzeOptions {
  directory: AgencyDirectory;
  /** Overrides the plan year read from the title. */
  year?: number;
  /** Plan year when neither the title nor the deadlines give one (the CLI passes --today's year). */
  fallbackYear?: number;
  /** Title of the sheet's first table, used when a table has no title of its own. */
  fallbackTitle?: string;
}

function agencies(text: string | undefined, dir: AgencyDirectory): AgencyMatch[] {
  return text ? resolveAgencies(readable(text), dir) : [];
}

function deadlineOf(rec: RowRecord, year: number | undefined): Deadline {
  const cell = rec.deadline;
  if (!cell) return { kind: 'empty', text: '' };
  const value = typeof cell.value === 'string' ? readable(rec.text.deadline ?? cell.value) : cell.value;
  return parseDeadline(value, cell.format, year === undefined ? {} : { year });
}

/** Parses each task's deadline and agencies once, for the rules and the summaries alike. */
export function analyzeTable(table: ParsedTable, opts: AnalyzeOptions): AnalyzedTable {
  const plan = planFromTitle(table.title || opts.fallbackTitle || '', opts.year);
  const picked = table.records.map((record, index) => ({ record, index })).filter((x) => x.record.kind === 'task' || x.record.kind === 'sub');
  let deadlines = picked.map((x) => deadlineOf(x.record, plan.year));
  if (plan.year === undefined) {
    const y = mostCommonYear(deadlines);
    if (y !== undefined) {
      plan.year = y;
      deadlines = picked.map((x) => deadlineOf(x.record, y));
    } else if (opts.fallbackYear !== undefined) {
      plan.year = opts.fallbackYear;
      deadlines = picked.map((x) => deadlineOf(x.record, opts.fallbackYear));
    }
  }
  const views = picked.map(({ record, index }, i) => ({
    index,
    record,
    deadline: deadlines[i] ?? { kind: 'empty' as const, text: '' },
    leads: agencies(record.text.lead, opts.directory),
    supports: agencies(record.text.support, opts.directory),
    executors: agencies(record.text.executor, opts.directory),
  }));
  return { table, plan, tasks: views.filter((v) => v.record.kind === 'task'), subs: views.filter((v) => v.record.kind === 'sub') };
}
