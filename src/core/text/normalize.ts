/** Text clean-up shared by every matcher. Pure string functions, no locale APIs beyond String.prototype. */

const SPACES = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g;

/** NFC, non-breaking and odd spaces to one space, trimmed. Keeps line breaks as single "\n". */
export function cleanText(s: string): string {
  return s
    .normalize('NFC')
    .split(/\r?\n|\r/)
    .map((line) => line.replace(SPACES, ' ').trim())
    .filter((line) => line.length > 0)
    .join('\n');
}

/**
 * Diacritic-, case-, punctuation- and spacing-insensitive key: "Cơ quan\nCHỦ TRÌ:" → "co quan chu tri".
 * đ/Đ become d (NFD does not decompose them).
 */
export function matchKey(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** True when the text holds combining marks that NFC would fold (decomposed input). */
export function isDecomposed(s: string): boolean {
  return s !== s.normalize('NFC');
}
