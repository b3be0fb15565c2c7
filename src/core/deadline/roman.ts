/** Quarter numbers as written in plans: "I".."IV", or digits. Other numerals ("V", "VI", "IIII") read as impossible quarters. */
const ROMAN: Readonly<Record<string, number>> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6, vii: 7, viii: 8, ix: 9, x: 10 };

/** Token from a matchKey()-ed text ("iii", "3") to its number; NaN when it is neither (including "iiii"). */
export function quarterNumber(token: string): number {
  const roman = ROMAN[token];
  if (roman !== undefined) return roman;
  return /^\d{1,2}$/.test(token) ? Number(token) : Number.NaN;
}

/** Regex source for one quarter token inside a matchKey()-ed text; "quý, 6 tháng, năm" lists report periods, not quarter 6. */
export const QUARTER_TOKEN = '(?:[ivx]{1,4}|\\d{1,2})\\b(?! thang\\b)';
