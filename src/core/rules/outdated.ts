import type { AgencyMatch } from '../agency/types';
import { columnLetter } from '../grid';
import { issueAt, type Issue } from '../issues/issue';
import type { Role } from '../schema/roles';
import type { Rule } from './types';

/** outdated-agency: a name abolished on 1 July 2025, in any agency column of a task, sub-row, group or section row. */
export const inspectOutdated: Rule = ({ table, tasks, subs, carriers }) => {
  const issues: Issue[] = [];
  const letter = (role: Role) => {
    const col = table.columns[role];
    return col === undefined ? undefined : columnLetter(col);
  };
  const [leadAt, supportAt, executorAt] = [letter('lead'), letter('support'), letter('executor')];
  const check = (row: number, list: readonly AgencyMatch[], column: string | undefined) => {
    for (const m of list) {
      if (m.kind === 'outdated') issues.push(issueAt({ code: 'outdated-agency', params: { agency: m.text, successor: m.successor } }, table.sheet, row, column));
    }
  };
  for (const views of [tasks, subs, carriers]) {
    for (const v of views) {
      // Without a lead column, the lead cell is the executor column's, whose names are checked as executors below.
      if (leadAt !== undefined) {
        if (v.inherited?.lead === undefined) check(v.record.row, v.leads, leadAt);
        check(v.record.row, v.leadCellSupports, leadAt);
      }
      check(v.record.row, v.supports, supportAt);
      check(v.record.row, v.executors, executorAt);
    }
  }
  return issues;
};
