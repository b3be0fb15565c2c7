/** Bad and odd input: a report, never a crash, and every issue points inside the grid. */
import fc from 'fast-check';
import { type CellValue, type Grid, columnIndex, gridWidth } from '../../src/core/grid';
import { FileReportSchema, type FileReport } from '../../src/core/report';
import { validateGrids } from '../../src/core/validate';
import { SAMPLES, loadSample } from '../support/samples';

const grid = (values: CellValue[][], extra: Partial<Grid> = {}): Grid => ({ sheet: 'S', values, merges: [], ...extra });

function expectInside(report: FileReport, grids: Grid[]): void {
  expect(FileReportSchema.safeParse(report).success).toBe(true);
  for (const t of report.tables) {
    const g = grids.find((x) => x.sheet === t.sheet) as Grid;
    for (const i of t.issues) {
      expect(i.row).toBeGreaterThanOrEqual(1);
      expect(i.row).toBeLessThanOrEqual(g.values.length);
      if (i.column) expect(columnIndex(i.column)).toBeLessThan(Math.max(gridWidth(g), 1));
    }
  }
}

const HEADER: CellValue[] = ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành', 'Sản phẩm'];

describe('odd sheets give a report, not a crash', () => {
  it.each<[string, Grid]>([
    ['an empty sheet', grid([])],
    ['a title-only sheet', grid([['KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026'], [], ['Kèm theo Kế hoạch số 1/KH-UBND']])],
    ['a header with no body', grid([HEADER])],
    ['a 32,767-character task cell', grid([HEADER, [1, 'Nhiệm vụ '.repeat(3640).slice(0, 32767), 'Sở Nội vụ', '', 'Quý III/2026', '']])],
    ['cells beyond the header', grid([HEADER, [1, 'Việc', 'Sở Nội vụ', '', 'Năm 2026', '', 'x', null, 'y', 42]])],
    ['merged cells everywhere', grid([HEADER, [1, 'Việc', 'Sở Nội vụ', null, 'Năm 2026', null]], {
      merges: [{ top: 0, left: 0, bottom: 5, right: 9 }, { top: 1, left: 2, bottom: 1, right: 3 }, { top: 40, left: 40, bottom: 50, right: 50 }],
    })],
    ['only formula errors', grid([HEADER, [{ error: '#REF!' }, { error: '#VALUE!' }, { error: '#N/A' }, null, { error: '#DIV/0!' }, null]])],
    ['hidden rows beyond the data', grid([HEADER, [1, 'Việc', 'Sở Nội vụ', '', 'Năm 2026', '']], { hiddenRows: [1, 99] })],
  ])('%s', (_name, g) => {
    const report = validateGrids('x.xlsx', [g]);
    expectInside(report, [g]);
  });

  it('a workbook of 100 sheets (samples and blanks) is reported sheet by sheet', async () => {
    const samples = [...(await loadSample(SAMPLES.langSon)), ...(await loadSample(SAMPLES.laiChau))];
    const grids = Array.from({ length: 100 }, (_, i) => {
      const s = samples[i % 7];
      return s && i % 7 < samples.length ? { ...s, sheet: `Sheet ${i}` } : grid([], { sheet: `Sheet ${i}` });
    });
    const report = validateGrids('big.xlsx', grids);
    expect(report.tables.length + report.sheetsWithoutTable.length).toBeGreaterThanOrEqual(100);
    expectInside(report, grids);
  });
});

const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 4, arbitrary: fc.constant(null) },
  { weight: 3, arbitrary: fc.constantFrom<CellValue>(
    'STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành', 'Sản phẩm', 'I', 'II', '1', '1.1', '2',
    'Sở Nội vụ', 'Sở Tài chính; Công an tỉnh', 'Sở Văn hóa, Thể thao và Du lịch', 'Các sở, ban, ngành', 'Sở Kế hoạch và Đầu tư',
    'Quý III/2026', '31/02/2026', 'Thường xuyên', 'Trong năm 2026', 'Theo kế hoạch của Bộ Nội vụ', '<b>x</b>', 'Së Néi vô', '#REF!',
  ) },
  { weight: 2, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.double(), fc.boolean()) },
  { weight: 1, arbitrary: fc.date({ noInvalidDate: false }) },
  { weight: 1, arbitrary: fc.constantFrom({ error: '#REF!' }, { error: '#N/A' }) },
);

const randomGrid: fc.Arbitrary<Grid> = fc
  .record({
    values: fc.array(fc.array(cellValue, { maxLength: 9 }), { maxLength: 40 }),
    merges: fc.array(fc.record({ top: fc.nat(45), left: fc.nat(10), h: fc.nat(3), w: fc.nat(6) }), { maxLength: 6 }),
    hiddenRows: fc.array(fc.nat(45), { maxLength: 5 }),
  })
  .map(({ values, merges, hiddenRows }) => ({
    sheet: 'R',
    values,
    merges: merges.map((m) => ({ top: m.top, left: m.left, bottom: m.top + m.h, right: m.left + m.w })),
    hiddenRows,
  }));

describe('properties over random grids', () => {
  it('the engine never throws and every issue points inside the grid', () => {
    fc.assert(fc.property(randomGrid, (g) => {
      expectInside(validateGrids('r.xlsx', [g]), [g]);
    }), { numRuns: 400 });
  });

  it('random damage to a real annex never throws and keeps issues inside', async () => {
    const [base] = await loadSample(SAMPLES.langSon);
    const g0 = base as Grid;
    const edit = fc.record({ r: fc.nat(g0.values.length - 1), c: fc.nat(7), v: cellValue });
    fc.assert(fc.property(fc.array(edit, { maxLength: 25 }), (edits) => {
      const g: Grid = { ...g0, values: g0.values.map((row) => [...row]) };
      for (const { r, c, v } of edits) {
        const row = g.values[r] as CellValue[];
        row[c] = v;
      }
      expectInside(validateGrids('d.xlsx', [g]), [g]);
    }), { numRuns: 150 });
  });
});
