import { matchKey } from '../text/normalize';
import { DEFAULT_DIRECTORY } from './directory-data';
import { PLACE_NAMES } from './places';
import type { AgencyDirectory } from './types';

export { DEFAULT_DIRECTORY };

// ---- Keys and the per-directory index shared by split.ts and resolve.ts ----

const ABBREVIATIONS: Readonly<Record<string, string>> = {
  'uy ban nhan dan': 'ubnd',
  'hoi dong nhan dan': 'hdnd',
  'dai bieu quoc hoi': 'dbqh',
  'uy ban mat tran to quoc': 'ubmttq',
  'uy ban mttq': 'ubmttq',
  'mat tran to quoc': 'mttq',
  ubmttqvn: 'ubmttq viet nam',
  'van phong': 'vp',
  vpubnd: 'vp ubnd',
  'ban quan ly': 'bql',
  'khu cong nghiep': 'kcn',
  'khu kinh te': 'kkt',
  'bao hiem xa hoi': 'bhxh',
  'kho bac nha nuoc': 'kbnn',
  'ngan hang nha nuoc': 'nhnn',
  'bo chi huy quan su': 'bchqs',
  'bo chqs': 'bchqs',
  'lien doan lao dong': 'ldld',
  'hoi lien hiep phu nu': 'hoi lhpn',
};
const ABBREVIATION_RE = new RegExp(
  `\\b(?:${Object.keys(ABBREVIATIONS)
    .sort((a, b) => b.length - a.length)
    .join('|')})\\b`,
  'g',
);
const TRAILING_RE = / (?:co lien quan|lien quan|chu tri|phoi hop|thuc hien|tren dia ban|cua)$/;
/** "… được phân công chủ trì …", "… thuộc tỉnh", "… theo chức năng, nhiệm vụ": a clause qualifying the name before it. */
export const QUALIFIER_RE = / (?:duoc (?:phan cong|giao)|thuoc|theo (?:chuc nang|phan cong|nhiem vu)|co (?:trach nhiem|don vi|lien quan))\b.*$/;
const REGION_NUMBER_RE = / khu vuc(?: so)? (?:[ivxl]+|\d+)$/;
/** Province names have at most 4 words ("Bà Rịa - Vũng Tàu"). */
const MAX_PLACE_WORDS = 4;

// "Sở KH và CN", "Sở GD và ĐT": an abbreviated pair written with "và" for "&".
const ABBREVIATED_PAIR = /(?<!\p{L})(\p{Lu}{1,4}) và (\p{Lu}{1,2})(?!\p{L})/gu;
// The head of a body named for the body: "Giám đốc Sở Y tế", "Chủ tịch UBND xã", "Thủ trưởng các sở, ban, ngành".
const HEAD_TITLES = new Set(['giam doc', 'pho giam doc', 'chu tich', 'pho chu tich', 'thu truong']);
const HEAD_FIRST = new Set(['giam', 'pho', 'chu', 'thu']);

/** matchKey without "các"/leading "những" or a head's title, long forms folded to their usual abbreviations. */
export function baseKey(text: string): string {
  // "Sở Giáo dục & Đào tạo": a spaced "&" is "và" ("Sở NN&MT" keeps its own).
  const spelled = text.includes(' & ') ? text.replace(/ & /g, ' và ') : text;
  const words = matchKey(spelled.includes(' và ') ? spelled.replace(ABBREVIATED_PAIR, '$1&$2') : spelled)
    .split(' ')
    .filter((w) => w !== 'cac' && w !== '');
  if (words[0] === 'nhung') words.shift();
  if (HEAD_FIRST.has(words[0] ?? '')) for (const n of [3, 2]) if (words.length > n && HEAD_TITLES.has(words.slice(0, n).join(' '))) words.splice(0, n);
  return words.join(' ').replace(ABBREVIATION_RE, (m) => ABBREVIATIONS[m] ?? m);
}

function stripTrailing(key: string): string {
  let k = key;
  for (let prev = ''; prev !== k; ) {
    prev = k;
    k = k.replace(QUALIFIER_RE, '').replace(TRAILING_RE, '').replace(REGION_NUMBER_RE, ' khu vuc');
  }
  return k;
}

let placeKeys: ReadonlySet<string> | undefined;

/** Where a province name ends the key ("cong an lang son" → 2), or -1; the name alone is no agency. */
function placeSuffixAt(words: readonly string[]): number {
  placeKeys ??= new Set(PLACE_NAMES.map(matchKey));
  for (let n = Math.min(MAX_PLACE_WORDS, words.length - 1); n >= 1; n--) {
    if (placeKeys.has(words.slice(words.length - n).join(' '))) return words.length - n;
  }
  return -1;
}

/**
 * Drops what does not tell agencies apart: "liên quan", "chủ trì", a region number, a province name ("Công an Lạng
 * Sơn"), and "tỉnh [place]" unless the words after "tỉnh" begin another agency name (`prefixes`) or it is "Tỉnh ủy".
 */
function coreKey(base: string, prefixes?: ReadonlySet<string>, placeAllowed = true): string {
  const words = stripTrailing(base).split(' ');
  const at = words.indexOf('tinh', 1);
  // "cấp tỉnh" is a level, not a place: "UBND cấp tỉnh" is not "UBND các cấp".
  if (placeAllowed && at > 0 && words[at + 1] !== 'uy' && words[at - 1] !== 'cap') {
    const tail = words.slice(at + 1);
    if (tail.length <= MAX_PLACE_WORDS && !prefixes?.has(tail.join(' '))) {
      return stripTrailing(words.slice(0, at).join(' '));
    }
  }
  const place = placeAllowed ? placeSuffixAt(words) : -1;
  return place > 0 ? stripTrailing(words.slice(0, place).join(' ')) : words.join(' ');
}

