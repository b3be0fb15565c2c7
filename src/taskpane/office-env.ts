/**
 * What the pane needs to know about its host before it renders: is it Excel, at the required API level, in
 * which display language and theme. Reads Office.js host information only; workbook operations go through
 * the use-cases (use-cases.ts).
 */
export type HostStatus = 'ok' | 'outside' | 'old-host';
export type ThemeKind = 'light' | 'dark';

export interface OfficeLike {
  HostType?: { Excel?: unknown };
  context?: {
    displayLanguage?: string;
    officeTheme?: { bodyBackgroundColor?: string };
    requirements?: { isSetSupported(name: string, version?: string): boolean };
  };
}

/** Decides from what Office.onReady reported. */
export function hostStatus(office: OfficeLike | undefined, host: unknown, minExcelApi: string): HostStatus {
  if (!office || host === null || host === undefined || host !== office.HostType?.Excel) return 'outside';
  const req = office.context?.requirements;
  if (req && !req.isSetSupported('ExcelApi', minExcelApi)) return 'old-host';
  return 'ok';
}

/** "#1f1f1f" → dark. Anything unreadable → undefined. */
export function themeOfColor(color: string | undefined): ThemeKind | undefined {
  const m = /^#?([0-9a-f]{6})$/i.exec(color?.trim() ?? '');
  if (!m?.[1]) return undefined;
  const n = parseInt(m[1], 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  const luminance = (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
  return luminance < 0.5 ? 'dark' : 'light';
}

/** Office's theme when the host reports one, else the browser's colour scheme. */
export function currentTheme(office: OfficeLike | undefined): ThemeKind {
  const fromOffice = themeOfColor(office?.context?.officeTheme?.bodyBackgroundColor);
  if (fromOffice) return fromOffice;
  const dark = typeof window !== 'undefined' && window.matchMedia?.('(prefers-color-scheme: dark)').matches;
  return dark ? 'dark' : 'light';
}

/** Calls back when Office's theme changes (hosts that raise OfficeThemeChanged) or the browser's scheme does. */
export function watchTheme(office: OfficeLike | undefined, onChange: (t: ThemeKind) => void): void {
  const fire = () => onChange(currentTheme(office));
  try {
    const doc = (office as { context?: { document?: { addHandlerAsync?: (type: string, handler: () => void, done: () => void) => void } } })?.context?.document;
    const type = (globalThis as unknown as { Office?: { EventType?: { OfficeThemeChanged?: string } } }).Office?.EventType?.OfficeThemeChanged;
    if (doc?.addHandlerAsync && type) doc.addHandlerAsync(type, fire, () => undefined);
  } catch {
    // Hosts without the event keep the theme the pane opened with.
  }
  window.matchMedia?.('(prefers-color-scheme: dark)').addEventListener?.('change', fire);
}
