import { matchKey } from '../text/normalize';
import { decodeLegacy, type LegacyEncoding } from '../text/legacy';
import type { ColumnSchema } from './column-schema';
import type { Role } from './roles';

export interface RoleHit {
  role: Role;
  /** Higher is better: exact matches beat contained ones, longer synonyms beat shorter. */
  score: number;
}

const MAX_HEADER_WORDS = 12;
const LEGACY: readonly LegacyEncoding[] = ['tcvn3', 'vni'];
/** Legacy text is Latin-1 only: a label with a letter of Unicode Vietnamese beyond it ("ơ", "ư", "đ", "ệ") is not. */
const MAYBE_LEGACY = /^[\u0000-\u00ff]{1,60}$/;
const MAX_HEADER_CHARS = 120;

/** Maps a header cell's text to its most likely role. Memoised per distinct text: headers repeat. */
export class RoleMatcher {
  private readonly exact = new Map<string, Role>();
  private readonly byFirstWord = new Map<string, { key: string; padded: string; role: Role }[]>();
  private readonly memo = new Map<string, RoleHit | null>();

  constructor(schema: ColumnSchema) {
    for (const [role, list] of Object.entries(schema.synonyms) as [Role, string[]][]) {
      for (const s of list) {
        const key = matchKey(s);
        if (!key) continue;
        if (!this.exact.has(key)) this.exact.set(key, role);
        // "=Hoạt động" names the column only as the whole label: "Kết quả hoạt động" is a result, not the task.
        if (s.startsWith('=')) continue;
        const first = key.split(' ')[0] ?? key;
        const list = this.byFirstWord.get(first) ?? [];
        list.push({ key, padded: ` ${key} `, role });
        this.byFirstWord.set(first, list);
      }
    }
  }

  match(text: string): RoleHit | null {
    if (text.length === 0 || text.length > MAX_HEADER_CHARS) return null;
    const cached = this.memo.get(text);
    if (cached !== undefined) return cached;
    let hit = this.compute(matchKey(text));
    // A header typed in TCVN3 or VNI ("C¬ quan chñ tr×", "Néi dung") names its columns once decoded: a label too short
    // for the detector to be sure is decoded anyway, since only a known header text counts as a hit.
    for (const enc of LEGACY) {
      if (hit || !MAYBE_LEGACY.test(text)) break;
      const decoded = decodeLegacy(text, enc);
      if (decoded !== text) hit = this.compute(matchKey(decoded));
    }
    if (this.memo.size < 50_000) this.memo.set(text, hit);
    return hit;
  }

  private compute(key: string): RoleHit | null {
    if (!key || key.split(' ').length > MAX_HEADER_WORDS) return null;
    const exact = this.exact.get(key);
    if (exact) return { role: exact, score: 1000 + key.length };
    const padded = ` ${key} `;
    let best: RoleHit | null = null;
    for (const word of new Set(key.split(' '))) {
      for (const s of this.byFirstWord.get(word) ?? []) {
        if ((!best || s.key.length > best.score) && padded.includes(s.padded)) best = { role: s.role, score: s.key.length };
      }
    }
    return best;
  }
}
