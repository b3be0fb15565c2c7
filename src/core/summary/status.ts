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
    // What was to be done, done: issued, signed, passed, approved, held, sent.
    'da ban hanh', 'da ky ban hanh', 'da ky', 'da thong qua', 'da phe duyet', 'da duoc phe duyet', 'da to chuc', 'da gui',
    'da bao cao', 'done', 'completed', 'complete', 'finished',
  ],
  in_progress: [
    'dang thuc hien', 'dang trien khai', 'dang tien hanh', 'dang lam', 'dang xu ly', 'dang th', 'dang', 'da trien khai',
    'chua hoan thanh', 'cham tien do', 'cham', 'qua han', 'tre han', 'co ban hoan thanh', 'da co ban hoan thanh',
    'da xay dung du thao', 'du thao', 'cho tham dinh', 'cho phe duyet', 'cho y kien', 'da trinh', 'da tham muu',
    'da gui lay y kien', 'da gui xin y kien',
    'in progress', 'ongoing', 'started',
  ],
  not_started: [
    'chua thuc hien', 'chua trien khai', 'chua bat dau', 'chua lam', 'chua th', 'chua tien hanh', 'chua',
    'not started', 'to do', 'todo',
  ],
  paused: [
    // Not a bare "dung": "Đúng hạn" gives the same key as "Dừng".
    'tam dung', 'tam hoan', 'tam ngung', 'dung thuc hien', 'ngung thuc hien', 'da dung', 'ngung',
    // Withdrawn or moved on: no longer due as planned.
    // Not a bare "huy" ("Huy động …") nor "chuyển sang" ("… giai đoạn 2" goes on).
    'khong thuc hien', 'khong hoan thanh', 'de nghi khong thuc hien', 'de nghi rut', 'da rut', 'da huy', 'lui', 'gia han',
    'da chuyen sang nam', 'chuyen sang nam',
    'paused', 'on hold', 'suspended',
  ],
};

/** Done by someone else's act, named first: "UBND tỉnh đã ban hành …", "HĐND tỉnh đã thông qua …". */
const DONE_WITHIN = /\bda (?:ban hanh|ky ban hanh|thong qua|phe duyet|duoc phe duyet)\b/;

/** Abbreviations accepted only as the whole cell. "ĐTH" is left out: đã or đang thực hiện? */
const ABBREVIATIONS: Record<string, StatusState> = {
  ht: 'done', dht: 'done', 'da ht': 'done', cht: 'in_progress', cth: 'not_started', 'chua ht': 'in_progress', td: 'paused',
  dat: 'done',
};

// On the text itself: "chăm sóc", "trẻ em", "muốn" are no delay; "không trễ hạn" says on time.
const LATE = /(?<!không\s|chưa\s)(?<![\p{L}])(?:quá hạn|chậm|trễ|muộn|late)(?![\p{L}])/iu;
const ON_TIME = /\b(?:dung han|truoc han|dung tien do|som|on time|khong (?:tre|cham|qua han))\b/;
const PERCENT = /(\d{1,3}(?:[.,]\d+)?)\s*%/;
// Part of it done: "một phần", "đợt 1; đang chuẩn bị đợt 2", "dự thảo, đang lấy ý kiến", "giai đoạn 1" ("đang" on the text:
// "đăng tải" has the same key).
const PARTLY = /\b(?:mot phan|dot \d+|giai doan \d+|buoc \d+|du thao)\b/;
const STILL = /(?<!\p{L})đang(?!\p{L})/iu;
// "2/3 nội dung": fewer than all ("14/14" is all; "28/9/2026" is a date).
const FRACTION = /(?<![\d/])(\d{1,3})\s*\/\s*(\d{1,3})(?![\d/])/;

const ENTRIES: readonly { phrase: string; state: StatusState }[] = (Object.entries(PHRASES) as [StatusState, string[]][])
  .flatMap(([state, list]) => list.map((phrase) => ({ phrase, state })))
  .sort((a, b) => b.phrase.length - a.phrase.length);

function refineDone(text: string, rest: string): ParsedStatus {
  // "Hoàn thành 80%" is a share done, not a finished task ("Hoàn thành, giải ngân đạt 85%" is finished).
  const n = /^\d/.test(rest) ? PERCENT.exec(text) : null;
  if (n && Number((n[1] ?? '').replace(',', '.')) < 100) return { state: 'in_progress' };
  const part = FRACTION.exec(text);
  if (PARTLY.test(rest) || STILL.test(text) || (part && Number(part[1]) < Number(part[2]))) return { state: 'in_progress' };
  if (ON_TIME.test(rest)) return { state: 'done', late: false };
  if (LATE.test(text)) return { state: 'done', late: true };
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
  return DONE_WITHIN.test(key) ? refineDone(text, '') : undefined;
}

/** True when the status text has nothing to read (empty, dashes, spaces). */
export function isBlankStatus(text: string | undefined): boolean {
  return text === undefined || matchKey(text) === '';
}

/** Neither empty nor understood: the condition of the `unknown-status` issue. */
export function isUnknownStatus(text: string | undefined): boolean {
  return !isBlankStatus(text) && parseStatus(readable(text ?? '')) === undefined;
}

// "80%", "80 %", "0,8" or a bare "80"; in words, only a number marked "%" ("Quý 3 đạt 50%"; "Đã tổ chức ngày 25/9" is none).
const PERCENT_TEXT = /^\s*(\d+(?:[.,]\d+)?)\s*(%?)\s*$|(\d+(?:[.,]\d+)?)\s*(%)/;

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
  const n = Number((m[1] ?? m[3] ?? '').replace(',', '.'));
  if (!Number.isFinite(n)) return undefined;
  return (m[2] ?? m[4]) === '%' || n >= 1 || n === 0 ? n : n * 100;
}
