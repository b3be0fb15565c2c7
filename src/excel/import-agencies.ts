/**
 * Use case "Nhập từ trang tính": agency names from the first column of the selection (its used part, at most
 * MAX_ROWS rows), cleaned and deduplicated, leaving out header words and names the built-in directory already has.
 */
import { DEFAULT_DIRECTORY } from '../core/agency/directory';
import { resolveAgency } from '../core/agency/resolve';
import { matchKey } from '../core/text/normalize';
import { distinctNames } from './settings-store';

const MAX_ROWS = 5000;
const HEADER_WORDS = new Set(['stt', 'co quan', 'co quan chu tri', 'co quan phoi hop', 'don vi chu tri', 'don vi phoi hop', 'chu tri', 'phoi hop', 'ten co quan', 'danh sach co quan']);

export function agencyNamesFrom(values: readonly unknown[]): string[] {
  const texts = values.filter((v): v is string => typeof v === 'string' && /\p{L}/u.test(v) && !HEADER_WORDS.has(matchKey(v)));
  return distinctNames(texts).filter((n) => resolveAgency(n, DEFAULT_DIRECTORY).kind === 'unknown');
}

function isNotFound(e: unknown): boolean {
  return (e as { code?: string } | null)?.code === 'ItemNotFound';
}

export async function importAgenciesFromSelection(): Promise<string[]> {
  return Excel.run(async (ctx) => {
    const used = ctx.workbook.getSelectedRange().getColumn(0).getUsedRange(true);
    used.load('rowCount');
    try {
      await ctx.sync();
    } catch (e) {
      if (isNotFound(e)) return [];
      throw e;
    }
    const part = used.rowCount > MAX_ROWS ? used.getCell(0, 0).getBoundingRect(used.getCell(MAX_ROWS - 1, 0)) : used;
    part.load('values');
    await ctx.sync();
    return agencyNamesFrom((part.values as unknown[][]).map((r) => r[0]));
  });
}
