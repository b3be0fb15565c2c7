import { columnLetter } from '../grid';
import { inheritedFrom } from '../inherit';
import { issueAt, type Issue } from '../issues/issue';
import type { Rule } from './types';

/** invalid-deadline, unrecognized-deadline, deadline-outside-plan: on a task's or sub-row's own deadline, and once on a group or section row whose deadline tasks inherit. */
export const inspectDeadlines: Rule = (t) => {
  const { table, tasks, subs, plan } = t;
  const col = table.columns.deadline;
  if (col === undefined) return [];
  const letter = columnLetter(col);
  const issues: Issue[] = [];
  for (const views of [tasks, subs, inheritedFrom(t, 'deadline')]) for (const { record, deadline: d, inherited } of views) {
    if (inherited?.deadline !== undefined) continue;
    const row = record.deadline?.row ?? record.row;
    if (d.kind === 'invalid') {
      issues.push(issueAt({ code: 'invalid-deadline', params: { text: d.text, reason: d.reason ?? 'not-a-date' } }, table.sheet, row, letter));
    } else if (d.kind === 'unrecognized') {
      issues.push(issueAt({ code: 'unrecognized-deadline', params: { text: d.text } }, table.sheet, row, letter));
    } else if (d.due && plan.year !== undefined) {
      const dueYear = Number(d.due.slice(0, 4));
      const outsideYear = dueYear < plan.year || dueYear > (plan.lastYear ?? plan.year);
      const beforePlan = plan.date !== undefined && d.due < plan.date;
      if (outsideYear || beforePlan) {
        const params = {
          text: d.text, due: d.due, year: plan.year,
          ...(plan.lastYear ? { lastYear: plan.lastYear } : {}), ...(plan.date ? { planDate: plan.date } : {}),
        };
        issues.push(issueAt({ code: 'deadline-outside-plan', params }, table.sheet, row, letter));
      }
    }
  }
  return issues;
};
