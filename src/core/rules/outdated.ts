import { columnLetter } from '../grid';
import { issueAt, type Issue } from '../issues/issue';
import type { Role } from '../schema/roles';
import type { Rule } from './types';

const ROLES = ['lead', 'supports', 'executors'] as const;
const COLUMN: Record<(typeof ROLES)[number], Role> = { lead: 'lead', supports: 'support', executors: 'executor' };

/** outdated-agency: a name abolished on 1 July 2025, in any agency column of a task or sub-row. */
export const inspectOutdated: Rule = ({ table, tasks, subs }) => {
  const issues: Issue[] = [];
  for (const view of [...tasks, ...subs]) {
    for (const key of ROLES) {
      const list = key === 'lead' ? view.leads : view[key];
      const col = table.columns[COLUMN[key]];
      for (const m of list) {
        if (m.kind !== 'outdated') continue;
        const params = { agency: m.text, successor: m.successor };
        issues.push(issueAt({ code: 'outdated-agency', params }, table.sheet, view.record.row, col === undefined ? undefined : columnLetter(col)));
      }
    }
  }
  return issues;
};
