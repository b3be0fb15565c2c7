import type { AgencyMatch } from '../agency/types';
import { columnLetter } from '../grid';
import { issueAt, type Issue } from '../issues/shapes';
import { matchKey } from '../text/normalize';
import type { Rule } from './types';

const nameOf = (m: AgencyMatch) => (m.kind === 'unknown' ? m.text : m.kind === 'outdated' ? m.successor : m.canonical);

/** multiple-leads, generic-lead, lead-in-support. */
export const inspectLeads: Rule = ({ table, tasks }) => {
  const col = table.columns.lead;
  if (col === undefined) return [];
  const at = columnLetter(col);
  const issues: Issue[] = [];
  for (const { record, leads, supports } of tasks) {
    // A generic group beside a named agency ("Sở Nội vụ; các sở, ban, ngành") does not blur who answers for the task.
    const named = leads.filter((m) => m.kind !== 'generic');
    if (named.length > 1) {
      const agencies = named.map((m) => m.text).join('; ');
      issues.push(issueAt({ code: 'multiple-leads', params: { count: named.length, agencies } }, table.sheet, record.row, at));
    }
    if (leads.length > 0 && named.length === 0) {
      issues.push(issueAt({ code: 'generic-lead', params: { agency: leads.map((m) => m.text).join('; ') } }, table.sheet, record.row, at));
    }
    const supportKeys = new Set(supports.filter((m) => m.kind !== 'generic').map((m) => matchKey(nameOf(m))));
    for (const lead of leads) {
      if (lead.kind !== 'generic' && supportKeys.has(matchKey(nameOf(lead)))) {
        const supportCol = table.columns.support;
        const letter = supportCol === undefined ? at : columnLetter(supportCol);
        issues.push(issueAt({ code: 'lead-in-support', params: { agency: lead.text } }, table.sheet, record.row, letter));
      }
    }
  }
  return issues;
};
