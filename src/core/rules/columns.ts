import { issueAt } from '../issues/issue';
import type { Rule } from './types';

/** missing-column: a role the table's kind requires has no column. */
export const inspectColumns: Rule = ({ table }) =>
  table.kind.required
    .filter((role) => table.columns[role] === undefined)
    .map((role) => issueAt({ code: 'missing-column', params: { role } }, table.sheet, table.header.bottom));
