import type { Lang } from '../../core/messages';
import { EN } from './en';
import type { Strings } from './types';
import { VI } from './vi';

export type { Strings } from './types';
export const STRINGS: Record<Lang, Strings> = { vi: VI, en: EN };

/** The user's choice first; otherwise Vietnamese unless Office's display language is known and not Vietnamese. */
export function pickLang(chosen: Lang | undefined, displayLanguage: string | undefined): Lang {
  if (chosen) return chosen;
  if (!displayLanguage) return 'vi';
  return displayLanguage.toLowerCase().startsWith('vi') ? 'vi' : 'en';
}
