/**
 * Use case "Tổng hợp": read every user sheet, summarise (core), lay out the summary sheets (core), write them as
 * new sheets. Sheets an earlier run wrote (marked, and still under their tool-given names) are replaced; a user's
 * sheet never is: a taken name gets " (2)". Writes run with calculation and screen updating suspended, packed into
 * as few requests as the payload limit allows (usually one), then one request for the optional extras.
 */
import { buildSummarySheets } from '../core/summary/sheets';
import { summarizeGrids } from '../core/summary/summarize';
import type { Progress, SummaryResult } from '../taskpane/use-cases';
import { putSettings, SETTING_KEYS } from './office-env';
import { REQUEST_BUDGET_BYTES } from './read-plan';
import { detectFeatures, type FeatureSet } from './requirements';
import { engineOptions, readSettings } from './settings-store';
import { layoutSheet } from './summary-layout';
import { contentSteps, queueExtras, type SheetHandle, type Step } from './summary-writer';
import { queueMarks, toolSheetRecord, uniqueSheetName, type WorkbookScan } from './tool-sheets';
import { readWorkbookIn } from './validate';

/** True when `name` is `base` or what uniqueSheetName makes of it ("Quá hạn (2)"). */
export function isNameFor(name: string, base: string): boolean {
  const n = name.toLowerCase();
  const b = base.toLowerCase();
  if (n === b) return true;
  const m = / \((\d+)\)$/.exec(n);
  return m !== null && b.startsWith(n.slice(0, n.length - m[0].length)) && n.length - m[0].length >= Math.min(b.length, 31 - m[0].length);
}

export function packSteps(steps: readonly Step[], budget = REQUEST_BUDGET_BYTES): Step[][] {
  const out: Step[][] = [];
  let cur: Step[] = [];
  let bytes = 0;
  for (const s of steps) {
    if (cur.length && bytes + s.bytes > budget) {
      out.push(cur);
      cur = [];
      bytes = 0;
    }
    cur.push(s);
    bytes += s.bytes;
  }
  if (cur.length) out.push(cur);
  return out;
}

function freeName(base: string, taken: Set<string>): string {
  let n = base;
  for (let k = 2; taken.has(n.toLowerCase()); k++) n = `${base}_${k}`;
  taken.add(n.toLowerCase());
  return n;
}

function suspend(ctx: Excel.RequestContext, features: FeatureSet): void {
  if (features.suspendCalculation) ctx.application.suspendApiCalculationUntilNextSync();
  if (features.suspendScreenUpdating) ctx.application.suspendScreenUpdatingUntilNextSync();
}

export async function writeSummarySheets(
  opts: { today: string; dueSoonDays: number },
  onProgress: ((p: Progress) => void) | undefined,
  now: () => Date,
): Promise<SummaryResult> {
  const features = detectFeatures();
  const { fallbackYear: _ignored, ...engine } = engineOptions(readSettings(), now());
  const done = await Excel.run(async (ctx) => {
    const read = await readWorkbookIn(ctx, 'all', features, onProgress);
    const scan = read.scan as WorkbookScan;
    onProgress?.({ step: 'analyze', done: 0, total: 1 });
    const summary = summarizeGrids(read.file, read.grids, { ...engine, today: opts.today, dueSoonDays: opts.dueSoonDays });
    const specs = buildSummarySheets(summary, engine.lang);
    const replaced = scan.sheets.filter((s) => scan.tool.get(s.id) === 'summary' && specs.some((sp) => isNameFor(s.name, sp.name)));
    const replacedIds = new Set(replaced.map((s) => s.id));
    const taken = scan.sheets.filter((s) => !replacedIds.has(s.id)).map((s) => s.name);
    const tables = new Set(scan.tableNames);
    const layouts = specs.map((spec) => {
      const name = uniqueSheetName(spec.name, taken);
      taken.push(name);
      return layoutSheet(spec, name, (i) => freeName(`TH_${spec.key}_${i + 1}`, tables));
    });
    const handles: SheetHandle[] = layouts.map(() => ({}));
    const steps: Step[] = [
      {
        bytes: 300 * (replaced.length + scan.markers.length),
        run: () => {
          for (const s of replaced) ctx.workbook.worksheets.getItem(s.id).delete();
          if (features.names) for (const m of scan.markers) if (m.sheetId && replacedIds.has(m.sheetId)) ctx.workbook.names.getItem(m.name).delete();
        },
      },
      ...layouts.flatMap((l, i) => contentSteps(ctx, handles[i] as SheetHandle, l)),
      {
        bytes: 500 * layouts.length,
        run: () => {
          queueMarks(ctx, features, scan, handles.map((h) => ({ ws: h.ws as Excel.Worksheet, kind: 'summary' as const })));
          for (const h of handles) h.ws?.load('id,name');
        },
      },
    ];
    const batches = packSteps(steps);
    for (const [i, batch] of batches.entries()) {
      onProgress?.({ step: 'write', done: i, total: batches.length + 1 });
      suspend(ctx, features);
      for (const s of batch) s.run();
      await ctx.sync();
    }
    try {
      suspend(ctx, features);
      layouts.forEach((l, i) => {
        const spec = l.spec;
        const title = spec.key === 'byLead' ? `${spec.columns[2]?.header ?? ''} ${spec.title[1]?.text.toLocaleLowerCase('vi') ?? ''}`.trim() : undefined;
        queueExtras(handles[i] as SheetHandle, l, features, title);
      });
      handles[0]?.ws?.activate();
      await ctx.sync();
    } catch {
      // Frozen panes, print setup and the chart are extras: a host refusing one keeps the written sheets.
    }
    onProgress?.({ step: 'write', done: batches.length + 1, total: batches.length + 1 });
    const sheets = handles.map((h) => h.ws as Excel.Worksheet);
    return { scan, names: sheets.map((s) => s.name), ids: sheets.map((s) => s.id), replacedIds };
  });
  const record = toolSheetRecord(done.scan, done.ids.map((id) => ({ id, kind: 'summary' as const })), done.replacedIds);
  await putSettings({ [SETTING_KEYS.toolSheets]: record });
  return { sheets: done.names };
}
