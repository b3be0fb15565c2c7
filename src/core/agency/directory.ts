import { z } from 'zod';
import { matchKey } from '../text/normalize';
import { AgencyDirectorySchema, type AgencyDirectory } from './types';

type DirectoryInput = z.input<typeof AgencyDirectorySchema>;

/** A province's agencies as organised since 1 July 2025 (two-tier local government, merged departments). */
const DEFAULT_DATA: DirectoryInput = {
  agencies: [
    { name: 'UBND tỉnh', aliases: ['Ủy ban nhân dân tỉnh', 'UBND cấp tỉnh'] },
    { name: 'Văn phòng UBND tỉnh', aliases: ['VP UBND tỉnh', 'Văn phòng Ủy ban nhân dân tỉnh', 'VPUBND tỉnh'] },
    {
      name: 'Văn phòng Đoàn ĐBQH và HĐND tỉnh',
      aliases: ['Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh', 'VP Đoàn ĐBQH và HĐND tỉnh'],
    },
    { name: 'Sở Nội vụ' },
    { name: 'Sở Tài chính' },
    { name: 'Sở Tư pháp' },
    { name: 'Sở Xây dựng', aliases: ['Sở XD'] },
    { name: 'Sở Công Thương' },
    { name: 'Sở Nông nghiệp và Môi trường', aliases: ['Sở NN&MT', 'Sở NNMT'] },
    { name: 'Sở Khoa học và Công nghệ', aliases: ['Sở KH&CN', 'Sở KHCN'] },
    { name: 'Sở Giáo dục và Đào tạo', aliases: ['Sở GD&ĐT', 'Sở GDĐT'] },
    { name: 'Sở Y tế' },
    { name: 'Sở Văn hóa, Thể thao và Du lịch', aliases: ['Sở VHTTDL', 'Sở VH,TT&DL', 'Sở VHTT&DL'] },
    { name: 'Sở Dân tộc và Tôn giáo', aliases: ['Sở DT&TG', 'Sở DTTG'] },
    { name: 'Sở Ngoại vụ' },
    { name: 'Thanh tra tỉnh' },
    { name: 'Công an tỉnh' },
    { name: 'Bộ Chỉ huy Quân sự tỉnh', aliases: ['Bộ CHQS tỉnh', 'BCHQS tỉnh', 'BCH Quân sự tỉnh'] },
    { name: 'Ban Quản lý các khu công nghiệp tỉnh', aliases: ['BQL các KCN tỉnh', 'Ban Quản lý các KCN tỉnh'] },
    { name: 'Ban Quản lý Khu kinh tế tỉnh', aliases: ['BQL Khu kinh tế tỉnh', 'BQL KKT tỉnh'] },
    {
      name: 'Ủy ban MTTQ Việt Nam tỉnh',
      aliases: [
        'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh',
        'UBMTTQ Việt Nam tỉnh',
        'UBMTTQVN tỉnh',
        'Ủy ban MTTQ tỉnh',
        'UBMTTQ tỉnh',
      ],
    },
    { name: 'Báo và Phát thanh, Truyền hình tỉnh' },
    { name: 'Thuế tỉnh' },
    { name: 'Hải quan khu vực', aliases: ['Chi cục Hải quan khu vực'] },
    { name: 'Kho bạc Nhà nước khu vực', aliases: ['KBNN khu vực'] },
    { name: 'Bảo hiểm xã hội tỉnh', aliases: ['BHXH tỉnh'] },
    {
      name: 'Ngân hàng Nhà nước khu vực',
      aliases: ['Ngân hàng Nhà nước Chi nhánh khu vực', 'NHNN khu vực', 'NHNN Chi nhánh khu vực'],
    },
    { name: 'Trung tâm Phục vụ hành chính công tỉnh', aliases: ['Trung tâm PVHCC tỉnh'] },
    { name: 'Liên đoàn Lao động tỉnh', aliases: ['LĐLĐ tỉnh'] },
    { name: 'Tỉnh đoàn', aliases: ['Đoàn TNCS Hồ Chí Minh tỉnh'] },
    { name: 'Hội Liên hiệp Phụ nữ tỉnh', aliases: ['Hội LHPN tỉnh'] },
    { name: 'Hội Nông dân tỉnh' },
    { name: 'Hội Cựu chiến binh tỉnh' },
    { name: 'Văn phòng Tỉnh ủy' },
    { name: 'Ban Tuyên giáo và Dân vận Tỉnh ủy', aliases: ['Ban Tuyên giáo và Dân vận'] },
    {
      name: 'Các sở, ban, ngành',
      kind: 'generic',
      aliases: ['các sở, ban, ngành tỉnh', 'các Sở, Ban, ngành', 'các sở ngành', 'sở, ban, ngành', 'các sở, ban ngành'],
    },
    {
      name: 'UBND cấp xã',
      kind: 'generic',
      aliases: [
        'UBND các xã, phường',
        'UBND các xã, phường, đặc khu',
        'Ủy ban nhân dân cấp xã',
        'UBND xã, phường',
        'UBND các xã',
      ],
    },
    {
      name: 'Các cơ quan, đơn vị, địa phương',
      kind: 'generic',
      aliases: [
        'các cơ quan, đơn vị',
        'các cơ quan, địa phương',
        'các cơ quan, đơn vị liên quan',
        'các cơ quan có liên quan',
        'các đơn vị liên quan',
        'các cơ quan, đơn vị, địa phương liên quan',
        'các địa phương',
      ],
    },
    { name: 'Các chủ đầu tư', kind: 'generic' },
    { name: 'Các đơn vị sự nghiệp công lập', kind: 'generic' },
  ],
  outdated: [
    { name: 'Sở Kế hoạch và Đầu tư', aliases: ['Sở KH&ĐT', 'Sở KHĐT'], successor: 'Sở Tài chính' },
    { name: 'Sở Thông tin và Truyền thông', aliases: ['Sở TT&TT', 'Sở TTTT'], successor: 'Sở Khoa học và Công nghệ' },
    {
      name: 'Sở Tài nguyên và Môi trường',
      aliases: ['Sở TN&MT', 'Sở TNMT'],
      successor: 'Sở Nông nghiệp và Môi trường',
    },
    {
      name: 'Sở Nông nghiệp và Phát triển nông thôn',
      aliases: ['Sở NN&PTNT', 'Sở NNPTNT'],
      successor: 'Sở Nông nghiệp và Môi trường',
    },
    { name: 'Sở Giao thông vận tải', aliases: ['Sở GTVT'], successor: 'Sở Xây dựng' },
    {
      name: 'Sở Lao động - Thương binh và Xã hội',
      aliases: ['Sở LĐTBXH', 'Sở Lao động, Thương binh và Xã hội', 'Sở LĐ-TB&XH'],
      successor: 'Sở Nội vụ',
    },
    { name: 'Ban Dân tộc', successor: 'Sở Dân tộc và Tôn giáo' },
    { name: 'Cục Thuế tỉnh', successor: 'Thuế tỉnh' },
    { name: 'Chi cục Thuế khu vực', successor: 'Thuế tỉnh' },
    { name: 'Cục Hải quan tỉnh', successor: 'Hải quan khu vực' },
    { name: 'Kho bạc Nhà nước tỉnh', aliases: ['KBNN tỉnh'], successor: 'Kho bạc Nhà nước khu vực' },
    {
      name: 'Ngân hàng Nhà nước chi nhánh tỉnh',
      aliases: ['Chi nhánh Ngân hàng Nhà nước tỉnh'],
      successor: 'Ngân hàng Nhà nước khu vực',
    },
    {
      name: 'UBND cấp huyện',
      aliases: [
        'UBND các huyện, thành phố',
        'UBND các huyện, thị xã, thành phố',
        'Ủy ban nhân dân cấp huyện',
        'UBND huyện',
        'UBND các huyện, thị xã',
      ],
      successor: 'UBND cấp xã',
    },
    { name: 'UBND các xã, phường, thị trấn', aliases: ['UBND xã, phường, thị trấn'], successor: 'UBND cấp xã' },
    {
      name: 'Đài Phát thanh và Truyền hình tỉnh',
      aliases: ['Đài PT-TH tỉnh', 'Đài PTTH tỉnh'],
      successor: 'Báo và Phát thanh, Truyền hình tỉnh',
    },
    { name: 'Công an huyện', aliases: ['Công an cấp huyện', 'Công an các huyện'], successor: 'Công an tỉnh' },
    { name: 'Thanh tra huyện', aliases: ['Thanh tra cấp huyện'], successor: 'Thanh tra tỉnh' },
    { name: 'Ban Tuyên giáo Tỉnh ủy', successor: 'Ban Tuyên giáo và Dân vận Tỉnh ủy' },
    { name: 'Ban Dân vận Tỉnh ủy', successor: 'Ban Tuyên giáo và Dân vận Tỉnh ủy' },
  ],
};

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/** Frozen: lookup indexes are cached per directory object, so directories must not change after first use. */
export const DEFAULT_DIRECTORY: AgencyDirectory = deepFreeze(AgencyDirectorySchema.parse(DEFAULT_DATA));

