/**
 * The summary report: one typed result for the CLI's --json, the written sheets and the task pane.
 * Its JSON is the shape of issue 3 (class keys exactly as below), with a few added fields.
 */
import { z } from 'zod';
import { CLASSES } from './timeliness';

const count = z.number().int().nonnegative();

export const ClassSchema = z.enum(CLASSES);

export const CountsSchema = z.object({
  total: count,
  done_on_time: count,
  done_late: count,
  in_progress: count,
  due_soon: count,
  overdue: count,
  not_due: count,
  recurring: count,
  undated: count,
});
export type Counts = z.infer<typeof CountsSchema>;

/** done_on_time / (done_on_time + done_late + overdue): the share on time among tasks done or past due; null when none. */
const rate = z.number().min(0).max(1).nullable();

export const LeadRowSchema = CountsSchema.extend({
  /** Canonical name; an outdated name counts under its successor; an unknown name as written; '' for no lead. */
  agency: z.string(),
  kind: z.enum(['agency', 'generic', 'unknown', 'none']),
  /** Outdated names (abolished 1 July 2025) whose tasks are counted in this row. */
  formerNames: z.array(z.string()),
  onTimeRate: rate,
});

export const SectionRowSchema = CountsSchema.extend({ section: z.string(), onTimeRate: rate });

export const PeriodSchema = z.union([z.string().regex(/^\d{4}(?:-Q[1-4])?$/), z.enum(['recurring', 'undated', 'outside'])]);
export const PeriodRowSchema = CountsSchema.extend({ period: PeriodSchema });

export const ProgressStateSchema = z.enum(['not_started', 'in_progress', 'done', 'paused', 'unreported', 'unknown', 'untracked']);

export const ListItemSchema = z.object({
  /** 1-based Excel row of the task in its sheet. */
  row: z.number().int().positive(),
  number: z.string(),
  /** Task text, shortened. */
  task: z.string(),
  /** Lead agencies (canonical names), "; "-joined. */
  lead: z.string(),
  /** The deadline cell as written. */
  deadline: z.string(),
  /** ISO due date; null when the deadline gives none. */
  due: z.string().nullable(),
  /** The status cell as written ('' when empty or absent). */
  status: z.string(),
  state: ProgressStateSchema,
  class: ClassSchema,
  section: z.string(),
  /** Days past due (overdue, positive) or left (due soon, 0 = due today); null without a due date. */
  days: z.number().int().nullable(),
});
export type ListItem = z.infer<typeof ListItemSchema>;

export const MissingItemSchema = ListItemSchema.extend({
  problems: z.array(z.enum(['missing-lead', 'missing-deadline', 'invalid-deadline', 'unrecognized-deadline'])).min(1),
});
export type MissingItem = z.infer<typeof MissingItemSchema>;

export const TableSummarySchema = z.object({
  sheet: z.string(),
  /** 1-based Excel row of the last header row. */
  headerRow: z.number().int().positive(),
  title: z.string(),
  planYear: z.number().int().optional(),
  /** Last year of a period plan; byPeriod then counts by year. */
  planLastYear: z.number().int().optional(),
  taskCount: count,
  /** The table has a status, progress or completion column; without one, classes come from the deadline alone. */
  tracked: z.boolean(),
  /** Letter of the "Kết quả thực hiện" column read as the status, the table having no status column of its own. */
  statusFromReport: z.string().optional(),
  /** What bySection groups by: the section rows (I, II …), the area column, or nothing. */
  sectionBy: z.enum(['section', 'area', 'none']),
  totals: CountsSchema.extend({ onTimeRate: rate }),
  byLead: z.array(LeadRowSchema),
  bySection: z.array(SectionRowSchema),
  byPeriod: z.array(PeriodRowSchema),
  overdue: z.array(ListItemSchema),
  dueSoon: z.array(ListItemSchema),
  missing: z.array(MissingItemSchema),
  unknownStatuses: z.array(z.object({ row: z.number().int().positive(), text: z.string() })),
});
export type TableSummary = z.infer<typeof TableSummarySchema>;

export const SummaryReportSchema = z.object({
  file: z.string(),
  today: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  dueSoonDays: count,
  tables: z.array(TableSummarySchema),
});
export type SummaryReport = z.infer<typeof SummaryReportSchema>;
export type LeadRow = z.infer<typeof LeadRowSchema>;
export type SectionRow = z.infer<typeof SectionRowSchema>;
export type PeriodRow = z.infer<typeof PeriodRowSchema>;
export type Period = z.infer<typeof PeriodSchema>;
