/**
 * Sheets the add-in creates (summary sheets, the template's agency list) are "tool sheets": marked with a hidden
 * defined name pointing at their A1 (follows renames; ExcelApi 1.4) and listed by id in the document settings
 * (any host). Validation skips them; a new summary replaces only them; a user's sheet is never touched.
 */
import { SUMMARY_MARK } from '../core/summary/sheet-spec';
import { parseAddress, splitAddressList } from './address';
import { getSetting, SETTING_KEYS } from './office-env';
import type { FeatureSet } from './requirements';

export type ToolKind = 'summary' | 'list';

/** Name prefixes; the command line marks its summary sheets with the first one (a single name over all of them). */
export const MARK_PREFIX: Record<ToolKind, string> = {
  summary: SUMMARY_MARK,
  list: 'AnnexAssistant.AgencyList',
};

export interface SheetInfo {
  id: string;
  name: string;
  visibility: string;
}

export interface WorkbookScan {
  sheets: SheetInfo[];
  /** Tool sheet id → kind. */
  tool: Map<string, ToolKind>;
  /** Defined names that mark tool sheets, with the sheet each points at. */
  markers: { name: string; sheetId?: string }[];
  tableNames: Set<string>;
}

interface RecordedSheet {
  id: string;
  kind: ToolKind;
}

export function recordedToolSheets(): RecordedSheet[] {
  const list = getSetting<unknown>(SETTING_KEYS.toolSheets);
  return Array.isArray(list) ? list.filter((x): x is RecordedSheet => typeof x?.id === 'string' && (x.kind === 'summary' || x.kind === 'list')) : [];
}

function kindOf(name: string): ToolKind | undefined {
  return (Object.keys(MARK_PREFIX) as ToolKind[]).find((k) => name === MARK_PREFIX[k] || name.startsWith(`${MARK_PREFIX[k]}.`));
}

/** Queues the loads of sheets, names and tables; call the result after the next sync. */
export function queueScan(ctx: Excel.RequestContext): () => WorkbookScan {
  const sheets = ctx.workbook.worksheets.load('items/id,items/name,items/visibility');
  const names = ctx.workbook.names.load('items/name,items/value');
  const tables = ctx.workbook.tables.load('items/name');
  return () => {
    const infos = sheets.items.map((s) => ({ id: s.id, name: s.name, visibility: String(s.visibility) }));
    const byName = new Map(infos.map((s) => [s.name.toLowerCase(), s.id]));
    const tool = new Map<string, ToolKind>();
    const ids = new Set(infos.map((s) => s.id));
    for (const r of recordedToolSheets()) if (ids.has(r.id)) tool.set(r.id, r.kind);
    const markers: WorkbookScan['markers'] = [];
    for (const n of names.items) {
      const kind = kindOf(n.name);
      if (!kind) continue;
      const targets = typeof n.value === 'string' ? splitAddressList(n.value) : [];
      const sheetIds = targets.map((t) => parseAddress(t)?.sheet).map((s) => (s === undefined ? undefined : byName.get(s.toLowerCase())));
      for (const id of sheetIds) if (id) tool.set(id, kind);
      markers.push(sheetIds.length === 1 && sheetIds[0] ? { name: n.name, sheetId: sheetIds[0] } : { name: n.name });
    }
    return { sheets: infos, tool, markers, tableNames: new Set(tables.items.map((t) => t.name.toLowerCase())) };
  };
}

/** The user's sheets, in workbook order: not tool sheets, not "very hidden". */
export function userSheets(scan: WorkbookScan): SheetInfo[] {
  return scan.sheets.filter((s) => !scan.tool.has(s.id) && s.visibility !== 'VeryHidden');
}

/** A valid sheet name from `base`, with " (2)", " (3)" … while taken (Excel compares names case-insensitively). */
export function uniqueSheetName(base: string, taken: Iterable<string>): string {
  const lower = new Set([...taken].map((n) => n.toLowerCase()));
  const clean = base.replace(/[[\]:*?/\\]/g, '-').replace(/^'+|'+$/g, '').trim().slice(0, 31) || 'Sheet';
  if (!lower.has(clean.toLowerCase())) return clean;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = clean.slice(0, 31 - suffix.length) + suffix;
    if (!lower.has(name.toLowerCase())) return name;
  }
}

/** Defined name marking one new tool sheet: "<prefix>.<n>", the first n free. */
export function markerName(kind: ToolKind, taken: Set<string>): string {
  for (let i = 1; ; i++) {
    const name = `${MARK_PREFIX[kind]}.${i}`;
    if (!taken.has(name.toLowerCase())) {
      taken.add(name.toLowerCase());
      return name;
    }
  }
}

/** Queues the hidden marker names of new tool sheets (no-op below ExcelApi 1.4: settings still list them). */
export function queueMarks(ctx: Excel.RequestContext, features: FeatureSet, scan: WorkbookScan, sheets: { ws: Excel.Worksheet; kind: ToolKind }[]): void {
  if (!features.names) return;
  const taken = new Set(scan.markers.map((m) => m.name.toLowerCase()));
  for (const { ws, kind } of sheets) {
    const item = ctx.workbook.names.add(markerName(kind, taken), ws.getRange('A1'), 'Trợ lý Phụ lục / Annex Assistant');
    item.visible = false;
  }
}

/** The settings entry listing tool sheets after adding `added` and dropping `removed` ids. */
export function toolSheetRecord(scan: WorkbookScan, added: RecordedSheet[], removed: Set<string>): RecordedSheet[] {
  const keep = recordedToolSheets().filter((r) => scan.sheets.some((s) => s.id === r.id) && !removed.has(r.id));
  return [...keep, ...added];
}
