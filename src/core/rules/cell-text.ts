import { columnLetter, type Grid } from '../grid';
import { issueAt, type Issue } from '../issues/issue';
import { detectLegacy, decodeLegacy } from '../text/legacy';
import { findMarkup } from '../text/markup';
import type { Rule } from './types';

const COMBINING = /[\u0300-\u036f]/;
/** One scan for the two rarer cases; detectLegacy's own gates stop early on Unicode Vietnamese. */
const COMBINING_OR_MARKUP = /[\u0300-\u036f<&]/;

/** Past this many decomposed cells in a table, one issue stands for them all: the whole file needs one conversion. */
export const DECOMPOSED_CELLS_LISTED = 10;

function inspectCell(text: string, sheet: string, r: number, c: number): Issue | undefined {
  if (COMBINING_OR_MARKUP.test(text)) {
    if (COMBINING.test(text) && text !== text.normalize('NFC')) {
      return issueAt({ code: 'decomposed-unicode', params: { cells: 1 } }, sheet, r, columnLetter(c));
    }
    const tag = findMarkup(text);
    if (tag !== undefined) return issueAt({ code: 'markup-in-cell', params: { tag } }, sheet, r, columnLetter(c));
  }
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
  const decomposed: Issue[] = [];
  for (let r = table.header.top; r <= table.lastRow; r++) {
    const row = grid.values[r];
    if (!row) continue;
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v !== 'string' || v.length === 0) continue;
      const issue = inspectCell(v, table.sheet, r, c);
      if (issue) (issue.code === 'decomposed-unicode' ? decomposed : issues).push(issue);
    }
  }
  const first = decomposed[0];
  if (decomposed.length <= DECOMPOSED_CELLS_LISTED || !first) return [...issues, ...decomposed];
  const all = issueAt({ code: 'decomposed-unicode', params: { cells: decomposed.length } }, table.sheet, first.row - 1, first.column);
  return [...issues, all];
};
