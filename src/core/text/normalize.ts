/** Text clean-up shared by every matcher. Pure string functions, no locale APIs beyond String.prototype. */

const SPACES = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g;
const COMBINING = /[\u0300-\u036f]/;
/**
 * Anything cleanText would change: characters outside the NFC-stable Latin, Vietnamese and punctuation blocks
 * (combining marks, CJK compatibility ideographs …), odd spaces, doubled spaces, breaks; edge spaces are tested apart.
 * One regex for both (a double space first) scans about twice as fast as includes('  ') plus the class alone.
 */
const UNTIDY = / {2}|[^\u0020-\u007e\u00a1-\u02ff\u1e00-\u1eff\u2010-\u2027\u2030-\u205e]/;

/** Bounded memo: annexes repeat the same short texts (agencies, deadlines, headers) thousands of times. */
export function memo(limit: number, maxLength: number, fn: (s: string) => string): (s: string) => string {
  let cache = new Map<string, string>();
  return (s) => {
    if (s.length > maxLength) return fn(s);
    let v = cache.get(s);
    if (v === undefined) {
      if (cache.size >= limit) cache = new Map();
      v = fn(s);
      cache.set(s, v);
    }
    return v;
  };
}

/** NFC, non-breaking and odd spaces to one space, trimmed. Keeps line breaks as single "\n". */
export function cleanText(s: string): string {
  const tidy = s.charCodeAt(0) !== 32 && s.charCodeAt(s.length - 1) !== 32 && !UNTIDY.test(s);
  if (tidy) return s;
  const nfc = s.normalize('NFC');
  return nfc
    .split(/\r?\n|\r/)
    .map((line) => line.replace(SPACES, ' ').trim())
    .filter((line) => line.length > 0)
    .join('\n');
}

function key(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * Diacritic-, case-, punctuation- and spacing-insensitive key: "Cơ quan\nCHỦ TRÌ:" → "co quan chu tri".
 * đ/Đ become d (NFD does not decompose them).
 */
export const matchKey: (s: string) => string = memo(20_000, 64, key);

/** True when the text holds combining marks that NFC would fold (decomposed input). */
export function isDecomposed(s: string): boolean {
  return COMBINING.test(s) && s !== s.normalize('NFC');
}
