import type { TaskView } from '../analyze';
import { columnLetter, isErrorText } from '../grid';
import { hasValue } from '../inherit';
import { issueAt, type Issue } from '../issues/issue';
import { columnFor } from '../table/model';
import type { Rule } from './types';

type Code = 'missing-task' | 'missing-lead' | 'missing-deadline';
const CHECKS: readonly ['task' | 'lead' | 'deadline', Code][] = [
  ['task', 'missing-task'],
  ['lead', 'missing-lead'],
  ['deadline', 'missing-deadline'],
];

/** Whether the task (continuations joined, inheritance applied) lacks the role: a task or lead cell holding only a formula error counts as empty. */
function lacks(v: TaskView, role: 'task' | 'lead' | 'deadline'): boolean {
  const text = v.record.text[role];
  if (role === 'task') return !text || isErrorText(text);
  if (role === 'lead' && text && isErrorText(text)) return true;
  return !hasValue(v, role);
}

/**
 * missing-task / missing-lead / missing-deadline: a task row with the required cell empty, and nothing above it (a
 * group or section row) or below it (its sub-rows) to supply it. A task split into sub-rows has its missing deadlines
 * flagged on the sub-rows that lack one; a deadline's formula error is invalid-deadline instead.
 */
export const inspectRequired: Rule = ({ table, tasks, subs }) => {
  const issues: Issue[] = [];
  const split = new Set<number | undefined>(subs.map((s) => s.record.parent));
  for (const [role, code] of CHECKS) {
    const col = columnFor(table.columns, role);
    if (col === undefined || !table.kind.required.includes(role)) continue;
    const letter = columnLetter(col);
    for (let i = 0; i < tasks.length; i++) {
      const v = tasks[i] as TaskView;
      if (lacks(v, role) && !(role === 'deadline' && split.has(v.index))) issues.push(issueAt({ code, params: {} }, table.sheet, v.record.row, letter));
    }
    if (role !== 'deadline') continue;
    for (const s of subs) if (lacks(s, role)) issues.push(issueAt({ code, params: {} }, table.sheet, s.record.row, letter));
  }
  return issues;
};
