/**
 * What the task pane can ask of the workbook. The Excel adapter (src/excel/) implements it with Office.js;
 * tests and the browser end-to-end run implement it over the workbook simulator. Components receive these
 * functions as props and never touch Office.js themselves.
 */
import type { Lang } from '../core/messages';
import type { FileReport } from '../core/report';

export type Scope = 'sheet' | 'all';

export interface Progress {
  /** read = reading cells, analyze = running the engine, write = writing to the workbook. */
  step: 'read' | 'analyze' | 'write';
  done: number;
  total: number;
}

export interface AddinSettings {
  planYear?: number;
  dueSoonDays: number;
  lang?: Lang;
  /** Agencies added by the office, on top of the built-in directory. */
  extraAgencies: string[];
}

export interface SummaryResult {
  /** Names of the sheets written, in order. */
  sheets: string[];
}

/** Where a flagged cell's messages go: a cell note (ExcelApi 1.18) or, on older hosts, a comment (1.10). */
export type NoteKind = 'note' | 'comment';

export interface NotesResult {
  kind: NoteKind;
  /** Cells that now carry the add-in's note. */
  written: number;
  /** Flagged cells left alone because the user's own note (or comment) is there. */
  skipped: number;
  /** Sheets of the report the workbook no longer has (renamed or deleted since the check): nothing written there. */
  missingSheets: string[];
}

export interface NotesRemoved {
  /** What was taken off: the kind written, which may not be this host's (comments from an older Excel). */
  kind: NoteKind;
  removed: number;
}

export interface AddinUseCases {
  validate(scope: Scope, onProgress?: (p: Progress) => void): Promise<FileReport>;
  /** Selects (and scrolls to) a cell, e.g. "C12" on a sheet. */
  selectCell(sheet: string, address: string): Promise<void>;
  /** Fills flagged cells; remembers each cell's previous fill. Returns how many cells were filled. */
  highlight(report: FileReport): Promise<number>;
  /** Restores every fill changed by `highlight` exactly. */
  clearHighlights(): Promise<void>;
  /** What this host can attach to flagged cells; null when neither notes nor comments exist. */
  noteKind(): NoteKind | null;
  /** Puts the report's messages on the flagged cells, never over the user's own note. */
  attachNotes(report: FileReport): Promise<NotesResult>;
  /** Takes off the add-in's notes whose text the user did not change (nor replied to). */
  removeNotes(): Promise<NotesRemoved>;
  /** True when the workbook still carries notes the add-in wrote (the switch starts on). */
  notesRemembered(): boolean;
  writeSummary(opts: { today: string; dueSoonDays: number }, onProgress?: (p: Progress) => void): Promise<SummaryResult>;
  /** Adds a new sheet holding the standard annex template; returns its name. */
  insertTemplate(): Promise<string>;
  /** Reads agency names from a column of the active selection. */
  importAgenciesFromSelection(): Promise<string[]>;
  loadSettings(): Promise<AddinSettings>;
  saveSettings(settings: AddinSettings): Promise<void>;
}
