/**
 * Legacy 8-bit Vietnamese text (TCVN3 "ABC" and VNI-Windows) read as Windows-1252/Latin-1 characters:
 * detection, decoding to NFC Unicode, and an encoder for building fixtures. Pure string code.
 */
import {
  TCVN3_DECODE,
  TCVN3_ENCODE,
  VNI_DECODE,
  VNI_ENCODE,
  VNI_MARKS,
  isVietSyllable,
} from './legacy-tables';

export type LegacyEncoding = 'tcvn3' | 'vni';

/** Cheap gates: any Latin-1 high char at all; any letter or mark only Unicode Vietnamese text would hold. */
const HIGH = /[\u00a1-\u00ff]/;
const VIET_SPECIFIC =
  /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u0300-\u036f\u1ea0-\u1ef9]/;

const TCVN3_RE = /[\u00a1-\u00fe]/g;
const VNI_ALL_MARKS = VNI_MARKS + VNI_MARKS.toUpperCase();
/** Base vowel + VNI mark, or any single high char. */
const VNI_RE = new RegExp(`[AEOUYaeouyÔÖôö][${VNI_ALL_MARKS}]|[\\u00a1-\\u00ff]`, 'g');
/** Latin-1 letters (minus × ÷) and TCVN3's letter codes in A1–BE: evidence against an encoding when unmapped. */
const LETTERISH = /[\u00a1-\u00ae\u00b5-\u00b9\u00bb-\u00be\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff]/;
/**
 * Marked evidence — what Unicode text practically never holds. TCVN3: a letter code that is a symbol in
 * Latin-1 (¡-® ¶ ¸ ¹ » ¼ ½ ¾ × ÷; not "·" as in "N·m"), "µ" after a letter ("vµ", unlike "µm"), or a
 * Latin-1 capital right after a lowercase ASCII letter ("chÝnh"). VNI: any base+mark pair except those foreign words show.
 */
const TCVN3_SYMBOL_LETTER = /[\u00a1-\u00ae\u00b6\u00b8\u00b9\u00bb-\u00be\u00d7\u00f7]/;
const LATIN1_CAPITAL = /[\u00c0-\u00d6\u00d8-\u00de]/;
const VNI_WEAK_PAIRS = new Set(['où', 'aï', 'oï', 'uï', 'aú', 'aü']); // où, naïve, Loïc, inouï, aún
const LOWER_ASCII = /[a-z]/;
const ASCII_LETTER = /[A-Za-z]/;

/** One-regex vetoes run before the word-by-word work: characters an encoding's text cannot contain. */
const TCVN3_NEVER = /[\u00ba\u00c0-\u00c5\u00cd\u00d9-\u00db\u00e0\u00f0\u00ff]/;
const VNI_OTHER_LETTERS = Array.from({ length: 0x40 }, (_, i) => String.fromCharCode(0xc0 + i))
  .filter((c) => c !== '\u00d7' && c !== '\u00f7' && !VNI_ALL_MARKS.includes(c) && !VNI_DECODE.has(c))
  .join('');
const VNI_NEVER = new RegExp(
  `[\u00a1-\u00ae\u00b5-\u00b9\u00bb-\u00be${VNI_OTHER_LETTERS}]|(?<![AEOUYaeouyÔÖôö])[${VNI_ALL_MARKS}]`,
);
const WORD = /[A-Za-z\u00a1-\u00ff]+/g;

interface Stats {
  subs: number; // characters (or VNI pairs) actually changed
  strays: number; // high letters that the encoding cannot explain
  combos: number; // VNI base+mark pairs
  marked: number; // substitutions that Unicode text would practically never contain (see above)
}

const newStats = (): Stats => ({ subs: 0, strays: 0, combos: 0, marked: 0 });

function decodeTcvn3(text: string, st: Stats, caps: boolean): string {
  return text.replace(TCVN3_RE, (ch, at: number) => {
    const u = TCVN3_DECODE.get(ch);
    if (u === undefined) {
      if (LETTERISH.test(ch)) st.strays++;
      return ch;
    }
    st.subs++;
    const before = text.charAt(at - 1);
    if (TCVN3_SYMBOL_LETTER.test(ch) || (ch === '\u00b5' && ASCII_LETTER.test(before))) st.marked++;
    else if (LATIN1_CAPITAL.test(ch) && LOWER_ASCII.test(before)) st.marked++;
    return caps ? u.toUpperCase() : u;
  });
}

