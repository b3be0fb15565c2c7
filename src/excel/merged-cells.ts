/**
 * Excel shows a merged area through its top-left cell only: a note or fill on any other cell of it is never seen.
 * The engine reports each task's own row, so a deadline merged down over three tasks is flagged on three cells;
 * what goes on the sheet goes on the merge's top-left cell.
 */
import { cellAddress, parseAreaList } from './address';
import { supports } from './requirements';

export type Relocate = (sheet: string, address: string) => string;

const AS_IS: Relocate = (_sheet, address) => address;

export interface MergeProbe {
  /** Cells asked about: 0 when there is nothing to wait for. */
  asked: number;
  /** After the caller's next sync: where each cell shows. */
  relocate: () => Relocate;
}

/**
 * Asks where each of `cells` shows on the sheet: its merged area's top-left cell, else itself. Nothing is synced
 * here: the answer rides on the caller's next sync. Without getMergedAreasOrNullObject (ExcelApi 1.13) the cells
 * stay where they are.
 */
export function probeMerges(ctx: Excel.RequestContext, cells: Iterable<{ sheet: string; address: string }>): MergeProbe {
  if (!supports('mergedAreas')) return { asked: 0, relocate: () => AS_IS };
  const probes = new Map<string, Excel.RangeAreas>();
  for (const { sheet, address } of cells) {
    const key = `${sheet}\n${address}`;
    if (!probes.has(key)) probes.set(key, ctx.workbook.worksheets.getItem(sheet).getRange(address).getMergedAreasOrNullObject().load('address'));
  }
  const relocate = (): Relocate => {
    const moved = new Map<string, string>();
    for (const [key, areas] of probes) {
      if (areas.isNullObject) continue;
      const area = parseAreaList(areas.address)[0];
      if (area) moved.set(key, cellAddress(area.top, area.left));
    }
    return (sheet, address) => moved.get(`${sheet}\n${address}`) ?? address;
  };
  return { asked: probes.size, relocate };
}
