import { cleanText } from '../text/normalize';
import { directoryIndex, lookupAgency, type DirectoryIndex } from './directory';
import { splitAgencies } from './split';
import type { AgencyDirectory, AgencyMatch } from './types';

/** `text` must already be cleaned (NFC, single spaces). */
function resolveClean(text: string, index: DirectoryIndex): AgencyMatch {
  const target = text === '' ? undefined : lookupAgency(text, index);
  if (!target) return { kind: 'unknown', text };
  if (target.kind === 'outdated') {
    return { kind: 'outdated', text, canonical: target.canonical, successor: target.successor };
  }
  return { kind: target.kind, text, canonical: target.canonical };
}

/**
 * Resolves one agency name against the directory. Case, diacritics (also decomposed input), "các", "tỉnh [place]",
 * a region number and trailing "liên quan"/"có liên quan"/"chủ trì" do not matter. `text` is the cleaned input.
 */
export function resolveAgency(name: string, dir: AgencyDirectory): AgencyMatch {
  return resolveClean(cleanText(name).replace(/\n/g, ' '), directoryIndex(dir));
}

/** splitAgencies, then resolveAgency on each part. */
export function resolveAgencies(text: string, dir: AgencyDirectory): AgencyMatch[] {
  const index = directoryIndex(dir);
  return splitAgencies(text, dir).map((part) => resolveClean(part, index));
}
