export const TAB_IDS = ['check', 'summary', 'template', 'settings'] as const;
export type TabId = (typeof TAB_IDS)[number];

/** `?tab=summary` (the ribbon's Tổng hợp button) → 'summary'; anything else → 'check'. */
export function tabFromSearch(search: string): TabId {
  const tab = new URLSearchParams(search).get('tab');
  return (TAB_IDS as readonly string[]).includes(tab ?? '') ? (tab as TabId) : 'check';
}

/** Today in the local time zone as YYYY-MM-DD. */
export function localIsoDate(d = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

export function describeError(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  return text.split('\n')[0]?.slice(0, 300) || '?';
}
