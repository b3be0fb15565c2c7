/** The `Office` global stand-in: onReady, requirement sets, display language, document settings. */
import { type SimEnv, versionAtLeast } from './context';
import { clone } from './proxy';

export interface AsyncResult {
  status: 'succeeded' | 'failed';
  value?: unknown;
  error?: { code: number; name: string; message: string };
}
type Callback = (r: AsyncResult) => void;

/** Office's limit for one add-in's settings in a document. */
export const SETTINGS_LIMIT_BYTES = 2 * 1024 * 1024;

/**
 * Office.context.document.settings: an in-memory copy loaded when the add-in starts; saveAsync writes it to
 * the document (SimWorkbook.savedSettings), so a new session (a reload) sees only what was saved.
 */
export class SimSettings {
  private data: Record<string, unknown>;
  saves = 0;

  constructor(private readonly env: SimEnv) {
    this.data = JSON.parse(env.model.savedSettings) as Record<string, unknown>;
  }

  get(name: string): unknown {
    return name in this.data ? clone(this.data[name]) : null;
  }

  set(name: string, value: unknown): void {
    if (JSON.stringify(value) === undefined) throw new Error('Settings values must be JSON-serializable.');
    this.data[name] = JSON.parse(JSON.stringify(value));
  }

  remove(name: string): void {
    delete this.data[name];
  }

  saveAsync(a?: unknown, b?: unknown): void {
    const cb = (typeof a === 'function' ? a : b) as Callback | undefined;
    const json = JSON.stringify(this.data);
    void Promise.resolve().then(() => {
      if (json.length > SETTINGS_LIMIT_BYTES) {
        cb?.({ status: 'failed', error: { code: 5001, name: 'Settings too large', message: 'settings exceed 2 MB' } });
        return;
      }
      this.env.model.savedSettings = json;
      this.saves++;
      cb?.({ status: 'succeeded' });
    });
  }

  refreshAsync(cb?: Callback): void {
    void Promise.resolve().then(() => {
      this.data = JSON.parse(this.env.model.savedSettings) as Record<string, unknown>;
      cb?.({ status: 'succeeded', value: this });
    });
  }
}

export function createOffice(env: SimEnv) {
  const settings = new SimSettings(env);
  const info = { host: 'Excel', platform: 'OfficeOnline' };
  return {
    HostType: { Excel: 'Excel', Word: 'Word', PowerPoint: 'PowerPoint', Outlook: 'Outlook' },
    PlatformType: { PC: 'PC', OfficeOnline: 'OfficeOnline', Mac: 'Mac' },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    EventType: { DocumentSelectionChanged: 'documentSelectionChanged' },
    onReady(cb?: (i: typeof info) => void): Promise<typeof info> {
      cb?.(info);
      return Promise.resolve(info);
    },
    context: {
      host: 'Excel',
      platform: 'OfficeOnline',
      get displayLanguage(): string {
        return env.options.displayLanguage ?? 'vi-VN';
      },
      contentLanguage: 'vi-VN',
      requirements: {
        isSetSupported(name: string, minVersion?: string): boolean {
          if (name === 'ExcelApi') return versionAtLeast(env.options.excelApi, minVersion ?? '1.1');
          const have = env.options.otherSets?.[name];
          return have !== undefined && versionAtLeast(have, minVersion ?? '1.1');
        },
      },
      document: {
        settings,
        mode: 'readWrite',
        get url(): string {
          return env.model.url;
        },
      },
    },
  };
}

export type SimOffice = ReturnType<typeof createOffice>;
