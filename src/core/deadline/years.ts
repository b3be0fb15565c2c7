/**
 * Years written after a period, read on the cleaned text while the "/" that marks them is still there:
 * "Quý III/26" is 2026 (as "31/12/26" is), "Tháng 6/226" and "Năm 3026" are typos.
 */
import { eachMatch } from '../text/each-match';
import { plausibleYear } from './dates';

const UNIT = '(?:\\d{1,2}|[ivx]{1,4})';
// As typed, typos included: "Quí III/26", "Qúy 3/26", "Thang 6/26".
const PERIOD_WORD = 'tháng|thang|quý|quí|qúy|quy|qui|th|t|q';
const PERIOD_YEAR = new RegExp(
  // Not inside a word: JavaScript's \b counts "ó" as a boundary, and "Hạn chót 05/12/2026" is no "T05/12".
  `((?<![\\p{L}\\p{N}])(?:${PERIOD_WORD})\\s*${UNIT}(?:\\s*(?:[,;\\-\\u2013]|và|đến|tới)\\s*(?:(?:${PERIOD_WORD})\\s*)?${UNIT})*\\s*/\\s*)(\\d+)(?!\\d)`,
  'giu',
);
const NAM_YEAR = /\bnăm\s+(\d{3,})(?![\d%])/giu;

export interface YearFix {
  /** The text with two-digit period years written in full. */
  text: string;
  invalid?: 'year-out-of-range';
}

export function fixPeriodYears(text: string): YearFix {
  let typo = false;
  const fixed = text.replace(PERIOD_YEAR, (_all: string, head: string, digits: string) => {
    if (digits.length === 2) return `${head}20${digits}`;
    if (digits.length !== 4) typo = true;
    return head + digits;
  });
  eachMatch(NAM_YEAR, fixed, (m) => {
    if (plausibleYear(Number(m[1])) === undefined) typo = true;
  });
  return typo ? { text: fixed, invalid: 'year-out-of-range' } : { text: fixed };
}
