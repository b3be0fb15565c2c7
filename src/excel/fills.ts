/**
 * Reading and setting cell fills in batches. Setting uses Worksheet.getRanges (ExcelApi 1.9) over address lists of
 * at most 500 addresses / 8,000 characters; older hosts get one range per cell, in the same request.
 */
import { chunkAddresses } from './address';
import { MARK_COLORS, type Mark, type SavedFill } from './fill-memory';
import type { FeatureSet } from './requirements';

const PATTERN_PROPS = 'color,pattern,patternColor,tintAndShade,patternTintAndShade';

/** Queues the load of one cell's fill; the returned function gives it after the sync. */
export function queueFillRead(ws: Excel.Worksheet, address: string, features: FeatureSet): () => SavedFill {
  const fill = ws.getRange(address).format.fill;
  fill.load(features.fillPattern ? PATTERN_PROPS : 'color');
  return () => {
    if (!features.fillPattern) {
      // Without fill patterns (ExcelApi < 1.9) Excel reports no fill as white: both restore as no fill.
      const color = String(fill.color ?? '').toUpperCase();
      return !color || color === '#FFFFFF' ? null : { color };
    }
    if (fill.pattern === 'None' || !fill.color) return null;
    const saved: NonNullable<SavedFill> = { color: String(fill.color).toUpperCase(), pattern: String(fill.pattern) };
    if (fill.pattern !== 'Solid' && fill.patternColor) saved.patternColor = String(fill.patternColor).toUpperCase();
    if (fill.tintAndShade) saved.tintAndShade = fill.tintAndShade;
    if (fill.patternTintAndShade) saved.patternTintAndShade = fill.patternTintAndShade;
    return saved;
  };
}

/** True while the cell still shows the colour `mark` gave it (the user has not refilled it since). */
export function showsMark(current: SavedFill, mark: Mark): boolean {
  return current !== null && current.color === MARK_COLORS[mark] && (current.pattern === undefined || current.pattern === 'Solid') && !current.tintAndShade;
}

/** Clears first, so no pattern or tint of the previous fill survives under the new colour. */
function apply(fill: Excel.RangeFill, f: SavedFill, features: FeatureSet): void {
  fill.clear();
  if (f === null) return;
  fill.color = f.color;
  if (!features.fillPattern) return;
  if (f.pattern && f.pattern !== 'Solid') fill.pattern = f.pattern as Excel.FillPattern;
  if (f.patternColor) fill.patternColor = f.patternColor;
  if (f.tintAndShade) fill.tintAndShade = f.tintAndShade;
  if (f.patternTintAndShade) fill.patternTintAndShade = f.patternTintAndShade;
}

/** Queues `fill` on every address of one sheet. */
export function queueFill(ws: Excel.Worksheet, addresses: readonly string[], f: SavedFill, features: FeatureSet): void {
  if (addresses.length === 0) return;
  if (features.rangeAreas) {
    for (const list of chunkAddresses(addresses)) apply(ws.getRanges(list).format.fill, f, features);
  } else {
    for (const a of addresses) apply(ws.getRange(a).format.fill, f, features);
  }
}

export function markFill(mark: Mark): SavedFill {
  return { color: MARK_COLORS[mark], pattern: 'Solid' };
}