const ExtensionSchema = AgencyDirectorySchema.partial().strict();

/**
 * Adds a province's own entries (JSON settings) to `base`. An extra entry whose name or alias resolves like a base
 * name replaces that base entry (or just the clashing alias), so a province can e.g. declare "Sở Ngoại vụ" outdated.
 * Throws the ZodError of an invalid `extra`.
 */
export function extendDirectory(base: AgencyDirectory, extra: unknown): AgencyDirectory {
  const ext = ExtensionSchema.parse(extra);
  const agencies = ext.agencies ?? [];
  const outdated = ext.outdated ?? [];
  const taken = new Set([...agencies, ...outdated].flatMap((e) => [e.name, ...e.aliases]).map(agencyKey));
  const keep = <E extends { name: string; aliases: string[] }>(list: readonly E[]): E[] =>
    list
      .filter((e) => !taken.has(agencyKey(e.name)))
      .map((e) => ({ ...e, aliases: e.aliases.filter((a) => !taken.has(agencyKey(a))) }));
  return deepFreeze({
    agencies: [...agencies, ...keep(base.agencies)],
    outdated: [...outdated, ...keep(base.outdated)],
  });
}

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
const REGION_NUMBER_RE = / khu vuc(?: so)? (?:[ivxl]+|\d+)$/;
/** Province names have at most 4 words ("Bà Rịa - Vũng Tàu"). */
const MAX_PLACE_WORDS = 4;

