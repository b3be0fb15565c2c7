import { columnLetter } from '../grid';
import { issueAt, type Issue } from '../issues/issue';
import type { Rule } from './types';

/** invalid-deadline, unrecognized-deadline, deadline-outside-plan. */
export const inspectDeadlines: Rule = ({ table, tasks, plan }) => {
  const col = table.columns.deadline;
  if (col === undefined) return [];
  const letter = columnLetter(col);
  const issues: Issue[] = [];
  for (const { record, deadline: d } of tasks) {
    const row = record.deadline?.row ?? record.row;
    if (d.kind === 'invalid') {
      issues.push(issueAt({ code: 'invalid-deadline', params: { text: d.text, reason: d.reason ?? 'invalid' } }, table.sheet, row, letter));
    } else if (d.kind === 'unrecognized') {
      issues.push(issueAt({ code: 'unrecognized-deadline', params: { text: d.text } }, table.sheet, row, letter));
    } else if (d.due && plan.year !== undefined) {
      const outsideYear = Number(d.due.slice(0, 4)) !== plan.year;
      const beforePlan = plan.date !== undefined && d.due < plan.date;
      if (outsideYear || beforePlan) {
        const params = { text: d.text, due: d.due, year: plan.year, ...(plan.date ? { planDate: plan.date } : {}) };
        issues.push(issueAt({ code: 'deadline-outside-plan', params }, table.sheet, row, letter));
      }
    }
  }
  return issues;
};
