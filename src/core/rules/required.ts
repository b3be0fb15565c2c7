import type { TaskView } from '../analyze';
import { columnLetter, isErrorText } from '../grid';
import { issueAt, type Issue } from '../issues/issue';
import type { Role } from '../schema/roles';
import type { Rule } from './types';

const CHECKS: readonly [Role, 'missing-task' | 'missing-lead' | 'missing-deadline'][] = [
  ['task', 'missing-task'],
  ['lead', 'missing-lead'],
  ['deadline', 'missing-deadline'],
];

/**
 * missing-task / missing-lead / missing-deadline: a task row (continuations joined) with the required cell empty.
 * A task or lead cell holding only a formula error counts as empty; a deadline's error is invalid-deadline instead.
 */
export const inspectRequired: Rule = ({ table, tasks }) => {
  const issues: Issue[] = [];
  for (const [role, code] of CHECKS) {
    const col = table.columns[role];
    if (col === undefined || !table.kind.required.includes(role)) continue;
    const letter = columnLetter(col);
    for (let i = 0; i < tasks.length; i++) {
      const { record } = tasks[i] as TaskView;
      const text = record.text[role];
      if (!text || (role !== 'deadline' && isErrorText(text))) issues.push(issueAt({ code, params: {} }, table.sheet, record.row, letter));
    }
  }
  return issues;
};
