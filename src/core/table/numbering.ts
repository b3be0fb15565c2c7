/** The STT (ordinal) cell of a row: "I", "1", "1.2", "a)", "-". */
export type Ordinal =
  | { kind: 'roman'; value: number; text: string }
  | { kind: 'letter-upper'; value: number; text: string }
  /** path: the parts joined by "." ("1.2" for "1.2."), the ordinal's identity among its siblings. */
  | { kind: 'arabic'; parts: number[]; path: string; text: string }
  | { kind: 'letter'; value: number; text: string }
  | { kind: 'bullet'; text: string };

const ROMAN = /^(?=[IVXLC])(C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})\s*[.)]?$/;
const ARABIC = /^(\d{1,4}(?:\.\d{1,4})*)\s*[.)]?$/;
const LETTER = /^\(?([a-zđ])\s*[).]$|^([a-zđ])$/;
const LETTER_UPPER = /^([A-H])\s*[.)]?$/;
const BULLET = /^[-+*•–]$/;
const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

export function romanValue(s: string): number {
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN_VALUES[s[i] ?? ''] ?? 0;
    const next = ROMAN_VALUES[s[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

const ORDINALS = new Map<string, Ordinal | null>();

/** Memoised (STT cells repeat: "1", "2", "1.1"); the returned objects are shared and must not be changed. */
export function parseOrdinal(raw: string): Ordinal | null {
  if (raw.length === 0 || raw.length > 20) return null;
  let o = ORDINALS.get(raw);
  if (o === undefined) {
    if (ORDINALS.size > 10_000) ORDINALS.clear();
    o = computeOrdinal(raw);
    ORDINALS.set(raw, o);
  }
  return o;
}

// "PHẦN I", "Phần 2", "Mục II": a part of the annex, numbered like a section.
const PART_RE = /^(?:phần|mục|chương)\s+(\S+)$/iu;

function computeOrdinal(raw: string): Ordinal | null {
  const text = raw.trim();
  if (text.length === 0 || text.length > 16) return null;
  const part = PART_RE.exec(text)?.[1];
  if (part !== undefined) {
    const o = computeOrdinal(part.toUpperCase());
    if (o?.kind === 'roman') return { ...o, text };
    return o?.kind === 'arabic' && o.parts.length === 1 ? { kind: 'roman', value: o.parts[0] ?? 0, text } : null;
  }
  // Most STT cells are plain numbers (a number cell reads as "12"): no regex needed.
  const n = Number(text);
  if (Number.isInteger(n) && n >= 0 && n < 10_000 && String(n) === text) return { kind: 'arabic', parts: [n], path: text, text };
  const arabic = ARABIC.exec(text);
  if (arabic?.[1]) {
    const parts = arabic[1].split('.').map(Number);
    return { kind: 'arabic', parts, path: parts.join('.'), text };
  }
  if (ROMAN.test(text)) return { kind: 'roman', value: romanValue(text.replace(/[\s.)]/g, '')), text };
  const upper = LETTER_UPPER.exec(text);
  if (upper?.[1]) return { kind: 'letter-upper', value: upper[1].charCodeAt(0) - 64, text };
  const letter = LETTER.exec(text);
  const ch = letter?.[1] ?? letter?.[2];
  if (ch) return { kind: 'letter', value: ch === 'đ' ? 5 : ch.charCodeAt(0) - 96, text };
  if (BULLET.test(text)) return { kind: 'bullet', text };
  return null;
}

/** Depth of a task-level ordinal: 1 → 1, 1.2 → 2, a) → 10, "-" → 20. Sections have no depth. */
export function ordinalDepth(o: Ordinal): number {
  switch (o.kind) {
    case 'arabic':
      return o.parts.length;
    case 'letter':
      return 10;
    case 'bullet':
      return 20;
    default:
      return 0;
  }
}

export function isSectionOrdinal(o: Ordinal): boolean {
  return o.kind === 'roman' || o.kind === 'letter-upper';
}

/** "II CẢI CÁCH THỂ CHẾ", "III. CẢI CÁCH…" written in one cell: the leading Roman numeral, if the rest reads as a title. */
const ROMAN_TITLE = /^(?=[IVX])(X{0,3})(IX|IV|V?I{0,3})[.\s)/-]+(\S.*)$/su;
export function romanTitle(text: string): string | undefined {
  const m = ROMAN_TITLE.exec(text.trim());
  if (!m || !m[3]) return undefined;
  const title = m[3];
  const letters = title.replace(/[^\p{L}]/gu, '');
  const upper = letters.replace(/[^\p{Lu}]/gu, '');
  return letters.length >= 3 && upper.length / letters.length > 0.7 ? title : undefined;
}
