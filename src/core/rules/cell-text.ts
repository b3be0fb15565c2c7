import { columnLetter, type Grid } from '../grid';
import { issueAt, type Issue } from '../issues/issue';
import { detectLegacy, decodeLegacy } from '../text/legacy';
import { findMarkup } from '../text/markup';
import { isDecomposed } from '../text/normalize';
import type { Rule } from './types';

/** One scan for the two rarer cases; detectLegacy's own gates stop early on Unicode Vietnamese. */
const COMBINING_OR_MARKUP = /[\u0300-\u036f<&]/;

/** Past this many decomposed cells in a table, one issue stands for them all: the whole file needs one conversion. */
export const DECOMPOSED_CELLS_LISTED = 10;

/** markup-in-cell or legacy-encoding for a cell already known not to be decomposed. */
function inspectCell(text: string, maybeMarkup: boolean, sheet: string, r: number, c: number): Issue | undefined {
  const tag = maybeMarkup ? findMarkup(text) : undefined;
  if (tag !== undefined) return issueAt({ code: 'markup-in-cell', params: { tag } }, sheet, r, columnLetter(c));
  const enc = detectLegacy(text);
  if (enc) {
    const decoded = decodeLegacy(text, enc).slice(0, 80);
    return issueAt({ code: 'legacy-encoding', params: { encoding: enc, decoded } }, sheet, r, columnLetter(c));
  }
  return undefined;
}

/**
 * markup-in-cell, legacy-encoding, decomposed-unicode: one issue per cell, over the header and body of the table;
 * a table with many decomposed cells gets one decomposed-unicode issue, at the first, counting them.
 */
export const inspectCellText: Rule = ({ table }, grid: Grid) => {
  const issues: Issue[] = [];
  const decomposed: [number, number][] = [];
  for (let r = table.header.top; r <= table.lastRow; r++) {
    const row = grid.values[r];
    if (!row) continue;
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v !== 'string' || v.length === 0) continue;
      const rare = COMBINING_OR_MARKUP.test(v);
      if (rare && isDecomposed(v)) {
        decomposed.push([r, c]);
        continue;
      }
      const issue = inspectCell(v, rare, table.sheet, r, c);
      if (issue) issues.push(issue);
    }
  }
  const listed = decomposed.length <= DECOMPOSED_CELLS_LISTED ? decomposed : decomposed.slice(0, 1);
  const cells = listed.length === decomposed.length ? 1 : decomposed.length;
  for (const [r, c] of listed) issues.push(issueAt({ code: 'decomposed-unicode', params: { cells } }, table.sheet, r, columnLetter(c)));
  return issues;
};
