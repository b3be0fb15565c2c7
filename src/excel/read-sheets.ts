/**
 * Reads worksheets into the engine's grids inside one Excel.run: one sync for the used ranges (and visible cells),
 * then one sync per request-sized batch of row blocks (values, number formats, merged areas, row visibility).
 * Never a sync per row or per cell.
 */
import type { Grid } from '../core/grid';
import type { Progress } from '../taskpane/use-cases';
import { blockAddress, parseAreaList } from './address';
import { type Block, BlockPlanner, type Extent, mergeChunkRows, utf8Length } from './read-plan';
import { GridBuilder, hiddenFromVisible } from './read-cells';
import type { FeatureSet } from './requirements';

/** Bytes a row-visibility probe adds to a request on hosts without getSpecialCells. */
const PROBE_BYTES = 300;
/** Wider used ranges are read without merged areas (each call would cover too few rows to be worth it). */
const MERGE_MAX_COLUMNS = 400;
/** Larger used ranges are refused with a clear message (the command line reads them from the file instead). */
export const MAX_CELLS_PER_SHEET = 2_000_000;
/** Each retry reads blocks a quarter the size: six cover a first guess 4,000 times too small. */
const MAX_RETRIES = 6;

interface SheetMeta {
  ws: Excel.Worksheet;
  used: Excel.Range;
  visible?: Excel.RangeAreas;
}

interface Pending {
  block: Block;
  range: Excel.Range;
  merges: Excel.RangeAreas[];
  probes: Excel.Range[];
}

export interface ReadResult {
  grids: Grid[];
  /** Worksheet ids, parallel to grids. */
  ids: string[];
}

function isPayloadError(e: unknown): boolean {
  const code = (e as { code?: string } | null)?.code ?? '';
  return /PayloadSizeLimitExceeded/i.test(code);
}

function queueBlock(b: Block, meta: SheetMeta, rowHidden: boolean | null, features: FeatureSet): Pending {
  const range = meta.ws.getRange(blockAddress(b.top, b.rows, b.left, b.columns));
  range.load('values,numberFormat');
  const merges: Excel.RangeAreas[] = [];
  if (features.mergedAreas && b.columns <= MERGE_MAX_COLUMNS) {
    const step = mergeChunkRows(b.columns);
    for (let r = b.top; r < b.top + b.rows; r += step) {
      const m = meta.ws.getRange(blockAddress(r, Math.min(step, b.top + b.rows - r), b.left, b.columns)).getMergedAreasOrNullObject();
      m.load('address');
      merges.push(m);
    }
  }
  const probes: Excel.Range[] = [];
  if (rowHidden === null && !meta.visible) {
    for (let r = b.top; r < b.top + b.rows; r++) probes.push(meta.ws.getRange(`${r + 1}:${r + 1}`).load('rowHidden'));
  }
  return { block: b, range, merges, probes };
}

function collect(p: Pending, builder: GridBuilder): number {
  const values = p.range.values as unknown[][];
  const formats = p.range.numberFormat as unknown[][];
  builder.addBlock(p.block.top, p.block.left, values, formats);
  for (const m of p.merges) if (!m.isNullObject) builder.addMerges(parseAreaList(m.address));
  builder.addHidden(p.probes.flatMap((probe, i) => (probe.rowHidden ? [p.block.top + i] : [])));
  return utf8Length(JSON.stringify(values)) + utf8Length(JSON.stringify(formats));
}

export class SheetTooLargeError extends Error {
  constructor(readonly sheet: string, readonly rows: number, readonly columns: number) {
    super(
      `Trang "${sheet}" có vùng dữ liệu quá lớn (${rows} dòng × ${columns} cột) để kiểm tra trong Excel; hãy xóa ô thừa ở xa bảng hoặc dùng lệnh annex. ` +
        `/ Sheet "${sheet}" uses too large a range (${rows} rows × ${columns} columns) to check in Excel.`,
    );
    this.name = 'SheetTooLargeError';
  }
}

/**
 * Reads `sheets` (the active sheet when 'active'; otherwise names or ids). Sheets whose id is in `skip` (the
 * tool's own) come back empty. `onProgress` gets rows read.
 */
export async function readSheets(
  ctx: Excel.RequestContext,
  sheets: 'active' | readonly string[],
  features: FeatureSet,
  onProgress?: (p: Progress) => void,
  skip: ReadonlySet<string> = new Set(),
): Promise<ReadResult> {
  const wss = sheets === 'active' ? [ctx.workbook.worksheets.getActiveWorksheet()] : sheets.map((s) => ctx.workbook.worksheets.getItem(s));
  const metas: SheetMeta[] = wss.map((ws) => {
    ws.load('name,id');
    const used = ws.getUsedRange(true).load('rowIndex,columnIndex,rowCount,columnCount,rowHidden');
    const meta: SheetMeta = { ws, used };
    if (features.specialCells) meta.visible = used.getSpecialCellsOrNullObject('Visible').load('address');
    return meta;
  });
  await ctx.sync();

  const builders = metas.map((m) => new GridBuilder(m.ws.name));
  const extents: Extent[] = metas.map((m, key) => {
    const rowHidden = m.used.rowHidden;
    const e = { key, top: m.used.rowIndex, left: m.used.columnIndex, rows: skip.has(m.ws.id) ? 0 : m.used.rowCount, columns: m.used.columnCount };
    if (e.rows * e.columns > MAX_CELLS_PER_SHEET) throw new SheetTooLargeError(m.ws.name, e.rows, e.columns);
    const builder = builders[key] as GridBuilder;
    if (m.visible) builder.addHidden(m.visible.isNullObject ? range(e.top, e.rows) : hiddenFromVisible(e.top, e.rows, parseAreaList(m.visible.address)));
    else if (rowHidden === true) builder.addHidden(range(e.top, e.rows));
    return { ...e, perRowExtra: rowHidden === null && !m.visible ? PROBE_BYTES : 0 };
  });

  const planner = new BlockPlanner(extents);
  onProgress?.({ step: 'read', done: 0, total: planner.totalRows });
  let retries = 0;
  while (!planner.done()) {
    const batch = planner.nextBatch();
    const pending = batch.map((b) => {
      const meta = metas[b.key] as SheetMeta;
      return queueBlock(b, meta, meta.used.rowHidden, features);
    });
    try {
      await ctx.sync();
    } catch (e) {
      if (!isPayloadError(e) || ++retries > MAX_RETRIES) throw e;
      planner.retry(batch);
      continue;
    }
    let bytes = 0;
    let cells = 0;
    for (const p of pending) {
      bytes += collect(p, builders[p.block.key] as GridBuilder);
      cells += p.block.rows * p.block.columns;
    }
    planner.observe(bytes, cells);
    onProgress?.({ step: 'read', done: planner.rowsDone, total: planner.totalRows });
  }
  return { grids: builders.map((b) => b.build()), ids: metas.map((m) => m.ws.id) };
}

function range(top: number, rows: number): number[] {
  return Array.from({ length: rows }, (_, i) => top + i);
}
