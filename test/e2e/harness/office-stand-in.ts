/**
 * Served in place of office.js in the simulator run: installs the in-memory Excel workbook simulator as the
 * `Excel` and `Office` globals before the pane's own script runs, loaded with the sheets the test put in
 * `window.__E2E__`, and exposes a few read-only probes (`window.__e2e`) for the test to look at the workbook.
 */
import { cellName, formatArea } from '../../support/excel-sim/address';
import { createExcelSimulator, fillsOf, type SimSheetInput, simWorkbookFromSheets, valuesOf } from '../../support/excel-sim';

export interface StandInConfig {
  sheets: SimSheetInput[];
  displayLanguage?: string;
  excelApi?: string;
  /** Office's task-pane background, e.g. "#262626" for the dark theme. */
  bodyBackgroundColor?: string;
}

/** JSON has no Date: the test sends {"$date": "..."}; turn them back. */
function revive(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(revive);
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (typeof o.$date === 'string') return new Date(o.$date);
    return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, revive(x)]));
  }
  return v;
}

const w = window as unknown as { __E2E__: StandInConfig; __e2e: unknown };
const config = revive(w.__E2E__) as StandInConfig;
const sim = createExcelSimulator(simWorkbookFromSheets(config.sheets), {
  ...(config.excelApi ? { excelApi: config.excelApi } : {}),
  ...(config.displayLanguage ? { displayLanguage: config.displayLanguage } : {}),
});
sim.install(window);
if (config.bodyBackgroundColor) {
  Object.assign(sim.Office.context, { officeTheme: { bodyBackgroundColor: config.bodyBackgroundColor } });
}

const sheetNamed = (name: string) => sim.workbook.sheet(name);

w.__e2e = {
  sheetNames: () => sim.workbook.sheets.map((s) => s.name),
  selection: () => {
    const sel = sim.workbook.selection;
    if (!sel) return null;
    const sheet = sim.workbook.findSheet(sel.sheetId);
    return { sheet: sheet?.name, address: formatArea(sel.area), topLeft: cellName(sel.area.top, sel.area.left) };
  },
  activeSheet: () => (sim.workbook.activeSheetId ? sim.workbook.findSheet(sim.workbook.activeSheetId)?.name : undefined),
  fills: (name: string) => Object.fromEntries([...fillsOf(sheetNamed(name))].map(([a, f]) => [a, JSON.stringify(f)])),
  values: (name: string) => valuesOf(sheetNamed(name)),
  annotations: (name: string) => Object.fromEntries(sheetNamed(name).annotations.map((a) => [cellName(a.row, a.col), `${a.kind}: ${a.content}`])),
  syncs: () => sim.stats.syncs,
};
