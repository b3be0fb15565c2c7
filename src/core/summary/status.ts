/**
 * Reads a "Tình trạng" / "Trạng thái" cell and a "Tiến độ (%)" cell. Case, diacritics, spacing and punctuation do
 * not matter ("DA HOAN THANH", "đã hoàn thành.", "Đã hoàn thành (BC số 12)"). A word not in the vocabulary is not
 * guessed: parseStatus returns undefined and the rule `unknown-status` reports it.
 */
import { type CellValue, isFormulaError } from '../grid';
import { matchKey } from '../text/normalize';
import { readable } from '../text/readable';

export type StatusState = 'not_started' | 'in_progress' | 'done' | 'paused';

export interface ParsedStatus {
  state: StatusState;
  /** For a done task whose status itself says on time (false) or late (true): "Hoàn thành quá hạn". */
  late?: boolean;
}

/** Phrases (as matchKey gives them) that may start a status, longest first when looked up. */
const PHRASES: Record<StatusState, readonly string[]> = {
  done: [
    'da hoan thanh', 'hoan thanh', 'da xong', 'xong', 'hoan tat', 'da hoan tat', 'da thuc hien xong', 'da thuc hien',
    'done', 'completed', 'complete', 'finished',
  ],
  in_progress: [
    'dang thuc hien', 'dang trien khai', 'dang tien hanh', 'dang lam', 'dang xu ly', 'dang th', 'dang', 'da trien khai',
    'chua hoan thanh', 'cham tien do', 'cham', 'qua han', 'in progress', 'ongoing', 'started',
  ],
  not_started: [
    'chua thuc hien', 'chua trien khai', 'chua bat dau', 'chua lam', 'chua th', 'chua tien hanh', 'chua',
    'not started', 'to do', 'todo',
  ],
  paused: [
    // Not a bare "dung": "Đúng hạn" gives the same key as "Dừng".
    'tam dung', 'tam hoan', 'tam ngung', 'dung thuc hien', 'ngung thuc hien', 'da dung', 'ngung',
    'paused', 'on hold', 'suspended',
  ],
};

/** Abbreviations accepted only as the whole cell. "ĐTH" is left out: đã or đang thực hiện? */
const ABBREVIATIONS: Record<string, StatusState> = {
  ht: 'done', dht: 'done', 'da ht': 'done', cht: 'in_progress', cth: 'not_started', 'chua ht': 'in_progress', td: 'paused',
};

const LATE = /\b(?:qua han|cham|tre|tre han|muon|late)\b/;
const ON_TIME = /\b(?:dung han|truoc han|dung tien do|som|on time)\b/;
const PERCENT = /(\d{1,3}(?:[.,]\d+)?)\s*%/;

const ENTRIES: readonly { phrase: string; state: StatusState }[] = (Object.entries(PHRASES) as [StatusState, string[]][])
  .flatMap(([state, list]) => list.map((phrase) => ({ phrase, state })))
  .sort((a, b) => b.phrase.length - a.phrase.length);

function refineDone(text: string, rest: string): ParsedStatus {
  // "Hoàn thành 80%" is a share done, not a finished task.
  const n = PERCENT.exec(text);
  if (n && Number((n[1] ?? '').replace(',', '.')) < 100) return { state: 'in_progress' };
  if (LATE.test(rest)) return { state: 'done', late: true };
  if (ON_TIME.test(rest)) return { state: 'done', late: false };
  return { state: 'done' };
}

/** undefined for an empty cell and for words not understood; call isBlankStatus to tell them apart. */
export function parseStatus(text: string): ParsedStatus | undefined {
  const key = matchKey(text);
  if (key === '') return undefined;
  const abbreviation = ABBREVIATIONS[key];
  if (abbreviation) return { state: abbreviation };
  for (const { phrase, state } of ENTRIES) {
    if (key !== phrase && !key.startsWith(`${phrase} `)) continue;
    const rest = key.slice(phrase.length).trim();
    return state === 'done' ? refineDone(text, rest) : { state };
  }
  return undefined;
}

/** True when the status text has nothing to read (empty, dashes, spaces). */
export function isBlankStatus(text: string | undefined): boolean {
  return text === undefined || matchKey(text) === '';
}

/** Neither empty nor understood: the condition of the `unknown-status` issue. */
export function isUnknownStatus(text: string | undefined): boolean {
  return !isBlankStatus(text) && parseStatus(readable(text ?? '')) === undefined;
}

const PERCENT_TEXT = /(\d+(?:[.,]\d+)?)\s*(%?)/;

/** A progress cell as a percentage 0–100+: 0.7 with a % format, 70, "70%", "70 %". undefined when unreadable. */
export function parseProgress(value: CellValue, format?: string): number | undefined {
  if (value === null || value instanceof Date || isFormulaError(value) || typeof value === 'boolean') return undefined;
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value < 0) return undefined;
    if ((format ?? '').includes('%') || (value > 0 && value < 1)) return Math.round(value * 10000) / 100;
    return value;
  }
  const m = PERCENT_TEXT.exec(value);
  if (!m) return undefined;
  const n = Number((m[1] ?? '').replace(',', '.'));
  if (!Number.isFinite(n)) return undefined;
  return m[2] === '%' || n >= 1 || n === 0 ? n : n * 100;
}
