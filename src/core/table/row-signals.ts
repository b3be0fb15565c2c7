import { AGENCY_OPENING_RE } from '../agency/opening';
import type { CellValue } from '../grid';
import { startsLowercase } from '../text/case';
import { matchKey } from '../text/normalize';
import { isBlank } from './cell-text';
import type { MergeIndex } from './merges';
import type { RowRecord } from './model';

/** Lines that can only open the notes and signature block. */
const NOTES_MARKS = ['ghi chu', 'luu y', 'chu thich', 'chu y', 'noi nhan', 'kt chu tich', 'kt giam doc', 'tm uy ban nhan dan', 'tm ubnd', 'nguoi lap bieu', 'luu vt'];
/** A signer's title opens it too, but "Chủ tịch UBND các xã chỉ đạo …" opens a task: see isSignerTitle. */
const SIGNER_TITLES = [
  'chu tich', 'pho chu tich', 'giam doc', 'pho giam doc', 'truong ban', 'pho truong ban', 'chanh van phong',
  'thu truong don vi', 'thu truong co quan', 'da ky',
];
/** Signing for someone: "KT.", "TM.", "TL.", "TUQ.", "Q." (acting), "K/T", "T/M" before the title. */
const SIGNING_FOR = /^\s*(?:(?:KT|TM|TL|TUQ|Q)\s*\.|K\s*\/\s*T|T\s*\/\s*M)\s*\p{L}/iu;
const NOTES_START = [...NOTES_MARKS, ...SIGNER_TITLES];

const NOTES_FIRST_WORDS = new Set(NOTES_START.map((p) => p.split(' ')[0]));
/** A footnote mark before the words: "* Ghi chú:", "(*) Lưu ý:". */
const MARK = String.raw`^\s*(?:\(?\*+\)?\s*)?`;
const FIRST_WORD = new RegExp(`${MARK}\\(?[\\p{L}\\p{M}]+`, 'u');

/** First letters of NOTES_START and SIGNING_FOR, as typed (with diacritics, either case), after spaces, "(" and a mark. */
const NOTES_INITIAL = new RegExp(`${MARK}\\(?[gnktcpdlđqGNKTCPDLĐQ]`);

const startsWith = (key: string, p: string) => key === p || key.startsWith(`${p} `);

/**
 * A title as signature blocks set it: a short line in capitals ("PHÓ CHỦ TỊCH", "GIÁM ĐỐC SỞ NỘI VỤ") or the title
 * alone ("Thủ trưởng đơn vị", "(Đã ký)"). Tasks, section headings and continuation lines run on: "Chủ tịch UBND
 * tỉnh ban hành …", "CHỦ TỊCH UBND CÁC XÃ, PHƯỜNG".
 */
function isSignerTitle(text: string): boolean {
  const line = text.split('\n')[0] ?? '';
  return (isUpperTitle(line) && line.trim().split(/\s+/).length <= 5) || SIGNER_TITLES.includes(matchKey(line));
}

/**
 * The first line of the notes and signature block that follows a table ("Ghi chú:", "Nơi nhận:", "KT. CHỦ TỊCH"),
 * read in the row's first text cell. Callers leave numbered rows out: a numbered row is a task or a section.
 */
export function isNotesStart(row: readonly CellValue[]): boolean {
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    if (isBlank(v) || typeof v !== 'string') continue;
    if (!NOTES_INITIAL.test(v)) return false;
    if (SIGNING_FOR.test(v)) return true;
    // The first word alone rules out nearly every row (and is a short, repeated text: its key is memoised).
    if (!NOTES_FIRST_WORDS.has(matchKey(FIRST_WORD.exec(v)?.[0] ?? ''))) return false;
    const key = matchKey(v.length > 40 ? v.slice(0, 40) : v).replace(/^\W+/, '');
    if (NOTES_MARKS.some((p) => startsWith(key, p))) return true;
    return SIGNER_TITLES.some((p) => startsWith(key, p)) && isSignerTitle(v);
  }
  return false;
}

const TOTAL = /^(?:cong|tong cong(?: .*)?|tong so \d.*|trong do \d+ .*)$/;

/** "Tổng cộng", "Cộng", "Tổng số: 25 nhiệm vụ", "Trong đó: 05 nhiệm vụ trọng tâm": a count, typed with a capital. */
export function isTotalRow(texts: readonly string[]): boolean {
  for (let c = 0; c < texts.length; c++) {
    const t = texts[c];
    if (!t) continue;
    const c0 = t.charAt(0);
    return (c0 === 'T' || c0 === 'C') && TOTAL.test(matchKey(t.length > 40 ? t.slice(0, 40) : t));
  }
  return false;
}

/**
 * A title merged across most of the table, or (as exceljs reads merges) one text repeated in every filled cell.
 * `texts` is the row's cleaned cell texts.
 */
export function mergedTitle(texts: readonly string[], r: number, merges: MergeIndex, width: number): string | undefined {
  let text: string | undefined;
  let filled = 0;
  for (let c = 0; c < texts.length; c++) {
    const t = texts[c] ?? '';
    if (t === '') continue;
    filled++;
    if (text === undefined) text = t;
    else if (t !== text) return undefined;
  }
  if (text === undefined) return undefined;
  if (merges.widestInRow(r) >= Math.max(2, Math.ceil(width * 0.6))) return text;
  return filled >= Math.max(2, Math.ceil(width * 0.6)) ? text : undefined;
}

/** Case of each character below U+2000 (Latin, Vietnamese): 0 not yet known, 1 upper, 2 lower, 3 neither. */
const CASES = new Uint8Array(0x2000);

