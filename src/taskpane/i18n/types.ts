import type { IssueCode, Severity } from '../../core/issues/issue';
import type { NoteKind, NotesResult, Progress } from '../use-cases';

/** Every text the pane shows, in one language. Cell text from the workbook is never part of it. */
export interface Strings {
  appName: string;
  tabs: { check: string; summary: string; template: string; settings: string };
  loading: string;
  failed: (detail: string) => string;
  step: Record<Progress['step'], string>;
  progress: (step: string, done: number, total: number) => string;
  check: {
    scope: string;
    scopeSheet: string;
    scopeAll: string;
    run: string;
    running: string;
    valid: string;
    invalid: (errors: number) => string;
    tables: (tables: number, tasks: number) => string;
    noTable: string;
    sheetsWithoutTable: (sheets: string) => string;
    countsTitle: string;
    severity: Record<Severity, string>;
    errorsOnly: string;
    highlight: string;
    highlighted: (cells: number) => string;
    highlightsCleared: string;
    notes: (kind: NoteKind) => string;
    notesUnavailable: string;
    notesWritten: (r: NotesResult) => string;
    notesMissingSheets: (sheets: string[]) => string;
    notesRemoved: (n: number, kind: NoteKind) => string;
    listTitle: string;
    noIssues: string;
    truncated: (n: number) => string;
    selectHint: string;
  };
  codes: Record<IssueCode, string>;
  summary: {
    intro: string;
    reportDate: string;
    dueSoonDays: string;
    create: string;
    creating: string;
    created: (n: number) => string;
    goTo: (sheet: string) => string;
  };
  template: {
    intro: string;
    contents: string[];
    insert: string;
    inserted: (sheet: string) => string;
    goTo: string;
  };
  settings: {
    intro: string;
    planYear: string;
    planYearHint: string;
    dueSoonDays: string;
    language: string;
    langAuto: string;
    agencies: string;
    builtIn: (n: number) => string;
    extra: string;
    noExtra: string;
    newAgency: string;
    add: string;
    remove: (name: string) => string;
    importSelection: string;
    imported: (n: number) => string;
    save: string;
    saved: string;
  };
  outside: { title: string; body: string; oldHostTitle: string; oldHost: (min: string) => string };
}
