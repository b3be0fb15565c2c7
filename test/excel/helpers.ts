/** Shared set-up for the adapter tests: sample grids, simulators installed as the globals, workbook snapshots. */
import { join } from 'node:path';
import { readWorkbookGrids } from '../../src/cli/xlsx-read';
import type { Grid } from '../../src/core/grid';
import { createExcelUseCases } from '../../src/excel';
import type { AddinUseCases } from '../../src/taskpane/use-cases';
import {
  createExcelSimulator, type ExcelSimulator, type SimOptions, type SimSheetInput, type SimWorkbook, simSheetsFromGrids, simWorkbookFromSheets,
} from '../support/excel-sim';

export const SAMPLE_FILES = ['lang-son-par-2026.xlsx', 'dak-lak-par-sipas-2026.xlsx', 'lai-chau-par-sipas-2026.xlsx'] as const;
export const NOW = (): Date => new Date('2026-03-01T08:00:00Z');

const cache = new Map<string, Promise<Grid[]>>();

/** A sample read by the command line's reader (cached; callers must not mutate). */
export function sampleGrids(file: string): Promise<Grid[]> {
  let p = cache.get(file);
  if (!p) {
    p = readWorkbookGrids(join(__dirname, '..', '..', 'samples', file)).then((r) => {
      if (!r.ok) throw new Error(`cannot read ${file}: ${r.failure.reason}`);
      return r.grids;
    });
    cache.set(file, p);
  }
  return p;
}

export async function sampleSim(file: string, options: SimOptions = {}): Promise<ExcelSimulator> {
  return createExcelSimulator(simWorkbookFromSheets(simSheetsFromGrids(await sampleGrids(file)), { name: file }), options);
}

export function sim(sheets: SimSheetInput[], options: SimOptions = {}, name = 'Book1.xlsx'): ExcelSimulator {
  return createExcelSimulator(simWorkbookFromSheets(sheets, { name }), options);
}

/** Installs the simulator as the Excel/Office globals around `fn`, with fresh use-cases. */
export async function withSim<T>(s: ExcelSimulator, fn: (uc: AddinUseCases) => Promise<T>): Promise<T> {
  const restore = s.install();
  try {
    return await fn(createExcelUseCases({ now: NOW }));
  } finally {
    restore();
  }
}

/** Everything a user could see in the workbook's cells, names and sheets, as plain data (compare with toEqual). */
export function snapshot(wb: SimWorkbook): unknown {
  return JSON.parse(JSON.stringify({
    sheets: wb.sheets.map((s) => ({
      name: s.name,
      visibility: s.visibility,
      cells: [...s.rows].map(([r, row]) => [r, [...row].filter(([, c]) => Object.keys(c).length > 1 || c.value !== '')]),
      merges: s.merges,
      hidden: [...s.hiddenRows],
      widths: [...s.columnWidths],
      tables: s.tables,
      validations: s.validations,
      annotations: s.annotations,
    })),
    names: wb.names,
  }));
}

/** An impossible deadline merged down over three tasks (D3:D5), the third task's lead outdated (C5). */
export const MERGED_DEADLINE_SHEET: SimSheetInput = {
  name: 'Phụ lục',
  values: [
    ['KẾ HOẠCH NĂM 2026'], ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian hoàn thành'],
    ['1', 'Nhiệm vụ a', 'Sở Nội vụ', 'Quý V/2026'], ['2', 'Nhiệm vụ b', 'Sở Tư pháp', null], ['3', 'Nhiệm vụ c', 'Sở Kế hoạch và Đầu tư', null],
  ],
  merges: ['D3:D5'],
};
