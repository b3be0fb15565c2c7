/** The pane's settings in the document (plan year, due-soon days, language, extra agencies), checked on the way in. */
import { DEFAULT_DIRECTORY } from '../core/agency/directory';
import { extendDirectory } from '../core/agency/extend';
import type { AgencyDirectory } from '../core/agency/types';
import { DEFAULT_DUE_SOON_DAYS } from '../core/summary/timeliness';
import { cleanText, matchKey } from '../core/text/normalize';
import type { EngineOptions } from '../core/validate';
import type { AddinSettings } from '../taskpane/use-cases';
import { displayLang, getSetting, putSettings, SETTING_KEYS } from './office-env';

export const MAX_EXTRA_AGENCIES = 500;

export function defaultSettings(): AddinSettings {
  return { dueSoonDays: DEFAULT_DUE_SOON_DAYS, extraAgencies: [] };
}

/** Distinct cleaned names (case/diacritics-insensitive), in first-seen order. */
export function distinctNames(names: readonly unknown[], limit = MAX_EXTRA_AGENCIES): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const n of names) {
    if (typeof n !== 'string') continue;
    const name = cleanText(n).replace(/\n/g, ' ');
    const key = matchKey(name);
    if (!key || name.length > 200 || seen.has(key)) continue;
    seen.add(key);
    out.push(name);
    if (out.length >= limit) break;
  }
  return out;
}

/** Whatever the document holds, as valid settings (bad fields fall back to the defaults). */
export function sanitizeSettings(raw: unknown): AddinSettings {
  const s = defaultSettings();
  if (!raw || typeof raw !== 'object') return s;
  const r = raw as Record<string, unknown>;
  if (Number.isInteger(r.planYear) && (r.planYear as number) >= 2000 && (r.planYear as number) <= 2100) s.planYear = r.planYear as number;
  if (Number.isInteger(r.dueSoonDays) && (r.dueSoonDays as number) >= 0 && (r.dueSoonDays as number) <= 366) s.dueSoonDays = r.dueSoonDays as number;
  if (r.lang === 'vi' || r.lang === 'en') s.lang = r.lang;
  if (Array.isArray(r.extraAgencies)) s.extraAgencies = distinctNames(r.extraAgencies);
  return s;
}

export function readSettings(): AddinSettings {
  return sanitizeSettings(getSetting(SETTING_KEYS.settings));
}

export async function writeSettings(settings: AddinSettings): Promise<void> {
  await putSettings({ [SETTING_KEYS.settings]: sanitizeSettings(settings) });
}

export function directoryFor(settings: AddinSettings): AgencyDirectory {
  if (settings.extraAgencies.length === 0) return DEFAULT_DIRECTORY;
  return extendDirectory(DEFAULT_DIRECTORY, { agencies: settings.extraAgencies.map((name) => ({ name })) });
}

/** Engine options as the command line builds them: the plan year if set, this year as the fallback. */
export function engineOptions(settings: AddinSettings, today: Date): EngineOptions & { lang: 'vi' | 'en' } {
  return {
    lang: settings.lang ?? displayLang(),
    ...(settings.planYear === undefined ? {} : { year: settings.planYear }),
    fallbackYear: today.getFullYear(),
    directory: directoryFor(settings),
  };
}