/** matchKey without "các"/leading "những", long forms folded to their usual abbreviations. */
export function baseKey(text: string): string {
  const words = matchKey(text)
    .split(' ')
    .filter((w) => w !== 'cac' && w !== '');
  if (words[0] === 'nhung') words.shift();
  return words.join(' ').replace(ABBREVIATION_RE, (m) => ABBREVIATIONS[m] ?? m);
}

function stripTrailing(key: string): string {
  let k = key;
  for (let prev = ''; prev !== k; ) {
    prev = k;
    k = k.replace(TRAILING_RE, '').replace(REGION_NUMBER_RE, ' khu vuc');
  }
  return k;
}

/**
 * Drops what does not tell agencies apart: "liên quan", "chủ trì", a region number, and "tỉnh [place]" unless the
 * words after "tỉnh" begin another agency name (`prefixes`) or it is "Tỉnh ủy".
 */
function coreKey(base: string, prefixes?: ReadonlySet<string>, placeAllowed = true): string {
  const words = stripTrailing(base).split(' ');
  const at = words.indexOf('tinh', 1);
  if (placeAllowed && at > 0 && words[at + 1] !== 'uy') {
    const tail = words.slice(at + 1);
    if (tail.length <= MAX_PLACE_WORDS && !prefixes?.has(tail.join(' '))) {
      return stripTrailing(words.slice(0, at).join(' '));
    }
  }
  return words.join(' ');
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
  const place = !NOT_A_PLACE_RE.test(text);
  return (
    lookupKey(pieceKey(text, index), index, place) ??
    (text.includes('(') ? lookupKey(pieceKey(text.replace(PARENTHESES_RE, ' '), index), index, place) : undefined)
  );
}
