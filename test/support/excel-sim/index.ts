/**
 * In-memory Excel workbook simulator: the subset of the Excel JavaScript API the add-in uses, with Excel's
 * behaviour (load/sync semantics, null objects, requirement sets, payload limits), plus the `Office` global.
 * Pure TypeScript without Node APIs, so the browser end-to-end run can bundle it.
 *
 *   const sim = createExcelSimulator(simWorkbookFromSheets([...]), { excelApi: '1.9' });
 *   const restore = sim.install();           // globalThis.Excel / globalThis.Office
 *   ... sim.stats.syncs, sim.stats.maxRequestBytes, sim.workbook.sheet('Sheet1') ...
 *   restore();
 */
import { cellName } from './address';
import { type SimEnv, type SimOptions, SimStats } from './context';
import { SimError } from './errors';
import type { SimFill, SimSheet } from './model';
import type { SimWorkbook } from './workbook-model';
import { createOffice, type SimOffice } from './office';
import { hasFill } from './range-format';
import { SimRequestContext } from './workbook';

export { simSheetsFromGrids, simWorkbookFromSheets, dateToSerial, transportable, type SimSheetInput, type SimCellInput } from './loader';
export { generateAnnex, type GeneratedAnnex } from './generate';
export { SimSheet, type SimFill, type SimCell } from './model';
export { SimWorkbook, type SimName } from './workbook-model';
export { SimStats, type SimOptions, type BatchStat } from './context';
export { SimError } from './errors';

type Batch<R> = (context: SimRequestContext) => Promise<R>;

export interface ExcelSimulator {
  Excel: {
    run<R>(a: Batch<R> | object, b?: Batch<R>): Promise<R>;
    RequestContext: new () => SimRequestContext;
    ErrorCodes: Record<string, string>;
  };
  Office: SimOffice;
  workbook: SimWorkbook;
  stats: SimStats;
  options: SimEnv['options'];
  /** Makes this simulator the global Excel and Office; returns a function restoring the previous globals. */
  install(target?: object): () => void;
}

export function createExcelSimulator(workbook: SimWorkbook, options: SimOptions = {}): ExcelSimulator {
  const env: SimEnv = {
    model: workbook,
    options: { excelApi: '1.17', payloadLimitBytes: 5 * 1024 * 1024, ...options },
    stats: new SimStats(),
  };
  const Excel = {
    async run<R>(a: Batch<R> | object, b?: Batch<R>): Promise<R> {
      const batch = (typeof a === 'function' ? a : b) as Batch<R> | undefined;
      if (!batch) throw new SimError('InvalidArgument', 'Excel.run needs a batch function');
      env.stats.runs++;
      const ctx = new SimRequestContext(env);
      try {
        const result = await batch(ctx);
        if (ctx.hasPending()) await ctx.sync();
        return result;
      } finally {
        ctx.close();
      }
    },
    RequestContext: class extends SimRequestContext {
      constructor() {
        super(env);
      }
    },
    ErrorCodes: {
      apiNotFound: 'ApiNotFound', generalException: 'GeneralException', invalidArgument: 'InvalidArgument',
      invalidOperation: 'InvalidOperation', itemAlreadyExists: 'ItemAlreadyExists', itemNotFound: 'ItemNotFound',
      propertyNotLoaded: 'PropertyNotLoaded', requestPayloadSizeLimitExceeded: 'RequestPayloadSizeLimitExceeded',
      responsePayloadSizeLimitExceeded: 'ResponsePayloadSizeLimitExceeded',
    },
  };
  const Office = createOffice(env);
  return {
    Excel,
    Office,
    workbook,
    stats: env.stats,
    options: env.options,
    install(target: object = globalThis) {
      const g = target as Record<string, unknown>;
      const before = { Excel: g.Excel, Office: g.Office };
      g.Excel = Excel;
      g.Office = Office;
      return () => {
        g.Excel = before.Excel;
        g.Office = before.Office;
      };
    },
  };
}

/** Every filled cell of a sheet: address → fill, for exact before/after comparisons. */
export function fillsOf(sheet: SimSheet): Map<string, SimFill> {
  const out = new Map<string, SimFill>();
  for (const [r, row] of sheet.rows) for (const [c, cell] of row) if (hasFill(cell)) out.set(cellName(r, c), { ...cell.fill });
  return out;
}

/** The sheet's values as a 2-D array from A1 ("" for empty cells). */
export function valuesOf(sheet: SimSheet): (string | number | boolean)[][] {
  const area = sheet.usedArea(true);
  if (!area) return [];
  const out: (string | number | boolean)[][] = [];
  for (let r = 0; r <= area.bottom; r++) {
    const row: (string | number | boolean)[] = [];
    for (let c = 0; c <= area.right; c++) row.push(sheet.cell(r, c)?.value ?? '');
    out.push(row);
  }
  return out;
}
