/**
 * summarize on the three sample annexes with progress columns added by the test: every count, list and class total
 * checked against expectations computed here per task (test/fixtures/summary), not by the summary code.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from '../../src/cli/args';
import { runSummarize } from '../../src/cli/summarize-command';
import { readWorkbookGrids } from '../../src/cli/xlsx-read';
import { SummaryReportSchema, type SummaryReport, type TableSummary } from '../../src/core/summary/report';
import { validateGrids } from '../../src/core/validate';
import { type Cls, expectedClass } from '../fixtures/summary/progress';
import { type PreparedTask, type SheetPlan, prepareSample } from '../fixtures/summary/prepare';

const CLASS_KEYS: Cls[] = ['done_on_time', 'done_late', 'in_progress', 'due_soon', 'overdue', 'not_due', 'recurring', 'undated'];
type Counts = Record<Cls | 'total', number>;
const zero = (): Counts => ({ total: 0, done_on_time: 0, done_late: 0, in_progress: 0, due_soon: 0, overdue: 0, not_due: 0, recurring: 0, undated: 0 });
const countsOf = (row: Record<string, unknown>): Counts => {
  const c = zero();
  for (const k of ['total', ...CLASS_KEYS] as const) c[k] = row[k] as number;
  return c;
};

interface Case {
  name: string;
  today: string;
  soon?: number;
  plans: SheetPlan[];
}

const LANG_SON_EDITS: SheetPlan = {
  sheet: 'Phụ lục I', tracked: true,
  leads: { 2: 'Sở Kế hoạch và Đầu tư', 5: null, 20: 'Sở KH&ĐT; Sở Tài chính' },
  deadlines: { 7: null, 9: '31/02/2026', 11: 'Quý II/2026', 12: 'Tháng 11/2026', 13: 'Thường xuyên', 14: '15/12/2026', 15: 'Trong năm 2027', 16: 'Hoàn thành trước ngày 30/12/2026', 17: 'Tháng 01/2027' },
};

const CASES: Case[] = [
  { name: 'lang-son-par-2026', today: '2026-12-20', plans: [LANG_SON_EDITS] },
  { name: 'lang-son-par-2026', today: '2026-06-30', soon: 200, plans: [LANG_SON_EDITS] },
  { name: 'lang-son-par-2026', today: '2027-01-10', plans: [LANG_SON_EDITS] },
  { name: 'dak-lak-par-sipas-2026', today: '2026-12-20', plans: [{ sheet: 'Phụ lục', tracked: true, progress: true }] },
  { name: 'lai-chau-par-sipas-2026', today: '2026-09-20', plans: [{ sheet: 'Biểu 1', tracked: false }, { sheet: 'Biểu 2', tracked: true }] },
];

const collator = new Intl.Collator('vi', { numeric: true });

function expectTable(t: TableSummary, tasks: PreparedTask[], today: string, soon: number, tracked: boolean): void {
  const cls = new Map(tasks.map((x) => [x.row, expectedClass(x.scenario, x.deadline, today, soon)]));
  const clsOf = (x: PreparedTask) => cls.get(x.row) as Cls;
  expect(t.taskCount).toBe(tasks.length);
  expect(t.tracked).toBe(tracked);

  // Totals: each class's count, and all classes together equal the task count.
  const totals = zero();
  for (const x of tasks) totals[clsOf(x)]++;
  totals.total = tasks.length;
  expect(countsOf(t.totals)).toEqual(totals);
  expect(CLASS_KEYS.reduce((a, k) => a + t.totals[k], 0)).toBe(t.taskCount);

  // By lead: a task counts once for each distinct lead; no lead → the last row.
  const leads = new Map<string, Counts>();
  for (const x of tasks) {
    for (const name of x.leads.length ? x.leads : ['']) {
      const c = leads.get(name) ?? zero();
      c[clsOf(x)]++;
      c.total++;
      leads.set(name, c);
    }
  }
  expect(new Map(t.byLead.map((r) => [r.agency, countsOf(r)]))).toEqual(leads);
  const order = [...t.byLead].sort((a, b) => Number(a.kind === 'none') - Number(b.kind === 'none') || b.overdue - a.overdue || collator.compare(a.agency, b.agency));
  expect(t.byLead.map((r) => r.agency)).toEqual(order.map((r) => r.agency));
  // An outdated name is shown under its successor, with a mark; never on a row of its own.
  for (const x of tasks) {
    for (const f of x.formerNames) {
      expect(t.byLead.some((r) => r.formerNames.includes(f) && x.leads.includes(r.agency))).toBe(true);
      expect(t.byLead.find((r) => r.agency === f)).toBeUndefined();
    }
  }

  // By section (or area): each task once, groups in order of first appearance.
  const key = (x: PreparedTask) => (t.sectionBy === 'section' ? String(x.section) : t.sectionBy === 'area' ? x.area : '');
  const sections = new Map<string, Counts>();
  for (const x of tasks) {
    const c = sections.get(key(x)) ?? zero();
    c[clsOf(x)]++;
    c.total++;
    sections.set(key(x), c);
  }
  expect(t.bySection.map(countsOf)).toEqual([...sections.values()]);

  // By period: the quarter of the due date in the plan year, else recurring / undated / outside.
  const year = t.planYear ?? 0;
  const periods = new Map<string, number>([1, 2, 3, 4].map((q) => [`${year}-Q${q}`, 0]));
  for (const p of ['recurring', 'undated', 'outside']) periods.set(p, 0);
  for (const x of tasks) {
    const d = x.deadline;
    const p = d.kind === 'recurring' ? 'recurring' : !d.due ? 'undated' : Number(d.due.slice(0, 4)) !== year ? 'outside' : `${year}-Q${Math.floor((Number(d.due.slice(5, 7)) - 1) / 3) + 1}`;
    periods.set(p, (periods.get(p) ?? 0) + 1);
  }
  expect(t.byPeriod.map((r) => [r.period, r.total])).toEqual([...periods]);

  // Lists: exactly the right rows, by due date then row.
  const rowsOf = (c: Cls) => tasks.filter((x) => clsOf(x) === c).sort((a, b) => (a.deadline.due ?? '').localeCompare(b.deadline.due ?? '') || a.row - b.row).map((x) => x.row);
  expect(t.overdue.map((i) => i.row)).toEqual(rowsOf('overdue'));
  expect(t.dueSoon.map((i) => i.row)).toEqual(rowsOf('due_soon'));
  for (const item of [...t.overdue, ...t.dueSoon]) {
    const x = tasks.find((y) => y.row === item.row) as PreparedTask;
    expect(item.due).toBe(x.deadline.due);
    expect(item.lead).toBe(x.leads.join('; '));
    expect(item.status).toBe(x.scenario?.status.trim() ?? '');
    const days = (Date.parse(`${x.deadline.due}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000;
    expect(item.days).toBe(item.class === 'overdue' ? -days : days);
  }
  const missing = tasks.filter((x) => !x.leadText || !x.deadlineText || x.deadline.kind === 'invalid' || x.deadline.kind === 'unrecognized');
  expect(t.missing.map((i) => i.row)).toEqual(missing.map((x) => x.row));
  expect(t.unknownStatuses.map((u) => u.row)).toEqual(tasks.filter((x) => x.scenario?.state === 'unknown').map((x) => x.row));
}

describe('summarize on the sample annexes with progress columns', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'annex-summary-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test.each(CASES.map((c, i) => [`${c.name} at ${c.today}${c.soon ? ` (due soon ${c.soon} days)` : ''}`, i] as const))('%s', async (_label, i) => {
    const c = CASES[i] as Case;
    const caseDir = await mkdtemp(join(dir, 'case-'));
    const { path, tasks } = await prepareSample(c.name, caseDir, c.plans);
    const lines: string[] = [];
    const argv = ['summarize', path, '--today', c.today, '--json', ...(c.soon ? ['--due-soon-days', String(c.soon)] : [])];
    const code = await runSummarize(parseArgs(argv), { fallbackYear: Number(c.today.slice(0, 4)) }, (s) => lines.push(s));
    expect(code).toBe(0);
    expect(lines).toHaveLength(1);
    const json = JSON.parse(lines[0] ?? '') as SummaryReport & { output: string };
    const report = SummaryReportSchema.parse(json);
    expect(report.today).toBe(c.today);
    expect(report.tables.map((t) => t.sheet)).toEqual(c.plans.map((p) => p.sheet));
    for (const t of json.tables) {
      for (const row of [...t.byLead, ...t.bySection]) expect(Object.keys(row)).toEqual(expect.arrayContaining(['total', ...CLASS_KEYS]));
      expect(t.byPeriod.every((r) => Number.isInteger(r.total))).toBe(true);
    }
    report.tables.forEach((t, k) => {
      const plan = c.plans[k] as SheetPlan;
      expectTable(t, tasks.filter((x) => x.sheet === plan.sheet), c.today, c.soon ?? 15, plan.tracked);
    });
    // The rule behind unknown-status agrees with the summary.
    const read = await readWorkbookGrids(path);
    if (!read.ok) throw new Error('unreadable');
    const unknown = validateGrids(path, read.grids, { fallbackYear: 2026 }).tables.reduce((a, t) => a + (t.counts['unknown-status'] ?? 0), 0);
    expect(unknown).toBe(tasks.filter((x) => x.scenario?.state === 'unknown').length);
  });

  test('every class appears somewhere across the cases, so each rule is exercised', async () => {
    const seen = new Set<Cls>();
    for (const c of CASES) {
      const caseDir = await mkdtemp(join(dir, 'seen-'));
      const { tasks } = await prepareSample(c.name, caseDir, c.plans);
      for (const x of tasks) seen.add(expectedClass(x.scenario, x.deadline, c.today, c.soon ?? 15));
    }
    expect([...seen].sort()).toEqual([...CLASS_KEYS].sort());
  });
});
