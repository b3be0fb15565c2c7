/**
 * Mapping data for the two legacy 8-bit Vietnamese encodings, as their bytes appear once a file is read as
 * Windows-1252 / Latin-1 (byte 0xNN becomes U+00NN), plus a Vietnamese syllable-shape check used by detection.
 * Everything is built once at module load from short, reviewable charts.
 */

/** Tone marks in chart order: huyền, hỏi, ngã, sắc, nặng. */
const TONES = ['\u0300', '\u0309', '\u0303', '\u0301', '\u0323'] as const;

const nfc = (s: string): string => s.normalize('NFC');
const hex = (s: string): string => String.fromCharCode(parseInt(s, 16));

/** Toneless vowel bases (NFC). */
const VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'] as const;

/** Every Vietnamese letter outside plain ASCII, lowercase: 60 toned vowels, ă â ê ô ơ ư, đ. */
export const VIET_LOWER: readonly string[] = [
  ...VOWELS.flatMap((v) => TONES.map((t) => nfc(v + t))),
  'ă', 'â', 'ê', 'ô', 'ơ', 'ư', 'đ',
];

/*
 * TCVN3 (TCVN 5712:1993 VN3, the "ABC" fonts .VnTime / .VnTimeH). One row per vowel: the byte of the
 * huyền, hỏi, ngã, sắc, nặng forms. Toneless ă â ê ô ơ ư đ and their capitals have their own bytes.
 * Toned capitals have no code: the H (all-caps) fonts draw the lowercase codes as capitals.
 */
const TCVN3_TONED: Record<(typeof VOWELS)[number], string> = {
  a: 'B5 B6 B7 B8 B9', // à ả ã á ạ
  ă: 'BB BC BD BE C6', // ằ ẳ ẵ ắ ặ
  â: 'C7 C8 C9 CA CB', // ầ ẩ ẫ ấ ậ
  e: 'CC CE CF D0 D1', // è ẻ ẽ é ẹ
  ê: 'D2 D3 D4 D5 D6', // ề ể ễ ế ệ
  i: 'D7 D8 DC DD DE', // ì ỉ ĩ í ị
  o: 'DF E1 E2 E3 E4', // ò ỏ õ ó ọ
  ô: 'E5 E6 E7 E8 E9', // ồ ổ ỗ ố ộ
  ơ: 'EA EB EC ED EE', // ờ ở ỡ ớ ợ
  u: 'EF F1 F2 F3 F4', // ù ủ ũ ú ụ
  ư: 'F5 F6 F7 F8 F9', // ừ ử ữ ứ ự
  y: 'FA FB FC FD FE', // ỳ ỷ ỹ ý ỵ
};
const TCVN3_PLAIN = 'ăA8 âA9 êAA ôAB ơAC ưAD đAE ĂA1 ÂA2 ÊA3 ÔA4 ƠA5 ƯA6 ĐA7';

/** TCVN3 byte-as-Latin-1 char → Unicode letter (lowercase for toned vowels). */
export const TCVN3_DECODE = new Map<string, string>();
for (const v of VOWELS) {
  TCVN3_TONED[v].split(' ').forEach((code, i) => TCVN3_DECODE.set(hex(code), nfc(v + (TONES[i] ?? ''))));
}
for (const pair of TCVN3_PLAIN.split(' ')) TCVN3_DECODE.set(hex(pair.slice(1)), pair.charAt(0));

/** Unicode letter → TCVN3 char. Toned capitals take the lowercase code, as typed with the H fonts. */
export const TCVN3_ENCODE = new Map<string, string>();
for (const [byte, letter] of TCVN3_DECODE) {
  TCVN3_ENCODE.set(letter, byte);
  const upper = letter.toUpperCase();
  if (!TCVN3_ENCODE.has(upper)) TCVN3_ENCODE.set(upper, byte);
}
for (const pair of TCVN3_PLAIN.split(' ')) TCVN3_ENCODE.set(pair.charAt(0), hex(pair.slice(1)));

/*
 * VNI-Windows (VNI-Times): base letter + one mark character. Lowercase chart; capitals are the same
 * sequences upper-cased (e.g. Á = "AÙ", Ơ = "Ô", Đ = "Ñ", Ỵ = "Î").
 */
const VNI_TONE = ['ø', 'û', 'õ', 'ù', 'ï']; // after a e o u y ơ ư: huyền hỏi ngã sắc nặng
const VNI_CIRC = ['à', 'å', 'ã', 'á', 'ä']; // after a e o for â ê ô + tone; "â" alone = circumflex
const VNI_BREVE = ['è', 'ú', 'ü', 'é', 'ë']; // after a for ă + tone; "ê" alone = breve
const VNI_I = ['ì', 'æ', 'ó', 'í', 'ò']; // i with tone is a single char
/** The mark characters that follow a base vowel (lowercase). */
export const VNI_MARKS = [...VNI_TONE, ...VNI_CIRC, 'â', ...VNI_BREVE, 'ê'].join('');

