/** Quarter numbers as written in plans: "I".."IV" (and "V" so that "Quý V" can be reported), or digits. */
const ROMAN: Readonly<Record<string, number>> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5 };

/** Token from a matchKey()-ed text ("iii", "3") to its number; NaN when it is neither. */
export function quarterNumber(token: string): number {
  const roman = ROMAN[token];
  if (roman !== undefined) return roman;
  return /^\d{1,2}$/.test(token) ? Number(token) : Number.NaN;
}

/** Regex source for one quarter token inside a matchKey()-ed text. */
export const QUARTER_TOKEN = '(?:iv|v|i{1,3}|\\d{1,2})\\b';
