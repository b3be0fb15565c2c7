import { splitLeadCell } from './agency/lead-cell';
import { resolveAgencies } from './agency/resolve';
import type { AgencyDirectory, AgencyMatch } from './agency/types';
import { parseDeadline } from './deadline/parse';
import type { Deadline } from './deadline/types';
import { type PlanContext, mostCommonYear, planFromTitle } from './plan';
import type { ParsedTable, RowRecord } from './table/model';
import { inheritDown } from './inherit';
import { readable } from './text/readable';

export interface TaskView {
  /** Index of the record in table.records. */
  index: number;
  record: RowRecord;
  deadline: Deadline;
  leads: AgencyMatch[];
  supports: AgencyMatch[];
  executors: AgencyMatch[];
  /** Supporters named in the lead cell ("Sở Nội vụ chủ trì, Sở Tài chính phối hợp"): not leads, still checked. */
  leadCellSupports: AgencyMatch[];
  /**
   * Set when the row's own cell is empty and `leads` / `deadline` hold for it from elsewhere: a group or section row
   * above (that record's index), the task it belongs to (a sub-row), or the task's sub-rows ('parts').
   */
  inherited?: { lead?: number | 'parts'; deadline?: number | 'parts' };
  /** A task's sub-rows: agencies sharing the task, each with its own row ("- Cấp tỉnh" | "Sở …" | "Quý III/2026"). */
  parts?: TaskView[];
}

export interface AnalyzedTable {
  table: ParsedTable;
  plan: PlanContext;
  /** Task rows, in order. */
  tasks: TaskView[];
  /** Sub-rows (own lead, no number), in order. */
  subs: TaskView[];
  /** Group and section rows with a lead or deadline of their own: their tasks inherit what they lack. */
  carriers: TaskView[];
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

/** Agency and deadline cells repeat across an annex ("Sở Nội vụ", "Trong năm 2026"): each distinct text is read once. */
class Reader {
  private readonly agencyMemo = new Map<string, AgencyMatch[]>();
  /** Deadlines by text, one map per plan year (a yearless "Quý III" reads differently in each). */
  private readonly deadlineMemo = new Map<number | undefined, Map<string, Deadline>>();
  /** Date cells by time, one map per number format (a cell showing "Jun-26" is the month). */
  private readonly dateMemo = new Map<string | undefined, Map<number, Deadline>>();

  constructor(private readonly dir: AgencyDirectory) {}

  agencies(text: string | undefined): AgencyMatch[] {
    if (!text) return [];
    let found = this.agencyMemo.get(text);
    if (!found) {
      found = resolveAgencies(readable(text), this.dir);
      this.agencyMemo.set(text, found);
    }
    return found;
  }

  deadline(rec: RowRecord, year: number | undefined): Deadline {
    const cell = rec.deadline;
    if (!cell) return { kind: 'empty', text: '' };
    const ctx = { year };
    if (cell.value instanceof Date) {
      // Date cells repeat too ("30/6/2026" typed as a date down a column); a date needs no plan year.
      let memo = this.dateMemo.get(cell.format);
      if (!memo) this.dateMemo.set(cell.format, (memo = new Map()));
      const t = cell.value.getTime();
      let found = memo.get(t);
      if (!found) memo.set(t, (found = parseDeadline(cell.value, cell.format, ctx)));
      return found;
    }
    if (typeof cell.value !== 'string') return parseDeadline(cell.value, cell.format, ctx);
    const text = rec.text.deadline ?? cell.value;
    let memo = this.deadlineMemo.get(year);
    if (!memo) this.deadlineMemo.set(year, (memo = new Map()));
    let found = memo.get(text);
    if (!found) {
      found = parseDeadline(readable(text), cell.format, ctx);
      memo.set(text, found);
    }
    return found;
  }
}

function makeView(read: Reader, leadWithSupport: boolean, index: number, record: RowRecord, deadline: Deadline): TaskView {
  const leadCell = splitLeadCell(record.text.lead ?? '');
  let leads = read.agencies(leadCell.lead);
  let leadCellSupports = read.agencies(leadCell.support);
  if (leadWithSupport && leadCellSupports.length === 0 && leads.length > 1) [leads, leadCellSupports] = [leads.slice(0, 1), leads.slice(1)];
  const supports = read.agencies(record.text.support);
  const executors = read.agencies(record.text.executor);
  return { index, record, deadline, leads, supports, executors, leadCellSupports, inherited: undefined, parts: undefined };
}

/** Parses each task's deadline and agencies once, for the rules and the summaries alike. */
export function analyzeTable(table: ParsedTable, opts: AnalyzeOptions): AnalyzedTable {
  const plan = planFromTitle(table.title, opts.year, opts.fallbackTitle);
  const picked: number[] = [];
  for (let i = 0; i < table.records.length; i++) {
    const kind = table.records[i]?.kind;
    if (kind === 'task' || kind === 'sub') picked.push(i);
  }
  const records = picked.map((i) => table.records[i] as RowRecord);
  const read = new Reader(opts.directory);
  const deadlinesIn = (year: number | undefined) => records.map((record) => read.deadline(record, year));
  let deadlines = deadlinesIn(plan.year);
  if (plan.year === undefined) {
    const y = mostCommonYear(deadlines) ?? opts.fallbackYear;
    if (y !== undefined) {
      plan.year = y;
      deadlines = deadlinesIn(y);
    }
  }
  const view = (index: number, record: RowRecord, deadline: Deadline) => makeView(read, table.leadWithSupport, index, record, deadline);
  const tasks: TaskView[] = [];
  const subs: TaskView[] = [];
  for (let i = 0; i < records.length; i++) {
    const record = records[i] as RowRecord;
    (record.kind === 'task' ? tasks : subs).push(view(picked[i] as number, record, deadlines[i] ?? { kind: 'empty', text: '' }));
  }
  const carriers: TaskView[] = [];
  table.records.forEach((record, i) => {
    if ((record.kind === 'group' || record.kind === 'section') && (record.text.lead || record.text.deadline)) {
      carriers.push(view(i, record, read.deadline(record, plan.year)));
    }
  });
  const analyzed = { table, plan, tasks, subs, carriers };
  inheritDown(analyzed);
  return analyzed;
}
