/**
 * The Excel adapter: every Excel.run and context.sync of the add-in lives under src/excel/. The task pane gets
 * these use-cases as props (src/taskpane/use-cases.ts) and never touches Office.js itself.
 */
import type { AddinUseCases } from '../taskpane/use-cases';
import { attachNotes, noteKind, notesRemembered, removeNotes } from './cell-notes';
import { clearHighlights, highlightReport } from './highlight';
import { importAgenciesFromSelection } from './import-agencies';
import { selectCell } from './select';
import { readSettings, writeSettings } from './settings-store';
import { writeSummarySheets } from './summary';
import { insertTemplateSheet } from './template';
import { validateWorkbook } from './validate';

export { MIN_EXCEL_API, REQUIRED_SETS, FEATURES } from './requirements';

export interface ExcelUseCaseOptions {
  /** The clock (tests fix it); the plan's fallback year and the template's year come from it. */
  now?: () => Date;
}

export function createExcelUseCases(opts: ExcelUseCaseOptions = {}): AddinUseCases {
  const now = opts.now ?? (() => new Date());
  return {
    validate: (scope, onProgress) => validateWorkbook(scope, onProgress, now),
    selectCell,
    highlight: highlightReport,
    clearHighlights,
    noteKind,
    attachNotes,
    removeNotes,
    notesRemembered,
    writeSummary: (o, onProgress) => writeSummarySheets(o, onProgress, now),
    insertTemplate: () => insertTemplateSheet(now),
    importAgenciesFromSelection,
    loadSettings: async () => readSettings(),
    saveSettings: writeSettings,
  };
}