function vniLower(letter: string): string {
  if (letter === 'đ') return 'ñ';
  const d = letter.normalize('NFD');
  const base = d.charAt(0);
  const tone = TONES.indexOf(d.slice(1).replace(/[\u0302\u0306\u031b]/g, '') as (typeof TONES)[number]);
  const quality = d.slice(1).replace(/[\u0300\u0309\u0303\u0301\u0323]/g, '');
  if (base === 'i') return tone < 0 ? 'i' : VNI_I[tone] ?? '';
  if (base === 'y' && tone === 4) return 'î';
  if (quality === '\u0302') return base + (tone < 0 ? 'â' : VNI_CIRC[tone]);
  if (quality === '\u0306') return base + (tone < 0 ? 'ê' : VNI_BREVE[tone]);
  const head = quality === '\u031b' ? (base === 'o' ? 'ô' : 'ö') : base;
  return head + (tone < 0 ? '' : VNI_TONE[tone]);
}

export const VNI_ENCODE = new Map<string, string>();
export const VNI_DECODE = new Map<string, string>();
for (const letter of VIET_LOWER) {
  const seq = vniLower(letter);
  for (const [u, v] of [[letter, seq], [letter.toUpperCase(), seq.toUpperCase()]] as const) {
    VNI_ENCODE.set(u, v);
    VNI_DECODE.set(v, u);
  }
}

/*
 * Vietnamese syllable shape: initial? + rhyme, tone marks stripped first. Permissive enough for every real
 * syllable, strict enough that mojibake rarely passes. Stop finals (c ch p t) take only sắc or nặng.
 */
const OPEN =
  'a|e|ê|i|y|o|ô|ơ|u|ư|ai|ao|au|ay|âu|ây|eo|êu|ia|iu|oa|oe|oi|ôi|ơi|ua|uê|ui|uơ|uy|ưa|ưi|ưu|' +
  'iêu|yêu|oai|oao|oay|oeo|uây|uôi|ươi|ươu|uya|uyu';
const ANY_FINAL = '(?:a|ă|â|e|o|ô|ơ|u|ư|iê|yê|oa|oă|oe|oo|uâ|uô|ươ|uyê)(?:c|m|n|ng|p|t)';
const LABIAL_DENTAL = '(?:i|ê|uy|uê)(?:m|n|p|t)';
const PALATAL = '(?:a|ê|i|uy|oa|uê)(?:ch|nh)';
const SYLLABLE = new RegExp(
  `^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?(${OPEN}|${ANY_FINAL}|${LABIAL_DENTAL}|${PALATAL})$`,
);
const STOP_FINAL = /(?:c|ch|p|t)$/;
const OPEN_RHYME = new Set(OPEN.split('|'));
const GLIDE_OK = new Set(['oa', 'oe', 'uê', 'uy', 'uơ']);
const COMBINING = /[\u0300-\u036f]/;
/** Toned lowercase vowel → its toneless vowel and tone index (0-4, chart order). */
const TONED = new Map<string, readonly [string, number]>();
for (const v of VOWELS) TONES.forEach((t, i) => TONED.set(nfc(v + t), [v, i]));
const SAC = 3;
const NANG = 4;

/** True when `word` (any case, NFC or NFD) has the shape of one Vietnamese syllable. */
export function isVietSyllable(word: string): boolean {
  const nfcWord = COMBINING.test(word) ? word.normalize('NFC') : word;
  const lower = nfcWord.toLowerCase();
  // lower, Title or UPPER case only: "ThÓ" is not a word.
  if (nfcWord !== lower && nfcWord.slice(1) !== lower.slice(1) && nfcWord !== nfcWord.toUpperCase()) return false;
  let base = '';
  let tone = -1;
  let toneOnLast = false;
  for (let i = 0; i < lower.length; i++) {
    const ch = lower.charAt(i);
    const split = TONED.get(ch);
    if (split === undefined) {
      base += ch;
      continue;
    }
    if (tone >= 0) return false; // two tones
    base += split[0];
    tone = split[1];
    toneOnLast = i === lower.length - 1;
  }
  const m = SYLLABLE.exec(base);
  if (!m) return false;
  const initial = m[1] ?? '';
  const rhyme = m[2] ?? '';
  const first = rhyme.charAt(0);
  const front = 'ieêy'.includes(first);
  if ((initial === 'k' && !front) || (initial === 'c' && front)) return false;
  if ((initial === 'gh' || initial === 'ngh') && !'ieê'.includes(first)) return false;
  if (initial === 'ng' && 'ieê'.includes(first)) return false;
  // In ai, ay, ao, ia, ua, ươi, ... the tone never sits on the last vowel (oa, oe, uê, uy, uơ excepted).
  if (toneOnLast && rhyme.length >= 2 && OPEN_RHYME.has(rhyme) && !GLIDE_OK.has(rhyme)) return false;
  return !STOP_FINAL.test(base) || tone === SAC || tone === NANG;
}
