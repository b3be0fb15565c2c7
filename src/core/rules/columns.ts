import { issueAt } from '../issues/issue';
import { columnFor } from '../table/model';
import type { Rule } from './types';

/** missing-column: a role the table's kind requires has no column (an executor column stands in for the lead). */
export const inspectColumns: Rule = ({ table }) =>
  table.kind.required
    .filter((role) => columnFor(table.columns, role) === undefined)
    .map((role) => issueAt({ code: 'missing-column', params: { role } }, table.sheet, table.header.bottom));
