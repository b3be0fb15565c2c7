import type { IssueCode, IssueShape, Severity } from './shapes';

export type { IssueCode, IssueShape, Severity };

export const SEVERITY: Record<IssueCode, Severity> = {
  'missing-column': 'error',
  'missing-task': 'error',
  'missing-lead': 'error',
  'missing-deadline': 'error',
  'invalid-deadline': 'error',
  'unrecognized-deadline': 'warning',
  'deadline-outside-plan': 'warning',
  'duplicate-number': 'warning',
  'numbering-gap': 'warning',
  'repeated-header': 'info',
  'multiple-leads': 'warning',
  'generic-lead': 'warning',
  'outdated-agency': 'error',
  'lead-in-support': 'warning',
  'markup-in-cell': 'warning',
  'legacy-encoding': 'warning',
  'decomposed-unicode': 'info',
  'unknown-status': 'warning',
};

/** An issue as plain data: what, where (1-based Excel row, column letter), with which parameters. */
export type Issue = IssueShape & { severity: Severity; sheet: string; row: number; column?: string };

export function issueAt<S extends IssueShape>(s: S, sheet: string, row0: number, column?: string): Issue {
  const issue = { ...s, severity: SEVERITY[s.code], sheet, row: row0 + 1 } as Issue;
  if (column) issue.column = column;
  return issue;
}
