import { z } from 'zod';

const shape = <C extends string, P extends z.ZodRawShape>(code: C, params: P) =>
  z.object({ code: z.literal(code), params: z.object(params) });

const text = z.string();
const num = z.number();

/** Every issue the engine can raise, with its parameters. Wording lives in ../messages. */
export const IssueShapeSchema = z.discriminatedUnion('code', [
  shape('missing-column', { role: text }),
  shape('missing-task', {}),
  shape('missing-lead', {}),
  shape('missing-deadline', {}),
  shape('invalid-deadline', { text, reason: text }),
  shape('unrecognized-deadline', { text }),
  shape('deadline-outside-plan', { text, due: text, year: num, planDate: text.optional() }),
  shape('duplicate-number', { number: text, firstRow: num }),
  shape('numbering-gap', { expected: text, found: text }),
  shape('repeated-header', {}),
  shape('multiple-leads', { count: num, agencies: text }),
  shape('generic-lead', { agency: text }),
  shape('outdated-agency', { agency: text, successor: text }),
  shape('lead-in-support', { agency: text }),
  shape('markup-in-cell', { tag: text }),
  shape('legacy-encoding', { encoding: text, decoded: text }),
  shape('decomposed-unicode', {}),
  shape('unknown-status', { text }),
]);

export type IssueShape = z.infer<typeof IssueShapeSchema>;
export type IssueCode = IssueShape['code'];
export const ISSUE_CODES = IssueShapeSchema.options.map((o) => o.shape.code.value) as IssueCode[];

export const SeveritySchema = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof SeveritySchema>;

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
