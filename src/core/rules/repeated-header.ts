import { issueAt } from '../issues/issue';
import type { Rule } from './types';

/** repeated-header (info): the header again inside the table, left by a page break of a converted document. */
export const inspectRepeatedHeaders: Rule = ({ table }) =>
  table.repeatedHeaders.map((row) => issueAt({ code: 'repeated-header', params: {} }, table.sheet, row, 'A'));
