/**
 * What "Xóa đánh dấu" needs after a reload: for each highlighted cell, the fill it had before and the colour we
 * put there. Kept in the document settings (compact: fills deduplicated, cells as [address, fill index, mark]).
 * Pure data functions.
 */
import type { FileReport, IssueReport } from '../core/report';
import { getSetting, SETTING_KEYS } from './office-env';

/** A cell's own fill; null = no fill. */
export type SavedFill = null | {
  color: string;
  pattern?: string;
  patternColor?: string | null;
  tintAndShade?: number;
  patternTintAndShade?: number;
};

export const MARK_COLORS = { error: '#FFC7CE', warning: '#FFEB9C' } as const;
export type Mark = keyof typeof MARK_COLORS;

export interface RememberedCell {
  sheetId: string;
  sheetName: string;
  address: string;
  original: SavedFill;
  mark: Mark;
}

interface StoredMemory {
  v: 1;
  fills: SavedFill[];
  sheets: { id: string; name: string; cells: [string, number, 'e' | 'w'][] }[];
}

export function fillKey(f: SavedFill): string {
  return JSON.stringify(f);
}

export function encodeMemory(cells: readonly RememberedCell[]): StoredMemory | undefined {
  if (cells.length === 0) return undefined;
  const fills: SavedFill[] = [];
  const fillIndex = new Map<string, number>();
  const sheets = new Map<string, StoredMemory['sheets'][number]>();
  for (const c of cells) {
    const key = fillKey(c.original);
    let i = fillIndex.get(key);
    if (i === undefined) {
      i = fills.push(c.original) - 1;
      fillIndex.set(key, i);
    }
    let s = sheets.get(c.sheetId);
    if (!s) sheets.set(c.sheetId, (s = { id: c.sheetId, name: c.sheetName, cells: [] }));
    s.cells.push([c.address, i, c.mark === 'error' ? 'e' : 'w']);
  }
  return { v: 1, fills, sheets: [...sheets.values()] };
}

export function decodeMemory(raw: unknown): RememberedCell[] {
  const m = raw as Partial<StoredMemory> | null | undefined;
  if (!m || m.v !== 1 || !Array.isArray(m.fills) || !Array.isArray(m.sheets)) return [];
  const out: RememberedCell[] = [];
  for (const s of m.sheets) {
    if (typeof s?.id !== 'string' || !Array.isArray(s.cells)) continue;
    for (const [address, i, mark] of s.cells) {
      const original = m.fills[i];
      if (typeof address !== 'string' || original === undefined) continue;
      out.push({ sheetId: s.id, sheetName: String(s.name), address, original, mark: mark === 'e' ? 'error' : 'warning' });
    }
  }
  return out;
}

export function rememberedCells(): RememberedCell[] {
  return decodeMemory(getSetting(SETTING_KEYS.highlights));
}

/** The errors and warnings the report puts on a cell, in report order; key = sheet name + "\n" + address. */
export function* flaggedIssues(report: FileReport): Generator<{ issue: IssueReport & { severity: Mark }; address: string; key: string }> {
  for (const t of report.tables) {
    for (const issue of t.issues) {
      if (!issue.column || (issue.severity !== 'error' && issue.severity !== 'warning')) continue;
      const address = `${issue.column}${issue.row}`;
      yield { issue: issue as IssueReport & { severity: Mark }, address, key: `${issue.sheet}\n${address}` };
    }
  }
}

/**
 * Cells the report flags, by sheet name and address; an error outranks a warning on the same cell. `at` moves a cell
 * to where it shows (a merged area's top-left cell): cells moved together are one.
 */
export function flaggedCells(report: FileReport, at?: (sheet: string, address: string) => string): Map<string, { sheet: string; address: string; mark: Mark }> {
  const out = new Map<string, { sheet: string; address: string; mark: Mark }>();
  for (const flagged of flaggedIssues(report)) {
    const i = flagged.issue;
    const address = at ? at(i.sheet, flagged.address) : flagged.address;
    const key = at ? `${i.sheet}\n${address}` : flagged.key;
    const prev = out.get(key);
    if (!prev || (prev.mark === 'warning' && i.severity === 'error')) out.set(key, { sheet: i.sheet, address, mark: i.severity });
  }
  return out;
}
