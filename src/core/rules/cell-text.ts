import { columnLetter, type Grid } from '../grid';
import { issueAt, type Issue, type IssueShape } from '../issues/issue';
import { detectLegacy, decodeLegacy } from '../text/legacy';
import { findMarkup } from '../text/markup';
import { isDecomposed } from '../text/normalize';
import type { Rule } from './types';

/** One scan for the two rarer cases; detectLegacy's own gates stop early on Unicode Vietnamese. */
const COMBINING_OR_MARKUP = /[\u0300-\u036f<&]/;

/** Past this many decomposed cells in a table, one issue stands for them all: the whole file needs one conversion. */
export const DECOMPOSED_CELLS_LISTED = 10;

type Shape = IssueShape & { code: 'markup-in-cell' | 'legacy-encoding' };
/** What a cell's text holds: nothing to report, decomposed Unicode, or one markup / legacy-encoding finding. */
type Verdict = 'clean' | 'decomposed' | Shape;

function judge(text: string): Verdict {
  const rare = COMBINING_OR_MARKUP.test(text);
  if (rare && isDecomposed(text)) return 'decomposed';
  const tag = rare ? findMarkup(text) : undefined;
  if (tag !== undefined) return { code: 'markup-in-cell', params: { tag } };
  const enc = detectLegacy(text);
  if (!enc) return 'clean';
  return { code: 'legacy-encoding', params: { encoding: enc, decoded: decodeLegacy(text, enc).slice(0, 80) } };
}

/** Short texts (agencies, deadlines, outputs) repeat down a table: each distinct one is judged once. */
function verdictOf(text: string, memo: Map<string, Verdict>): Verdict {
  if (text.length > 100) return judge(text);
  const known = memo.get(text);
  if (known !== undefined) return known;
  const verdict = judge(text);
  memo.set(text, verdict);
  return verdict;
}

/**
 * markup-in-cell, legacy-encoding, decomposed-unicode: one issue per cell, over the header and body of the table;
 * a table with many decomposed cells gets one decomposed-unicode issue, at the first, counting them.
 */
export const inspectCellText: Rule = ({ table }, grid: Grid) => {
  const issues: Issue[] = [];
  const decomposed: [number, number][] = [];
  const verdicts = new Map<string, Verdict>();
  for (let r = table.header.top; r <= table.lastRow; r++) {
    const row = grid.values[r];
    if (!row) continue;
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v !== 'string' || v.length === 0) continue;
      const verdict = verdictOf(v, verdicts);
      if (verdict === 'clean') continue;
      if (verdict === 'decomposed') decomposed.push([r, c]);
      else issues.push(issueAt(verdict, table.sheet, r, columnLetter(c)));
    }
  }
  const listed = decomposed.length <= DECOMPOSED_CELLS_LISTED ? decomposed : decomposed.slice(0, 1);
  const cells = listed.length === decomposed.length ? 1 : decomposed.length;
  for (const [r, c] of listed) issues.push(issueAt({ code: 'decomposed-unicode', params: { cells } }, table.sheet, r, columnLetter(c)));
  return issues;
};
