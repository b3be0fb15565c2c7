/**
 * Use cases "Đánh dấu" / "Xóa đánh dấu". Four syncs for up to READ_CHUNK cells (WRITE_CHUNK without
 * getRanges): sheet ids; where the flagged cells show (merged areas, ExcelApi 1.13); the current fills of every cell
 * involved; the new fills. A flagged cell inside a merged area is filled on the area's top-left cell, the one Excel
 * shows. A cell keeps the fill it had before the first highlight (remembered in the document settings) and gets it
 * back on clear, unless the user refilled it meanwhile.
 */
import type { FileReport } from '../core/report';
import { fillKey, flaggedCells, type Mark, type RememberedCell, rememberedCells, encodeMemory, type SavedFill } from './fill-memory';
import { markFill, queueFill, queueFillRead, showsMark } from './fills';
import { probeMerges } from './merged-cells';
import { putSettings, SETTING_KEYS } from './office-env';
import { detectFeatures, type FeatureSet } from './requirements';

/** Cells whose fills are read in one request (each ~500 bytes of request). */
const READ_CHUNK = 5000;
/** Cells filled per request on hosts without getRanges (one range and ~5 commands per cell). */
const WRITE_CHUNK = 3000;

interface Cell {
  sheetId: string;
  sheetName: string;
  address: string;
}

const keyOf = (c: { sheetId: string; address: string }) => `${c.sheetId}\n${c.address}`;

async function readFills(ctx: Excel.RequestContext, cells: readonly Cell[], features: FeatureSet): Promise<Map<string, SavedFill>> {
  const sheets = new Map<string, Excel.Worksheet>();
  const out = new Map<string, SavedFill>();
  for (let i = 0; i < cells.length; i += READ_CHUNK) {
    const reads = cells.slice(i, i + READ_CHUNK).map((c) => {
      let ws = sheets.get(c.sheetId);
      if (!ws) sheets.set(c.sheetId, (ws = ctx.workbook.worksheets.getItem(c.sheetId)));
      return [keyOf(c), queueFillRead(ws, c.address, features)] as const;
    });
    await ctx.sync();
    for (const [k, get] of reads) out.set(k, get());
  }
  return out;
}

/**
 * Sets fills grouped by sheet and by fill, so each group is one getRanges call per 500 addresses: one request.
 * Without getRanges, one range per cell, WRITE_CHUNK cells per request.
 */
async function applyFills(ctx: Excel.RequestContext, items: readonly { cell: Cell; fill: SavedFill }[], features: FeatureSet): Promise<void> {
  const sheets = new Map<string, Excel.Worksheet>();
  const chunk = features.rangeAreas ? Math.max(1, items.length) : WRITE_CHUNK;
  for (let i = 0; i < items.length; i += chunk) {
    const groups = new Map<string, { sheetId: string; fill: SavedFill; addresses: string[] }>();
    for (const { cell, fill } of items.slice(i, i + chunk)) {
      const k = `${cell.sheetId}\n${fillKey(fill)}`;
      let g = groups.get(k);
      if (!g) groups.set(k, (g = { sheetId: cell.sheetId, fill, addresses: [] }));
      g.addresses.push(cell.address);
    }
    if (features.suspendScreenUpdating) ctx.application.suspendScreenUpdatingUntilNextSync();
    for (const g of groups.values()) {
      let ws = sheets.get(g.sheetId);
      if (!ws) sheets.set(g.sheetId, (ws = ctx.workbook.worksheets.getItem(g.sheetId)));
      queueFill(ws, g.addresses, g.fill, features);
    }
    await ctx.sync();
  }
}

/** Sheet ids by name (one sync): flags are kept by id so that they survive a rename. */
export async function sheetIds(ctx: Excel.RequestContext): Promise<Map<string, string>> {
  const sheets = ctx.workbook.worksheets.load('items/id,items/name');
  await ctx.sync();
  return new Map(sheets.items.map((s) => [s.name, s.id]));
}

export async function highlightReport(report: FileReport): Promise<number> {
  const features = detectFeatures();
  const old = rememberedCells();
  const { memory, count } = await Excel.run(async (ctx) => {
    const ids = await sheetIds(ctx);
    const shown = probeMerges(ctx, [...flaggedCells(report).values()].filter((c) => ids.has(c.sheet)));
    if (shown.asked > 0) await ctx.sync();
    const wanted = flaggedCells(report, shown.relocate());
    const live = new Set(ids.values());
    const oldLive = old.filter((c) => live.has(c.sheetId));
    const targets: (Cell & { mark: Mark })[] = [];
    for (const w of wanted.values()) {
      const sheetId = ids.get(w.sheet);
      if (sheetId) targets.push({ sheetId, sheetName: w.sheet, address: w.address, mark: w.mark });
    }
    const all = new Map<string, Cell>();
    for (const c of [...oldLive, ...targets]) all.set(keyOf(c), c);
    const current = await readFills(ctx, [...all.values()], features);
    const oldByKey = new Map(oldLive.map((c) => [keyOf(c), c]));
    const wantedKeys = new Set(targets.map(keyOf));
    const restore = oldLive
      .filter((c) => !wantedKeys.has(keyOf(c)) && showsMark(current.get(keyOf(c)) ?? null, c.mark))
      .map((c) => ({ cell: c, fill: c.original }));
    const memory: RememberedCell[] = targets.map((t) => {
      const prev = oldByKey.get(keyOf(t));
      const now = current.get(keyOf(t)) ?? null;
      const original = prev && showsMark(now, prev.mark) ? prev.original : now;
      return { sheetId: t.sheetId, sheetName: t.sheetName, address: t.address, original, mark: t.mark };
    });
    await applyFills(ctx, [...restore, ...targets.map((t) => ({ cell: t, fill: markFill(t.mark) }))], features);
    return { memory, count: targets.length };
  });
  await putSettings({ [SETTING_KEYS.highlights]: encodeMemory(memory) });
  return count;
}

export async function clearHighlights(): Promise<void> {
  const old = rememberedCells();
  if (old.length === 0) return;
  const features = detectFeatures();
  await Excel.run(async (ctx) => {
    const live = new Set((await sheetIds(ctx)).values());
    const cells = old.filter((c) => live.has(c.sheetId));
    const current = await readFills(ctx, cells, features);
    const restore = cells.filter((c) => showsMark(current.get(keyOf(c)) ?? null, c.mark)).map((c) => ({ cell: c, fill: c.original }));
    await applyFills(ctx, restore, features);
  });
  await putSettings({ [SETTING_KEYS.highlights]: undefined });
}
