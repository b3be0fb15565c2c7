import { columnLetter } from '../grid';
import { issueAt, type Issue } from '../issues/issue';
import type { Ordinal } from '../table/numbering';
import type { Rule } from './types';

type Numbered = Extract<Ordinal, { kind: 'arabic' | 'letter' }>;

const lastValue = (o: Numbered) => (o.kind === 'arabic' ? (o.parts[o.parts.length - 1] ?? 0) : o.value);
const render = (o: Numbered, value: number) =>
  o.kind === 'arabic' ? [...o.parts.slice(0, -1), value].join('.') : `${String.fromCharCode(96 + value)})`;

/** duplicate-number and numbering-gap among siblings of one section; a section may restart at 1 or continue the last one. */
export const inspectNumbering: Rule = ({ table }) => {
  const numCol = table.columns.number;
  if (numCol === undefined) return [];
  const at = columnLetter(numCol);
  const issues: Issue[] = [];
  let seen = new Map<string, number>();
  let last = new Map<number, Numbered>();
  let carried: number | undefined;
  for (const rec of table.records) {
    if (rec.kind === 'section') {
      const top = last.get(-1);
      if (top) carried = lastValue(top);
      seen = new Map();
      last = new Map();
      continue;
    }
    const o = rec.ordinal;
    if ((rec.kind !== 'task' && rec.kind !== 'group') || !o || (o.kind !== 'arabic' && o.kind !== 'letter')) continue;
    const parent = rec.parent ?? -1;
    const key = o.kind === 'arabic' ? o.path : `${parent}:${o.value}`;
    const first = seen.get(key);
    if (first !== undefined) {
      issues.push(issueAt({ code: 'duplicate-number', params: { number: rec.numberText, firstRow: first + 1 } }, table.sheet, rec.row, at));
    } else {
      seen.set(key, rec.row);
      const prev = last.get(parent);
      const value = lastValue(o);
      const next = prev && prev.kind === o.kind ? lastValue(prev) + 1 : parent === -1 && carried !== undefined ? carried + 1 : 1;
      const restarts = !(prev && prev.kind === o.kind) && value === 1;
      if (value !== next && !restarts && !(prev && value <= lastValue(prev))) {
        const expected = render(o, next);
        issues.push(issueAt({ code: 'numbering-gap', params: { expected, found: rec.numberText } }, table.sheet, rec.row, at));
      }
    }
    last.set(parent, o);
  }
  return issues;
};
