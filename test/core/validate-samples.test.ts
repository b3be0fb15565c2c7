import { analyzeGrids, validateGrids } from '../../src/core/validate';
import { FileReportSchema } from '../../src/core/report';
import { matchKey } from '../../src/core/text/normalize';
import type { Grid } from '../../src/core/grid';
import { SAMPLES, loadSample } from '../support/samples';

/** Rows below the header whose STT cell reads "STT": repeated headers, counted without the engine. */
function sttRowsBelow(grid: Grid, headerRow: number): number {
  return grid.values.slice(headerRow).filter((r) => typeof r[0] === 'string' && matchKey(r[0]) === 'stt').length;
}

const MISSING = new Set(['missing-lead', 'missing-deadline', 'missing-task', 'missing-column']);

describe.each([
  {
    file: SAMPLES.langSon, sheet: 'Phụ lục I', headerRow: 5, tasks: 39, sections: 8, groups: 0, subs: 1, continuations: 3,
    columns: { number: 'A', task: 'B', lead: 'C', support: 'D', deadline: 'E', output: 'F' },
  },
  {
    file: SAMPLES.dakLak, sheet: 'Phụ lục', headerRow: 5, tasks: 82, sections: 2, groups: 8, subs: 0, continuations: 8,
    columns: { number: 'A', area: 'B', task: 'C', executor: 'D', lead: 'E', deadline: 'F' },
  },
  {
    file: SAMPLES.laiChau, sheet: 'Biểu 1', headerRow: 5, tasks: 12, sections: 0, groups: 0, subs: 0, continuations: 2,
    columns: { number: 'A', area: 'B', shortcoming: 'C', task: 'D', output: 'E', lead: 'F', support: 'G', deadline: 'H' },
  },
  {
    file: SAMPLES.laiChau, sheet: 'Biểu 2', headerRow: 5, tasks: 19, sections: 7, groups: 0, subs: 0, continuations: 0,
    columns: { number: 'A', task: 'B', lead: 'C', support: 'D', deadline: 'E' },
  },
])('$file / $sheet', (x) => {
  let grids: Grid[];
  beforeAll(async () => {
    grids = await loadSample(x.file);
  });
  const table = () => {
    const report = validateGrids(x.file, grids, { year: 2026 });
    const t = report.tables.find((tt) => tt.sheet === x.sheet);
    if (!t) throw new Error(`no table on ${x.sheet}`);
    return { report, t };
  };

  it('finds the table with its header row and maps every column to its role', () => {
    const { t } = table();
    expect(t.headerRow).toBe(x.headerRow);
    expect(t.columns).toEqual(x.columns);
  });

  it('counts tasks, sections, groups, sub-rows and continuations', () => {
    const { t } = table();
    expect(t.taskCount).toBe(x.tasks);
    expect(t.rowCounts).toMatchObject({ sections: x.sections, groups: x.groups, subs: x.subs, continuations: x.continuations });
  });

  it('recognises every repeated header (counted independently from the STT cells)', () => {
    const { t } = table();
    const grid = grids.find((g) => g.sheet === x.sheet) as Grid;
    expect(t.rowCounts.repeatedHeaders).toBe(sttRowsBelow(grid, x.headerRow));
    expect(t.counts['repeated-header']).toBe(t.rowCounts.repeatedHeaders);
  });

  it('flags nothing as missing on this faithful annex (sections, groups, continuations, sub-rows are not tasks)', () => {
    const { t } = table();
    expect(t.issues.filter((i) => MISSING.has(i.code))).toEqual([]);
    expect(t.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('produces a report that satisfies the report schema, with every issue inside the table', () => {
    const { report, t } = table();
    expect(FileReportSchema.safeParse(report).success).toBe(true);
    for (const i of t.issues) {
      expect(i.row).toBeGreaterThanOrEqual(x.headerRow);
      expect(i.row).toBeLessThanOrEqual(t.lastRow);
    }
  });
});

describe('sample specifics', () => {
  it('Lai Châu Biểu 2 numbers its tasks 1..19 across the merged section rows', async () => {
    const sheets = analyzeGrids(await loadSample(SAMPLES.laiChau));
    const t = sheets.find((s) => s.grid.sheet === 'Biểu 2')?.tables[0];
    expect(t?.tasks.map((v) => v.record.numberText)).toEqual(Array.from({ length: 19 }, (_, i) => String(i + 1)));
  });

  it('Lạng Sơn: the plan year and date come from the title block', async () => {
    const { tables } = validateGrids('x', await loadSample(SAMPLES.langSon));
    expect(tables[0]).toMatchObject({ planYear: 2026, planDate: '2026-06-23' });
  });

  it('Lai Châu Biểu 1: "năm 2025" names the year under review; the plan issued 11/6/2026 is a 2026 plan', async () => {
    const { tables } = validateGrids('x', await loadSample(SAMPLES.laiChau));
    expect(tables.map((t) => t.planYear)).toEqual([2026, 2026]);
    expect(tables.flatMap((t) => t.issues).filter((i) => i.code === 'deadline-outside-plan')).toEqual([]);
  });

  it('Lạng Sơn: continuation text is joined to its task (the task cut across the page break)', async () => {
    const sheets = analyzeGrids(await loadSample(SAMPLES.langSon));
    const tasks = sheets[0]?.tables[0]?.tasks ?? [];
    const joined = tasks.filter((v) => v.record.lastRow > v.record.row);
    expect(joined.length).toBeGreaterThanOrEqual(3);
  });

  it('Đắk Lắk: group rows 1, 2 … have children 1.1, 1.2 … and are not tasks', async () => {
    const sheets = analyzeGrids(await loadSample(SAMPLES.dakLak));
    const t = sheets[0]?.tables[0];
    const groups = t?.table.records.filter((r) => r.kind === 'group') ?? [];
    expect(groups.map((g) => g.numberText)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    for (const task of t?.tasks ?? []) {
      if (task.record.numberText.includes('.')) expect(task.record.parent).toBeDefined();
    }
  });
});
