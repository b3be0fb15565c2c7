import type { AgencyMatch } from '../agency/types';
import { columnLetter } from '../grid';
import { inheritedFrom } from '../inherit';
import { issueAt, type Issue } from '../issues/issue';
import { matchKey } from '../text/normalize';
import type { Rule } from './types';

const nameOf = (m: AgencyMatch) => (m.kind === 'unknown' ? m.text : m.kind === 'outdated' ? m.successor : m.canonical);

/**
 * The lead named again among the supporters. An abolished supporter counts only under its own name ("Sở KH&ĐT" in
 * both cells); one whose successor is the lead is outdated-agency's to report.
 */
function inSupport(lead: AgencyMatch, supports: readonly AgencyMatch[]): boolean {
  const key = matchKey(nameOf(lead));
  return supports.some((m) =>
    m.kind === 'outdated' ? lead.kind === 'outdated' && m.canonical === lead.canonical : m.kind !== 'generic' && matchKey(nameOf(m)) === key);
}

/** multiple-leads, generic-lead, lead-in-support: on tasks, and on the group or section rows whose lead tasks inherit. */
export const inspectLeads: Rule = (t) => {
  const { table, tasks } = t;
  const col = table.columns.lead;
  if (col === undefined) return [];
  const at = columnLetter(col);
  const supportAt = table.columns.support === undefined ? at : columnLetter(table.columns.support);
  const issues: Issue[] = [];
  for (const views of [tasks, inheritedFrom(t, 'lead')]) for (const { record, leads, supports, inherited } of views) {
    if (leads.length === 0 || inherited?.lead !== undefined) continue;
    // A generic group beside a named agency ("Sở Nội vụ; các sở, ban, ngành") does not blur who answers for the task.
    const named = leads.length === 1 && leads[0]?.kind !== 'generic' ? leads : leads.filter((m) => m.kind !== 'generic');
    if (named.length > 1) {
      const agencies = named.map((m) => m.text).join('; ');
      issues.push(issueAt({ code: 'multiple-leads', params: { count: named.length, agencies } }, table.sheet, record.row, at));
    }
    if (named.length === 0) {
      issues.push(issueAt({ code: 'generic-lead', params: { agency: leads.map((m) => m.text).join('; ') } }, table.sheet, record.row, at));
    }
    if (named.length === 0 || supports.length === 0) continue;
    for (const lead of named) {
      if (inSupport(lead, supports)) {
        issues.push(issueAt({ code: 'lead-in-support', params: { agency: lead.text } }, table.sheet, record.row, supportAt));
      }
    }
  }
  return issues;
};
