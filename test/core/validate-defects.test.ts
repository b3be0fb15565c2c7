/**
 * Defect-injected variants of the Lạng Sơn annex: each defect must be reported with the right code, row and
 * column, and nothing else may appear (the diff against the faithful file is exactly the injected defects).
 */
import type { CellValue, Grid } from '../../src/core/grid';
import type { IssueReport, TableReport } from '../../src/core/report';
import { encodeLegacy } from '../../src/core/text/legacy';
import { validateGrids } from '../../src/core/validate';
import { SAMPLES, getCell, insertRow, loadSample, mapStrings, permuteColumns, setCell } from '../support/samples';

type Found = Pick<IssueReport, 'code' | 'row' | 'column'>;
const key = (i: Found) => `${i.code}@${i.column ?? ''}${i.row}`;
const pick = (i: IssueReport): Found => ({ code: i.code, row: i.row, ...(i.column ? { column: i.column } : {}) });

function tablesOf(grids: Grid[]): TableReport[] {
  return validateGrids('x.xlsx', grids, { year: 2026 }).tables;
}

let base: TableReport;
beforeAll(async () => {
  const t = tablesOf(await loadSample(SAMPLES.langSon))[0];
  if (!t) throw new Error('no table');
  base = t;
});

/** Issues of `variant` that the faithful table does not have. */
function added(variant: TableReport, shiftRows = 0): Found[] {
  const before = new Set(base.issues.map((i) => key({ ...pick(i), row: i.row + shiftRows })));
  return variant.issues.map(pick).filter((i) => !before.has(key(i)));
}

async function variant(edit: (g: Grid) => void): Promise<TableReport> {
  const grids = await loadSample(SAMPLES.langSon);
  edit(grids[0] as Grid);
  const t = tablesOf(grids)[0];
  if (!t) throw new Error('table lost');
  return t;
}

const cells = (entries: [string, CellValue][]) => (g: Grid) => entries.forEach(([a, v]) => setCell(g, a, v));

describe.each<[string, [string, CellValue][], Found[]]>([
  ['leads removed', [['C8', null], ['C19', '  ']], [
    { code: 'missing-lead', row: 8, column: 'C' }, { code: 'missing-lead', row: 19, column: 'C' }]],
  ['deadlines removed', [['E17', null], ['E42', '']], [
    { code: 'missing-deadline', row: 17, column: 'E' }, { code: 'missing-deadline', row: 42, column: 'E' }]],
  ['impossible dates and periods', [['E22', '31/02/2026'], ['E23', 'Quý V/2026'], ['E27', '15/13/2026'], ['E28', { error: '#REF!' }]], [
    { code: 'invalid-deadline', row: 22, column: 'E' }, { code: 'invalid-deadline', row: 23, column: 'E' },
    { code: 'invalid-deadline', row: 27, column: 'E' }, { code: 'invalid-deadline', row: 28, column: 'E' }]],
  ['deadline text not understood', [['E33', 'Sớm nhất có thể']], [{ code: 'unrecognized-deadline', row: 33, column: 'E' }]],
  ['deadline outside the plan year', [['E36', '30/6/2027']], [{ code: 'deadline-outside-plan', row: 36, column: 'E' }]],
  ['deadline before the plan was issued (23/6/2026)', [['E39', '15/3/2026']], [{ code: 'deadline-outside-plan', row: 39, column: 'E' }]],
  ['a real date cell is read as a date', [['E40', new Date(Date.UTC(2026, 8, 30))]], []],
  ['a bare number in the deadline column is not a date', [['E41', 46295]], [{ code: 'unrecognized-deadline', row: 41, column: 'E' }]],
  ['outdated agencies', [
    ['C12', 'Sở Kế hoạch và Đầu tư'], ['C13', 'Sở Thông tin và Truyền thông'],
    ['D17', 'Sở Tài nguyên và Môi trường; Văn phòng UBND tỉnh'], ['C47', 'Sở Giao thông vận tải']], [
    { code: 'outdated-agency', row: 12, column: 'C' }, { code: 'outdated-agency', row: 13, column: 'C' },
    { code: 'outdated-agency', row: 17, column: 'D' }, { code: 'outdated-agency', row: 47, column: 'C' }]],
  ['markup left by a conversion', [['B7', '<b>Thực hiện</b> Kế hoạch CCHC năm 2026 của tỉnh']], [
    { code: 'markup-in-cell', row: 7, column: 'B' }]],
  ['TCVN3 text', [['C9', encodeLegacy('Sở Nội vụ', 'tcvn3')], ['B10', encodeLegacy('Công tác tuyên truyền cải cách hành chính', 'tcvn3')]], [
    { code: 'legacy-encoding', row: 9, column: 'C' }, { code: 'legacy-encoding', row: 10, column: 'B' }]],
  ['VNI text', [['C9', encodeLegacy('Sở Nội vụ', 'vni')]], [{ code: 'legacy-encoding', row: 9, column: 'C' }]],
  ['formula error in the deadline', [['E10', { error: '#REF!' }]], [{ code: 'invalid-deadline', row: 10, column: 'E' }]],
  ['formula error in the lead', [['C11', { error: '#N/A' }]], [{ code: 'missing-lead', row: 11, column: 'C' }]],
  ['a number skipped within a section', [['A15', '9']], [{ code: 'numbering-gap', row: 15, column: 'A' }]],
  ['a number repeated within a section', [['A15', '7']], [{ code: 'duplicate-number', row: 15, column: 'A' }]],
  ['a task row without task text', [['B27', null]], [{ code: 'missing-task', row: 27, column: 'B' }]],
  ['a lead also listed as support', [['D8', 'Sở Nội vụ; Sở Tài chính']], [{ code: 'lead-in-support', row: 8, column: 'D' }]],
  // The table must not end at a numbered task that opens with a leader's title: the lead removed below is still found.
  ['a task opening with "Chủ tịch UBND …", a lead removed further down', [
    ['A8', 2], ['B8', 'Chủ tịch UBND các xã chỉ đạo thực hiện chế độ báo cáo CCHC'], ['C19', null]], [
    { code: 'missing-lead', row: 19, column: 'C' }]],
])('%s', (_name, edits, expected) => {
  it('reports exactly the injected defects', async () => {
    const t = await variant(cells(edits));
    expect(added(t).sort((a, b) => key(a).localeCompare(key(b)))).toEqual([...expected].sort((a, b) => key(a).localeCompare(key(b))));
    expect(t.taskCount).toBe(base.taskCount);
  });
});

