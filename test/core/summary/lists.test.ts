import type { CellValue, Grid } from '../../../src/core/grid';
import { summarizeGrids } from '../../../src/core/summary/summarize';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

// Deadline cells as Excel keeps them: dates and serial numbers with the format that says what they show.
const ROWS: [CellValue, string | undefined][] = [
  [d('2026-09-01'), 'mm/yyyy'],
  [46174, 'mmm-yy'], // 1 June 2026
  [d('2026-03-15'), 'dd/mm/yyyy'],
  [46112, 'dd/mm/yyyy'], // 31 March 2026
  [d('2026-01-01'), 'yyyy'],
  ['Quý III/2026', undefined],
  ['01/09/2026', undefined],
];

const GRID: Grid = {
  sheet: 'Phụ lục',
  values: [
    ['KẾ HOẠCH NĂM 2026'],
    ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian hoàn thành', 'Tình trạng'],
    ...ROWS.map(([deadline], i): CellValue[] => [String(i + 1), `Nhiệm vụ ${i + 1}`, 'Sở Nội vụ', deadline, 'Đang thực hiện']),
  ],
  numberFormats: [[], [], ...ROWS.map(([, fmt]) => [undefined, undefined, undefined, fmt])],
  merges: [],
};

describe('the deadline as the lists show it', () => {
  const t = summarizeGrids('x.xlsx', [GRID], { today: '2027-03-01' }).tables[0];

  it('a date cell shows what its format shows; text as written', () => {
    // A month-formatted date was listed as "01/09/2026", a month-formatted serial as its number.
    expect(t?.overdue.map((i) => [i.number, i.deadline, i.due])).toEqual([
      ['3', '15/03/2026', '2026-03-15'],
      ['4', '31/03/2026', '2026-03-31'],
      ['2', '06/2026', '2026-06-30'],
      ['7', '01/09/2026', '2026-09-01'],
      ['1', '09/2026', '2026-09-30'],
      ['6', 'Quý III/2026', '2026-09-30'],
      ['5', '2026', '2026-12-31'],
    ]);
  });
});