/** The key two names share when they denote the same agency. */
export function agencyKey(text: string): string {
  return coreKey(baseKey(text));
}

export type AgencyTarget =
  | { kind: 'agency' | 'generic'; canonical: string }
  | { kind: 'outdated'; canonical: string; successor: string };

export interface DirectoryIndex {
  byKey: Map<string, AgencyTarget>;
  /** Every word-prefix of every known base/core key: tells the splitter whether joining more pieces can still match. */
  prefixes: Set<string>;
  baseKeys: Map<string, string>;
  lookups: Map<string, AgencyTarget | null>;
  splits: Map<string, readonly string[]>;
  /** splitAgencies' memo of the ";"-separated parts of cells. */
  parts: Map<string, readonly string[]>;
}

/** Memo tables are cleared when they reach this size. */
const MEMO_LIMIT = 50_000;
const INDEXES = new WeakMap<AgencyDirectory, DirectoryIndex>();

export function remember<V>(memo: Map<string, V>, key: string, value: V): V {
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, value);
  return value;
}

export function directoryIndex(dir: AgencyDirectory): DirectoryIndex {
  const cached = INDEXES.get(dir);
  if (cached) return cached;
  const index: DirectoryIndex = {
    byKey: new Map(),
    prefixes: new Set(),
    baseKeys: new Map(),
    lookups: new Map(),
    splits: new Map(),
    parts: new Map(),
  };
  const add = (names: readonly string[], target: AgencyTarget): void => {
    for (const name of names) {
      const base = baseKey(name);
      const core = coreKey(base);
      if (core !== '' && !index.byKey.has(core)) index.byKey.set(core, target);
      for (const key of [base, core]) {
        const words = key.split(' ');
        for (let n = 1; n <= words.length; n++) index.prefixes.add(words.slice(0, n).join(' '));
      }
    }
  };
  for (const e of dir.agencies) add([e.name, ...e.aliases], { kind: e.kind, canonical: e.name });
  for (const e of dir.outdated) {
    add([e.name, ...e.aliases], { kind: 'outdated', canonical: e.name, successor: e.successor });
  }
  INDEXES.set(dir, index);
  return index;
}

/** baseKey, memoised per directory. */
export function pieceKey(text: string, index: DirectoryIndex): string {
  return index.baseKeys.get(text) ?? remember(index.baseKeys, text, baseKey(text));
}

/** Looks up a base key; `placeAllowed` is false when a separator follows "tỉnh", so what follows is no place name. */
export function lookupKey(base: string, index: DirectoryIndex, placeAllowed = true): AgencyTarget | undefined {
  const memoKey = placeAllowed ? base : `\n${base}`;
  let found = index.lookups.get(memoKey);
  if (found === undefined) {
    found = remember(index.lookups, memoKey, index.byKey.get(coreKey(base, index.prefixes, placeAllowed)) ?? null);
  }
  return found ?? undefined;
}

const PARENTHESES_RE = /\([^()]*\)/g;
const NOT_A_PLACE_RE = /tỉnh.*(?:[,;\n]|\s(?:và|với)\s)/isu;

/**
 * The directory entry `text` (NFC, as cleanText gives) names, tolerating case, diacritics, "các", "tỉnh X",
 * "(chủ trì)" and the like.
 */
export function lookupAgency(text: string, index: DirectoryIndex): AgencyTarget | undefined {
  // A remark in brackets ("Công an tỉnh (Phòng An ninh mạng, Phòng Cảnh sát kinh tế)") says nothing of a place.
  const place = !NOT_A_PLACE_RE.test(text.includes('(') ? text.replace(PARENTHESES_RE, ' ') : text);
  const key = pieceKey(text, index);
  return (
    lookupKey(key, index, place) ??
    (text.includes('(') ? lookupKey(pieceKey(text.replace(PARENTHESES_RE, ' '), index), index, place) : undefined) ??
    districtLevel(key, index)
  );
}

// A district-level body under any place name: "UBND huyện Cao Lộc", "UBND TP Lạng Sơn", "Phòng Tư pháp các huyện";
// and a district department whose name no other level ever had, without "huyện" ("Phòng Lao động - Thương binh và Xã
// hội", "Phòng Giáo dục và Đào tạo"; not the communes' new "Phòng Kinh tế, Hạ tầng và Đô thị", "Phòng Văn hóa - Xã hội").
// A centrally governed city's own UBND ("UBND Thành phố Hà Nội") is the provincial level and stays out.
const DISTRICT_RE =
  /^(?:chu tich )?ubnd (?:huyen|thi xa|quan|(?:thanh pho|tp) (?!ha noi|ho chi minh|hcm|hai phong|da nang|can tho|hue)\S)|^phong .+ (?:cap )?huyen(?: |$)|^phong (?:lao dong thuong binh (?:va )?xa hoi|ldtb (?:va )?xh|ld tb (?:va )?xh|giao duc (?:va )?dao tao|gd (?:va )?dt|gddt|tai chinh ke hoach|tc kh|van hoa (?:va )?thong tin|vh (?:va )?tt|tai nguyen (?:va )?moi truong|tn (?:va )?mt|kinh te (?:va )?ha tang)$/;

/** The directory's entry for district-level UBNDs stands for every district-level body (gone since 1 July 2025). */
function districtLevel(key: string, index: DirectoryIndex): AgencyTarget | undefined {
  return DISTRICT_RE.test(key) ? index.byKey.get(agencyKey('UBND cấp huyện')) : undefined;
}