describe('layout variants', () => {
  it('reordered and renamed columns: same tasks, same findings, new letters', async () => {
    const t = await variant((g) => {
      permuteColumns(g, [0, 4, 2, 1, 5, 3]); // STT, deadline, lead, task, output, support
      setCell(g, 'B5', 'Thời hạn');
      setCell(g, 'C5', 'Đơn vị chủ trì');
      setCell(g, 'D5', 'Nội dung thực hiện');
      setCell(g, 'E5', 'Kết quả dự kiến');
      setCell(g, 'F5', 'Đơn vị phối hợp');
    });
    expect(t.columns).toEqual({ number: 'A', deadline: 'B', lead: 'C', task: 'D', output: 'E', support: 'F' });
    expect(t.taskCount).toBe(39);
    const letter: Record<string, string> = { A: 'A', E: 'B', C: 'C', B: 'D', F: 'E', D: 'F' };
    expect(t.issues.map(pick)).toEqual(base.issues.map(pick).map((i) => ({ ...i, ...(i.column ? { column: letter[i.column] } : {}) })).sort((a, b) => a.row - b.row || (a.column ?? '').localeCompare(b.column ?? '')));
  });

  it('two-row header with "CƠ QUAN" merged over "Chủ trì" | "Phối hợp"', async () => {
    const t = await variant((g) => {
      insertRow(g, 5, [null, null, 'Chủ trì', 'Phối hợp', null, null]);
      setCell(g, 'C5', 'CƠ QUAN');
      setCell(g, 'D5', null);
      g.merges.push(
        { top: 4, left: 0, bottom: 5, right: 0 }, { top: 4, left: 1, bottom: 5, right: 1 }, { top: 4, left: 2, bottom: 4, right: 3 },
        { top: 4, left: 4, bottom: 5, right: 4 }, { top: 4, left: 5, bottom: 5, right: 5 },
      );
    });
    expect(t.headerRow).toBe(6);
    expect(t.columns).toEqual(base.columns);
    expect(t.taskCount).toBe(39);
    expect(added(t, 1)).toEqual([]);
  });

  it('header cells with line breaks and odd spacing', async () => {
    const t = await variant(cells([['C5', 'Cơ quan\nchủ  trì'], ['E5', 'Thời gian\r\nhoàn\u00a0thành']]));
    expect(t.columns).toEqual(base.columns);
    expect(added(t)).toEqual([]);
  });

  it('decomposed (NFD) text: same table, one decomposed-unicode notice counting every changed cell of the table', async () => {
    let changed = 0;
    const t = await variant((g) => mapStrings(g, (s) => s.normalize('NFD')));
    const grid = (await loadSample(SAMPLES.langSon))[0] as Grid;
    for (let r = t.headerRow - 1; r < t.lastRow; r++) {
      for (const v of grid.values[r] ?? []) if (typeof v === 'string' && v.normalize('NFD') !== v) changed++;
    }
    expect(t.columns).toEqual(base.columns);
    expect(t.taskCount).toBe(39);
    expect(added(t)).toEqual([{ code: 'decomposed-unicode', row: 5, column: 'B' }]); // "Nhiệm vụ", the first cell with diacritics
    expect(t.issues.find((i) => i.code === 'decomposed-unicode')?.params).toEqual({ cells: changed });
    expect(changed).toBeGreaterThan(100);
  });

  it('a few pasted NFD cells are each listed where they are', async () => {
    const t = await variant((g) => ['B12', 'C20'].forEach((a) => setCell(g, a, String(getCell(g, a)).normalize('NFD'))));
    expect(added(t)).toEqual([
      { code: 'decomposed-unicode', row: 12, column: 'B' },
      { code: 'decomposed-unicode', row: 20, column: 'C' },
    ]);
    expect(t.issues.filter((i) => i.code === 'decomposed-unicode').map((i) => i.params)).toEqual([{ cells: 1 }, { cells: 1 }]);
  });

  it('a missing lead column is one missing-column error at the header row, not 39 missing leads', async () => {
    const t = await variant((g) => permuteColumns(g, [0, 1, 3, 4, 5]));
    expect(t.issues.filter((i) => i.code === 'missing-column')).toEqual([
      expect.objectContaining({ code: 'missing-column', row: 5, severity: 'error', params: { role: 'lead' } }),
    ]);
    expect(t.issues.filter((i) => i.code === 'missing-lead')).toEqual([]);
  });

  it('a lead agency cut across a page break ("Sở Văn hóa, Thể thao" / "và Du lịch") is joined, not a sub-row', async () => {
    const t = await variant((g) => {
      setCell(g, 'C17', 'Sở Văn hóa, Thể thao');
      insertRow(g, 17, [null, 'thi hành pháp luật', 'và Du lịch', null, null, null]);
    });
    expect(t.taskCount).toBe(39);
    expect(t.rowCounts.subs).toBe(1);
    const unshifted = t.issues.map(pick).map((i) => (i.row > 18 ? { ...i, row: i.row - 1 } : i));
    expect(unshifted).toEqual(base.issues.map(pick));
  });

  it('an Excel serial with a date number format is a date (30/9/2026), without one it is not', async () => {
    const t = await variant((g) => {
      setCell(g, 'E41', 46295);
      g.numberFormats = g.numberFormats ?? [];
      while (g.numberFormats.length <= 40) g.numberFormats.push([]);
      (g.numberFormats[40] as (string | null)[])[4] = 'dd/mm/yyyy';
    });
    expect(added(t)).toEqual([]);
  });

  it('a bare "Tiến độ" header over deadline phrases is the deadline column', async () => {
    const t = await variant(cells([['E5', 'Tiến độ']]));
    expect(t.columns).toEqual(base.columns);
    expect(added(t)).toEqual([]);
  });

  it('"Tiến độ (%)" over percentages stays progress, beside the deadline column', async () => {
    const t = await variant((g) => {
      setCell(g, 'G5', 'Tiến độ (%)');
      for (let r = 7; r <= 64; r++) setCell(g, `G${r}`, r % 3 === 0 ? '50%' : 100);
    });
    expect(t.columns).toEqual({ ...base.columns, progress: 'G' });
  });

  it('hidden rows change nothing', async () => {
    const t = await variant((g) => {
      g.hiddenRows = [7, 8, 20];
    });
    expect(t.issues.map(pick)).toEqual(base.issues.map(pick));
  });

  it('a header repeated with its "(1) (2) (3)" row: the numbers are part of the repeat, not a task', async () => {
    // Row 14 repeats the header; the numbers go in at grid row 14 (Excel row 15).
    const t = await variant((g) => insertRow(g, 14, ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)']));
    expect(t.taskCount).toBe(base.taskCount);
    const unshifted = t.issues.map(pick).map((i) => (i.row > 15 ? { ...i, row: i.row - 1 } : i));
    expect(unshifted).toEqual(base.issues.map(pick));
  });

  it('a lead merged down over two tasks counts for both', async () => {
    const cleared = (g: Grid) => setCell(g, 'C9', null);
    expect(added(await variant(cleared))).toEqual([{ code: 'missing-lead', row: 9, column: 'C' }]);
    const merged = await variant((g) => {
      cleared(g);
      g.merges.push({ top: 7, left: 2, bottom: 8, right: 2 });
    });
    expect(added(merged)).toEqual([]);
  });

  it('two tables on one sheet are both found, each with its own header row', async () => {
    const [ls] = await loadSample(SAMPLES.langSon);
    const lc = (await loadSample(SAMPLES.laiChau)).find((g) => g.sheet === 'Biểu 2') as Grid;
    const grid = ls as Grid;
    const offset = grid.values.length + 3;
    grid.values.push([], [], [], ...lc.values);
    grid.merges.push(...lc.merges.map((m) => ({ ...m, top: m.top + offset, bottom: m.bottom + offset })));
    const tables = tablesOf([grid]);
    expect(tables.map((t) => [t.headerRow, t.taskCount])).toEqual([[5, 39], [offset + 5, 19]]);
    expect(tables[0]?.lastRow).toBeLessThan(offset);
  });
});

it('the task text survives the surgery helpers (sanity)', async () => {
  const [g] = await loadSample(SAMPLES.langSon);
  expect(getCell(g as Grid, 'C7')).toBe('Sở Nội vụ');
});