function caseOf(ch: string, code: number): number {
  let k = code < 0x2000 ? (CASES[code] ?? 0) : 0;
  if (k === 0) {
    const up = ch.toUpperCase();
    k = ch.toLowerCase() === up ? 3 : ch === up ? 1 : 2;
    if (code < 0x2000) CASES[code] = k;
  }
  return k;
}

/** Mostly upper-case letters (over 80%, at least 4 letters): the way section titles are typed. */
export function isUpperTitle(text: string): boolean {
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < text.length; i++) {
    const k = caseOf(text.charAt(i), text.charCodeAt(i));
    if (k === 1) upper++;
    else if (k === 2 && ++lower * 4 > text.length) return false;
  }
  return upper + lower >= 4 && upper / (upper + lower) > 0.8;
}

/** "(1) (2) (3) …" or "1 2 3 …" across the row: at least three cells numbering the columns in a row. */
export function isColumnNumbering(texts: readonly string[]): boolean {
  let count = 0;
  let last = 0;
  for (const t of texts) {
    if (!t) continue;
    const m = /^\(?(\d{1,2})\)?$/.exec(t);
    const k = Number(m?.[1]);
    if (!m || (count > 0 && k !== last + 1)) return false;
    count++;
    last = k;
  }
  return count >= 3;
}

const YEAR = /(?:19|20)\d\d/;

/** A deadline that stops mid-phrase: "Trước ngày", "Từ … đến". */
const DEADLINE_OPEN = /\s(?:ngày|trước|đến|từ)\s*$/iu;
/** A lead that stops mid-name: "Sở Nông nghiệp và", "… &". */
const LEAD_OPEN = /(?:\s(?:và|với)|&)\s*$/iu;
/** A cell that goes on below: those, or a list mark at its end ("Quý IV/2026 (cấp tỉnh);"). */
const goesOn = (cell: string) => /[;,:&-]\s*$/.test(cell) || LEAD_OPEN.test(cell) || DEADLINE_OPEN.test(cell);
const CONNECTOR_START = /^\s*(?:[,;&]|(?:và|với)\s)/iu;

/**
 * The row's lead goes on from the lead above: "Sở Nông nghiệp và" / "Môi trường", "Báo và Phát thanh," / "Truyền hình
 * tỉnh", "Sở Văn hóa, Thể thao" / "và Du lịch"; not a list ("Sở Nội vụ;" / "Sở Tài chính") nor a new name after a
 * comma ("Sở Nội vụ," / "Sở Tài chính"). Without a deadline of its own, a lower-case or "-" lead goes on too.
 */
export function wrappedLead(lead: string, above: string | undefined, ownDeadline: boolean): boolean {
  if (CONNECTOR_START.test(lead) || (!ownDeadline && (startsLowercase(lead) || lead.startsWith('-')))) return true;
  if (above === undefined) return false;
  return LEAD_OPEN.test(above) || (/,\s*$/.test(above) && !AGENCY_OPENING_RE.test(lead));
}

/** The deadline above stops mid-phrase ("Trước ngày") and this row's lead names no body of its own ("tỉnh"). */
export function wrappedDeadline(lead: string, above: string | undefined): boolean {
  return above !== undefined && DEADLINE_OPEN.test(above) && !AGENCY_OPENING_RE.test(lead);
}

/** A list item's mark: "- xây dựng kế hoạch" is an item of its own, not the rest of the line above. */
export const BULLET_START = /^\s*[-–+•*]/;

/**
 * A row left unnumbered in a numbered table, not a line of the task above: its own task text and its own deadline
 * under a task whose deadline ends there — a list item ("- Rút ngắn thời gian …" | "Quý III/2026"), or a phrase (not
 * a wrapped word or two like "Lạng Sơn") with a full deadline ("Kiểm tra việc …" | "Quý II/2026"). A deadline cut
 * over two lines ("Quý III" / "năm 2026") has no year on one of them.
 */
export function isUnnumberedTask(text: RowRecord['text'], prev: RowRecord): boolean {
  const { task, deadline } = text;
  const above = prev.text.deadline;
  if (!task || !deadline || text.lead || above === undefined || goesOn(above)) return false;
  // A deadline cut over two lines ("Quý III" / "năm 2026") goes on in lower case.
  if (!/^[\p{Lu}\d]/u.test(deadline)) return false;
  if (BULLET_START.test(task)) return true;
  if (!/^\p{Lu}/u.test(task)) return false;
  return task.trim().split(/\s+/).length >= 3 && YEAR.test(deadline) && YEAR.test(above);
}

const PAGE_MARK = /^(?:trang\s*)?[-–\s]*\d{1,3}[-–\s]*$|^trang\s*\d{1,3}\s*\/\s*\d{1,3}$/iu;

/**
 * A page number a converter left on its own row ("3", "- 3 -", "Trang 3", "Trang 3/5"), outside the STT column; in the task column
 * only a decorated one (a bare "06" there is the end of the task's text: "… Đề án" / "06").
 */
export function isPageNumber(texts: readonly string[], numCol: number | undefined, taskCol: number | undefined): boolean {
  let mark = -1;
  for (let c = 0; c < texts.length; c++) {
    if (!texts[c]) continue;
    if (mark >= 0 || !PAGE_MARK.test(texts[c] as string)) return false;
    mark = c;
  }
  return mark >= 0 && mark !== numCol && (mark !== taskCol || !/^\d+$/.test(texts[mark] as string));
}
