/**
 * The few Office (common API) services the adapter uses: document settings, display language, document URL.
 * Document settings are the common "Settings" API, available on every Excel host; saveAsync persists them into
 * the workbook (saved with it), so they survive a reload of the add-in.
 */
import type { Lang } from '../core/messages';

interface SettingsLike {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback?: (result: { status: string; error?: { message?: string } }) => void): void;
}

interface OfficeLike {
  context?: {
    displayLanguage?: string;
    document?: { settings?: SettingsLike; url?: string };
  };
}

function office(): OfficeLike | undefined {
  return (globalThis as { Office?: OfficeLike }).Office;
}

function settings(): SettingsLike {
  const s = office()?.context?.document?.settings;
  if (!s) throw new Error('Office document settings are not available (is the add-in running in Excel?)');
  return s;
}

export function getSetting<T>(name: string): T | undefined {
  const v = office()?.context?.document?.settings?.get(name);
  return v === null || v === undefined ? undefined : (v as T);
}

/** Sets (or with `undefined` removes) a value and saves the document settings. */
export async function putSettings(entries: Record<string, unknown>): Promise<void> {
  const s = settings();
  for (const [k, v] of Object.entries(entries)) {
    if (v === undefined) s.remove(k);
    else s.set(k, v);
  }
  await new Promise<void>((resolve, reject) => {
    s.saveAsync((r) => (r.status === 'failed' ? reject(new Error(r.error?.message ?? 'settings not saved')) : resolve()));
  });
}

/** Vietnamese when Office's display language is Vietnamese (or unknown), else English. */
export function displayLang(): Lang {
  const l = office()?.context?.displayLanguage;
  return !l || l.toLowerCase().startsWith('vi') ? 'vi' : 'en';
}

/** The workbook's file name from the document URL, for reports; "" when unknown. */
export function documentName(): string {
  const url = office()?.context?.document?.url ?? '';
  const last = url.split(/[\\/]/).pop() ?? '';
  try {
    return decodeURIComponent(last.split('?')[0] ?? '');
  } catch {
    return last;
  }
}

/** Keys of everything the add-in stores in a document. */
export const SETTING_KEYS = {
  settings: 'annexAssistant.settings',
  highlights: 'annexAssistant.highlights',
  notes: 'annexAssistant.notes',
  toolSheets: 'annexAssistant.toolSheets',
} as const;
