import { columnLetter } from '../grid';
import { issueAt, type Issue } from '../issues/issue';
import { isUnknownStatus } from '../summary/status';
import type { Rule } from './types';

/** unknown-status: a status cell ("Tình trạng") whose words are not understood; never guessed. */
export const inspectStatus: Rule = ({ table, tasks, subs }) => {
  const col = table.columns.status;
  if (col === undefined) return [];
  const at = columnLetter(col);
  const issues: Issue[] = [];
  for (const { record } of [...tasks, ...subs]) {
    const text = record.text.status;
    if (isUnknownStatus(text)) issues.push(issueAt({ code: 'unknown-status', params: { text: text ?? '' } }, table.sheet, record.row, at));
  }
  return issues;
};
