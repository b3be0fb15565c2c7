/** What the progress columns (Tình trạng, Tiến độ (%), Ngày hoàn thành) say about one task. */
import type { AnalyzedTable, TaskView } from '../analyze';
import { parseDeadline } from '../deadline/parse';
import type { IsoDate } from '../deadline/types';
import { type CellValue, type Grid } from '../grid';
import type { ParsedTable } from '../table/model';
import { isBlank } from '../table/cell-text';
import { readable } from '../text/readable';
import { isBlankStatus, parseProgress, parseStatus, type StatusState } from './status';

/**
 * - a StatusState: read from the status cell, or (status cell empty) inferred from the other columns: a completion
 *   date or a progress of 100% or more means done, a progress above 0 in progress, a progress of 0 not started;
 * - unreported: the table tracks progress but this task's cells are empty;
 * - unknown: the status cell holds words not understood (reported as `unknown-status`), or a "Kết quả" column read
 *   as the status holds a narrative, and the other columns say nothing either (the class then comes from the
 *   deadline alone); when they do, their state counts;
 * - untracked: the table has no status, progress or completion column, nor a "Kết quả" column of statuses.
 */
export type ProgressState = StatusState | 'unreported' | 'unknown' | 'untracked';

export interface TaskProgress {
  state: ProgressState;
  /** The status itself says late (true) or on time (false): "Hoàn thành quá hạn". */
  late?: boolean;
  completion?: IsoDate;
  /** 0–100. */
  percent?: number;
  /** The status cell's text, cleaned; '' when empty or absent. */
  statusText: string;
  /** The status cell holds words not understood ("Đã ban hành 14/14 Quyết định"). */
  unknownStatus?: boolean;
}

/** The table has a status, progress or completion column (with reportIsStatus: the table says how far its tasks are). */
export function hasProgressColumns(table: ParsedTable): boolean {
  const c = table.columns;
  return c.status !== undefined || c.progress !== undefined || c.completion !== undefined;
}

/**
 * A "Kết quả thực hiện" column stands in for a missing status column when at least half of its filled task cells
 * read as statuses ("Đã hoàn thành", "Đang thực hiện"); its narrative cells then say nothing.
 */
export function reportIsStatus(t: AnalyzedTable): boolean {
  const c = t.table.columns;
  if (c.report === undefined || c.status !== undefined) return false;
  let filled = 0;
  let statuses = 0;
  for (const v of t.tasks) {
    const text = v.record.text.report;
    if (isBlankStatus(text)) continue;
    filled++;
    if (parseStatus(readable(text ?? ''))) statuses++;
  }
  return filled > 0 && statuses * 2 >= filled;
}

const cellAt = (grid: Grid, r: number, col: number) => {
  const value = grid.values[r]?.[col] ?? null;
  const format = grid.numberFormats?.[r]?.[col] ?? undefined;
  return format ? { value, format } : { value };
};

/**
 * First non-blank cell of a column over the record's rows (continuation rows included); for a cell merged down over
 * several tasks (the record holds its text), the merge's first cell above.
 */
function cellOf(grid: Grid, record: TaskView['record'], col: number | undefined, merged: boolean): { value: CellValue; format?: string } | undefined {
  if (col === undefined) return undefined;
  for (let r = record.row; r <= record.lastRow; r++) if (!isBlank(grid.values[r]?.[col])) return cellAt(grid, r, col);
  if (!merged) return undefined;
  for (let r = record.row - 1; r >= 0 && r >= record.row - 500; r--) if (!isBlank(grid.values[r]?.[col])) return cellAt(grid, r, col);
  return undefined;
}

function completionOf(grid: Grid, view: TaskView, col: number | undefined, year: number | undefined): IsoDate | undefined {
  const cell = cellOf(grid, view.record, col, view.record.text.completion !== undefined);
  if (!cell) return undefined;
  const value = typeof cell.value === 'string' ? readable(cell.value) : cell.value;
  const d = parseDeadline(value, cell.format, year === undefined ? {} : { year });
  return d.kind === 'date' ? d.due : undefined;
}

/** Where a table's progress is read: `tracked` = hasProgressColumns or reportIsStatus; `fromReport` = reportIsStatus. */
export interface ProgressSource {
  tracked: boolean;
  fromReport: boolean;
}

/** The status in words: the status cell; else a "Tiến độ" or (see reportIsStatus) "Kết quả" cell that reads as one. */
function statusWords(view: TaskView, table: ParsedTable, percent: number | undefined, fromReport: boolean): { text: string; narrative: boolean } {
  const own = view.record.text.status;
  if (own !== undefined) return { text: own, narrative: false };
  const inWords = percent === undefined && table.columns.status === undefined ? (view.record.text.progress ?? '') : '';
  if (inWords && parseStatus(readable(inWords))) return { text: inWords, narrative: false };
  const report = fromReport ? (view.record.text.report ?? '') : '';
  if (isBlankStatus(report)) return { text: '', narrative: false };
  return parseStatus(readable(report)) ? { text: report, narrative: false } : { text: '', narrative: true };
}

export function readProgress(view: TaskView, table: ParsedTable, grid: Grid, source: ProgressSource, year?: number): TaskProgress {
  if (!source.tracked) return { state: 'untracked', statusText: '' };
  const completion = completionOf(grid, view, table.columns.completion, year);
  const cell = cellOf(grid, view.record, table.columns.progress, view.record.text.progress !== undefined);
  const percent = cell ? parseProgress(cell.value, cell.format) : undefined;
  const { text: statusText, narrative } = statusWords(view, table, percent, source.fromReport);
  const extra = { ...(completion === undefined ? {} : { completion }), ...(percent === undefined ? {} : { percent }) };
  const inferred: StatusState | undefined =
    completion !== undefined || (percent !== undefined && percent >= 100) ? 'done'
      : percent !== undefined && percent > 0 ? 'in_progress'
        : percent === 0 ? 'not_started'
          : undefined;
  if (!isBlankStatus(statusText)) {
    const parsed = parseStatus(readable(statusText));
    if (!parsed) return { state: inferred ?? 'unknown', statusText, ...extra, unknownStatus: true };
    return { state: parsed.state, statusText, ...extra, ...(parsed.late === undefined ? {} : { late: parsed.late }) };
  }
  if (inferred === undefined && view.parts) return fromParts(view.parts.map((p) => readProgress(p, table, grid, source, year)));
  return { state: inferred ?? (narrative ? 'unknown' : 'unreported'), statusText: '', ...extra };
}

/**
 * A task split into sub-rows per agency, each with its own status: done when every part is (by the last part's
 * completion), not started while none has begun, in progress otherwise.
 */
function fromParts(parts: readonly TaskProgress[]): TaskProgress {
  const done = parts.filter((p) => p.state === 'done');
  if (done.length === parts.length) {
    const dates = done.map((p) => p.completion);
    const last = dates.every((d) => d !== undefined) ? (dates as IsoDate[]).sort().at(-1) : undefined;
    return { state: 'done', statusText: '', ...(last ? { completion: last } : {}), ...(done.some((p) => p.late) ? { late: true } : {}) };
  }
  if (parts.every((p) => p.state === 'unreported')) return { state: 'unreported', statusText: '' };
  const begun = parts.some((p) => p.state === 'done' || p.state === 'in_progress');
  return { state: begun ? 'in_progress' : parts.every((p) => p.state === 'paused') ? 'paused' : 'not_started', statusText: '' };
}
