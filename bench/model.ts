/**
 * The annex as rows (no exceljs here): a title block, the header, Roman-numbered sections with merged titles,
 * groups (1 → 1.1, 1.2), tasks with continuation rows, the header repeated every ~40 rows, and what the engine
 * should report about it (the manifest).
 */
import { type Cell, Rng, outputText, pickAgencies, pickDeadline, splitText, taskText } from './cells';
import { GROUPS, HEADER, PLAN_DATE, PLAN_REF, PLAN_TITLE, PLAN_YEAR, SECTIONS } from './vocab';

export const GENERATOR_VERSION = 2;

export interface SheetRow {
  cells: Cell[];
  /** 1-based first column of a merge running to the last column. */
  mergeFrom?: number;
  kind: 'title' | 'blank' | 'header' | 'section' | 'group' | 'task' | 'continuation';
}

export interface ExpectedIssue {
  code: string;
  /** 1-based Excel row. */
  row: number;
}

export interface Manifest {
  version: number;
  tasks: number;
  /** 1-based Excel rows. */
  headerRow: number;
  lastRow: number;
  planYear: number;
  planDate: string;
  sections: number;
  groups: number;
  continuations: number;
  repeatedHeaders: number;
  /** 1-based first row of every task, in order. */
  taskRows: number[];
  issues: ExpectedIssue[];
}

const WIDTH = HEADER.length;
const RATES = { missingLead: 0.01, outdatedLead: 0.006, twoLeads: 0.005, outdatedSupport: 0.008 };
const MISSING_DEADLINE = 0.01;
const OUTSIDE_PLAN = 0.003;

function roman(n: number): string {
  const table: [number, string][] = [[50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let s = '';
  for (const [v, r] of table) while (n >= v) [s, n] = [s + r, n - v];
  return s;
}

/** "1", "2" typed into Excel are numbers; "1.1" stays text. */
const stt = (number: string): Cell => (/^\d+$/.test(number) ? Number(number) : number);

class Builder {
  readonly rows: SheetRow[] = [];
  readonly m: Manifest;
  private sinceHeader = 0;
  private nextBreak: number;

  constructor(private readonly rng: Rng, tasks: number) {
    this.m = {
      version: GENERATOR_VERSION, tasks, headerRow: 0, lastRow: 0, planYear: PLAN_YEAR, planDate: PLAN_DATE,
      sections: 0, groups: 0, continuations: 0, repeatedHeaders: 0, taskRows: [], issues: [],
    };
    this.nextBreak = rng.int(38, 44);
  }

  private emit(row: SheetRow): number {
    this.rows.push(row);
    return this.rows.length;
  }

  /** A body row, preceded by a repeated header when the "page" is full. */
  body(row: SheetRow): number {
    if (this.sinceHeader >= this.nextBreak) {
      const r = this.emit({ cells: [...HEADER], kind: 'header' });
      this.m.repeatedHeaders++;
      this.m.issues.push({ code: 'repeated-header', row: r });
      this.sinceHeader = 0;
      this.nextBreak = this.rng.int(38, 44);
    }
    this.sinceHeader++;
    return this.emit(row);
  }

  titleBlock(): void {
    this.emit({ cells: ['PHỤ LỤC I'], mergeFrom: 1, kind: 'title' });
    this.emit({ cells: [PLAN_TITLE], mergeFrom: 1, kind: 'title' });
    this.emit({ cells: [PLAN_REF], mergeFrom: 1, kind: 'title' });
    this.emit({ cells: [], kind: 'blank' });
    this.m.headerRow = this.emit({ cells: [...HEADER], kind: 'header' });
  }

  section(n: number): void {
    const title = SECTIONS[(n - 1) % SECTIONS.length] ?? '';
    this.body({ cells: [roman(n), title], mergeFrom: 2, kind: 'section' });
    this.m.sections++;
  }

  group(number: string): void {
    this.body({ cells: [stt(number), this.rng.pick(GROUPS)], kind: 'group' });
    this.m.groups++;
  }

  task(number: string): void {
    const { rng, m } = this;
    const text = taskText(rng);
    const ag = pickAgencies(rng, RATES);
    const dl = pickDeadline(rng, MISSING_DEADLINE, OUTSIDE_PLAN);
    const output = outputText(rng);
    const split = rng.chance(0.3) ? splitText(text, 0.4 + rng.next() * 0.3) : undefined;
    const splitOut = split && output && rng.chance(0.15) ? splitText(output, 0.5) : undefined;
    const first = [stt(number), split ? split[0] : text, ag.lead, ag.support, dl.cell, splitOut ? splitOut[0] : output];
    const row = this.body({ cells: first, kind: 'task' });
    m.taskRows.push(row);
    if (split) {
      this.body({ cells: [null, split[1], null, null, null, splitOut ? splitOut[1] : null], kind: 'continuation' });
      m.continuations++;
    }
    const add = (code: string, times = 1) => {
      for (let i = 0; i < times; i++) m.issues.push({ code, row });
    };
    if (ag.leadCount === 0) add('missing-lead');
    if (ag.leadCount > 1) add('multiple-leads');
    add('outdated-agency', ag.outdatedInLead + ag.outdatedInSupport);
    if (dl.form === 'missing') add('missing-deadline');
    if (dl.form === 'outside-plan') add('deadline-outside-plan');
  }
}

/** Builds an annex of exactly `tasks` tasks. Same `tasks` → same rows, on every machine. */
export function buildAnnex(tasks: number): { rows: SheetRow[]; manifest: Manifest } {
  const rng = new Rng(0xa11e + tasks);
  const b = new Builder(rng, tasks);
  b.titleBlock();
  const sectionCount = Math.min(40, Math.max(6, Math.ceil(tasks / 2500)));
  let done = 0;
  for (let s = 1; s <= sectionCount; s++) {
    b.section(s);
    const quota = Math.round((tasks * s) / sectionCount) - done;
    let item = 0;
    for (let left = quota; left > 0; ) {
      item++;
      const children = left >= 3 && rng.chance(0.25) ? rng.int(2, Math.min(4, left)) : 0;
      if (children === 0) {
        b.task(String(item));
        left--;
        continue;
      }
      b.group(String(item));
      for (let c = 1; c <= children; c++) b.task(`${item}.${c}`);
      left -= children;
    }
    done += quota;
  }
  b.m.lastRow = b.rows.length;
  b.m.issues.sort((x, y) => x.row - y.row || x.code.localeCompare(y.code));
  return { rows: b.rows, manifest: b.m };
}

export { WIDTH };
