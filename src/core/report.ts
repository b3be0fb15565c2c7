import { z } from 'zod';
import { ISSUE_CODES, SeveritySchema } from './issues/shapes';
import { RoleSchema } from './schema/column-schema';

export const IssueCodeSchema = z.enum(ISSUE_CODES as [string, ...string[]]);

export const IssueReportSchema = z.object({
  code: IssueCodeSchema,
  severity: SeveritySchema,
  sheet: z.string(),
  /** 1-based Excel row of the task's first row (the header row for missing-column). */
  row: z.number().int().positive(),
  column: z.string().regex(/^[A-Z]{1,3}$/).optional(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  message: z.string(),
  hint: z.string(),
});

export const TableReportSchema = z.object({
  sheet: z.string(),
  /** 1-based Excel row of the last header row. */
  headerRow: z.number().int().positive(),
  lastRow: z.number().int().positive(),
  kind: z.string(),
  planYear: z.number().int().optional(),
  /** Last year of a plan for a period ("giai đoạn 2026 - 2030"); absent for a one-year plan. */
  planLastYear: z.number().int().optional(),
  planDate: z.string().optional(),
  columns: z.partialRecord(RoleSchema, z.string()),
  taskCount: z.number().int().nonnegative(),
  rowCounts: z.object({
    sections: z.number().int(),
    groups: z.number().int(),
    subs: z.number().int(),
    continuations: z.number().int(),
    repeatedHeaders: z.number().int(),
  }),
  /** Issues per code before the cap. */
  counts: z.record(z.string(), z.number().int()),
  issues: z.array(IssueReportSchema),
  /** How many issues were left off by the cap. */
  truncated: z.number().int().nonnegative(),
});

export const FileReportSchema = z.object({
  file: z.string(),
  /** No error-severity issue in any table. */
  valid: z.boolean(),
  tables: z.array(TableReportSchema),
  /** Sheets where no annex table was found (not an error). */
  sheetsWithoutTable: z.array(z.string()),
});

export type IssueReport = z.infer<typeof IssueReportSchema>;
export type TableReport = z.infer<typeof TableReportSchema>;
export type FileReport = z.infer<typeof FileReportSchema>;
