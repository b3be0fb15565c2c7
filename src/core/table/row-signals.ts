import type { CellValue } from '../grid';
import { matchKey } from '../text/normalize';
import { cellText, isBlank } from './cell-text';
import type { MergeIndex } from './merges';

const NOTES_START = [
  'ghi chu', 'noi nhan', 'kt chu tich', 'tm uy ban nhan dan', 'tm ubnd', 'chu tich', 'pho chu tich',
  'nguoi lap bieu', 'giam doc', 'kt giam doc', 'da ky', 'thu truong don vi', 'thu truong co quan', 'luu vt',
];

/** The first line of the notes and signature block that follows a table ("Ghi chú:", "Nơi nhận:", "KT. CHỦ TỊCH"). */
export function isNotesStart(row: readonly CellValue[]): boolean {
  for (const v of row) {
    if (isBlank(v) || typeof v !== 'string') continue;
    const key = matchKey(v.slice(0, 40));
    return NOTES_START.some((p) => key === p || key.startsWith(`${p} `));
  }
  return false;
}

/** A title merged across most of the table, or (as exceljs reads merges) one text repeated in every filled cell. */
export function mergedTitle(row: readonly CellValue[], r: number, merges: MergeIndex, width: number): string | undefined {
  const texts = new Set<string>();
  let filled = 0;
  for (const v of row) {
    if (isBlank(v)) continue;
    filled++;
    texts.add(cellText(v));
  }
  if (texts.size !== 1) return undefined;
  const [text] = texts;
  if (merges.widestInRow(r) >= Math.max(2, Math.ceil(width * 0.6))) return text;
  return filled >= Math.max(2, Math.ceil(width * 0.6)) ? text : undefined;
}

/** Mostly upper-case letters: the way section titles are typed. */
export function isUpperTitle(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length < 4) return false;
  const upper = letters.replace(/[^\p{Lu}]/gu, '');
  return upper.length / letters.length > 0.8;
}

export function startsLowercase(text: string): boolean {
  const first = /\p{L}/u.exec(text)?.[0];
  return first !== undefined && first === first.toLowerCase() && first !== first.toUpperCase();
}