function decodeVni(text: string, st: Stats): string {
  return text.replace(VNI_RE, (m) => {
    const u = VNI_DECODE.get(m);
    if (u !== undefined) {
      if (u !== m) st.subs++;
      if (m.length === 2) {
        st.combos++;
        if (!VNI_WEAK_PAIRS.has(m.toLowerCase())) st.marked++;
      }
      return u;
    }
    if (m.length === 2) {
      // A base followed by a mark it cannot carry (e.g. "oë"): the mark is a stray.
      st.strays++;
      const head = VNI_DECODE.get(m.charAt(0));
      if (head !== undefined && head !== m.charAt(0)) st.subs++;
      return (head ?? m.charAt(0)) + m.charAt(1);
    }
    if (LETTERISH.test(m)) st.strays++;
    return m;
  });
}

/** TCVN3 text typed for the all-caps H fonts: no lowercase ASCII and at least two capitals. */
function looksAllCaps(text: string): boolean {
  return !/[a-z]/.test(text) && (text.match(/[A-Z\u00a1-\u00a7]/g)?.length ?? 0) >= 2;
}

/** Decode word by word; accept only when the decoded words look Vietnamese and the raw ones do not. */
function assess(text: string, enc: LegacyEncoding): { gain: number; combos: number } | undefined {
  const st = newStats();
  const caps = enc === 'tcvn3' && looksAllCaps(text);
  let [changed, valid, gain, markedGain, loss] = [0, 0, 0, 0, 0];
  for (const [raw] of text.matchAll(WORD)) {
    // A lone symbol ("¶", "«", "·") is punctuation, not a one-letter TCVN3 word.
    if (!HIGH.test(raw) || (raw.length === 1 && raw < '\u00c0')) continue;
    const markedBefore = st.marked;
    const dec = enc === 'tcvn3' ? decodeTcvn3(raw, st, caps) : decodeVni(raw, st);
    if (st.strays > 0) return undefined;
    if (dec === raw) continue;
    changed++;
    const decOk = isVietSyllable(dec);
    const rawOk = isVietSyllable(raw);
    if (decOk) valid++;
    if (decOk && !rawOk) {
      gain++;
      if (st.marked > markedBefore) markedGain++;
    }
    if (rawOk && !decOk) loss++;
  }
  // A gain from a word of plain Latin-1 letters ("mãe", "aún") is weak: one such is not enough.
  if (gain <= loss || valid < 0.8 * changed || (markedGain === 0 && gain < 2)) return undefined;
  const enough = st.subs >= 2 || (st.subs === 1 && st.marked === 1);
  return enough ? { gain, combos: st.combos } : undefined;
}

/**
 * The legacy encoding `text` is written in, or undefined for ordinary text (ASCII, Unicode Vietnamese in
 * NFC or NFD, other Latin-1 languages). Cheap for ordinary cells: two regex tests before any real work.
 */
export function detectLegacy(text: string): LegacyEncoding | undefined {
  if (!HIGH.test(text) || VIET_SPECIFIC.test(text)) return undefined;
  const t = TCVN3_NEVER.test(text) ? undefined : assess(text, 'tcvn3');
  const v = VNI_NEVER.test(text) ? undefined : assess(text, 'vni');
  if (!t) return v ? 'vni' : undefined;
  if (!v) return 'tcvn3';
  if (t.gain !== v.gain) return t.gain > v.gain ? 'tcvn3' : 'vni';
  return v.combos > 0 ? 'vni' : 'tcvn3';
}

/**
 * Decode legacy text to NFC Unicode. Characters the encoding does not define are kept. TCVN3 toned capitals
 * share the lowercase codes: they decode to lowercase, except in all-caps text (see looksAllCaps).
 */
export function decodeLegacy(text: string, enc: LegacyEncoding): string {
  const st = newStats();
  const out = enc === 'tcvn3' ? decodeTcvn3(text, st, looksAllCaps(text)) : decodeVni(text, st);
  return out.normalize('NFC');
}

/** Encode Unicode Vietnamese to the legacy form (as Latin-1 chars). For fixtures and tests. */
export function encodeLegacy(text: string, enc: LegacyEncoding): string {
  const map = enc === 'tcvn3' ? TCVN3_ENCODE : VNI_ENCODE;
  return text.normalize('NFC').replace(/[^\u0000-\u007f]/g, (ch) => map.get(ch) ?? ch);
}
