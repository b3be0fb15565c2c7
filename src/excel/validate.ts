/** Use case "Kiểm tra": read the active sheet (or every user sheet) and run the engine. Reads only. */
import type { Grid } from '../core/grid';
import type { FileReport } from '../core/report';
import { validateGrids } from '../core/validate';
import type { Progress, Scope } from '../taskpane/use-cases';
import { documentName } from './office-env';
import { readSheets } from './read-sheets';
import { detectFeatures, type FeatureSet } from './requirements';
import { engineOptions, readSettings } from './settings-store';
import { queueScan, recordedToolSheets, userSheets, type WorkbookScan } from './tool-sheets';

/**
 * Inside the caller's Excel.run: for 'all', a first sync lists the sheets (and which are the tool's own); then
 * readSheets. The workbook's name comes with the first sync where ExcelApi 1.7 has it, else from the document URL.
 */
export interface WorkbookRead {
  grids: Grid[];
  file: string;
  scan?: WorkbookScan;
}

export async function readWorkbookIn(ctx: Excel.RequestContext, scope: Scope, features: FeatureSet, onProgress?: (p: Progress) => void): Promise<WorkbookRead> {
  if (features.workbookName) ctx.workbook.load('name');
  let scan: WorkbookScan | undefined;
  let targets: 'active' | string[] = 'active';
  if (scope === 'all') {
    const done = queueScan(ctx);
    await ctx.sync();
    scan = done();
    targets = userSheets(scan).map((s) => s.id);
  }
  // The tool's own sheets (summaries, the agency list) are not annexes: read empty even when active.
  const read = await readSheets(ctx, targets, features, onProgress, new Set(recordedToolSheets().map((r) => r.id)));
  const file = (features.workbookName ? ctx.workbook.name : '') || documentName() || 'Workbook';
  return { grids: read.grids, file, ...(scan ? { scan } : {}) };
}

export async function validateWorkbook(scope: Scope, onProgress: ((p: Progress) => void) | undefined, now: () => Date): Promise<FileReport> {
  const settings = readSettings();
  const features = detectFeatures();
  const { grids, file } = await Excel.run((ctx) => readWorkbookIn(ctx, scope, features, onProgress));
  onProgress?.({ step: 'analyze', done: 0, total: 1 });
  const report = validateGrids(file, grids, engineOptions(settings, now()));
  onProgress?.({ step: 'analyze', done: 1, total: 1 });
  return report;
}
