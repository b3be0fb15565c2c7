import { z } from 'zod';
import { INVALID_REASONS } from '../deadline/types';

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
  shape('invalid-deadline', { text, reason: z.enum(INVALID_REASONS) }),
  shape('unrecognized-deadline', { text }),
  shape('deadline-outside-plan', { text, due: text, year: num, lastYear: num.optional(), planDate: text.optional() }),
  shape('duplicate-number', { number: text, firstRow: num }),
  shape('numbering-gap', { expected: text, found: text }),
  shape('repeated-header', {}),
  shape('multiple-leads', { count: num, agencies: text }),
  shape('generic-lead', { agency: text }),
  shape('outdated-agency', { agency: text, successor: text }),
  shape('lead-in-support', { agency: text }),
  shape('markup-in-cell', { tag: text }),
  shape('legacy-encoding', { encoding: text, decoded: text }),
  shape('decomposed-unicode', { cells: num }),
  shape('unknown-status', { text }),
]);

export type IssueShape = z.infer<typeof IssueShapeSchema>;
export type IssueCode = IssueShape['code'];
export const ISSUE_CODES = IssueShapeSchema.options.map((o) => o.shape.code.value) as IssueCode[];

export const SeveritySchema = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof SeveritySchema>;
