import { type AnalyzedTable, analyzeTable } from './analyze';
import { DEFAULT_DIRECTORY } from './agency/directory';
import type { AgencyDirectory } from './agency/types';
import { columnIndex, columnLetter, type Grid } from './grid';
import { type Issue, type IssueCode, SEVERITY } from './issues/issue';
import { describeIssue, type Lang } from './messages';
import type { FileReport, IssueReport, TableReport } from './report';
import { inspectCellText } from './rules/cell-text';
import { inspectColumns } from './rules/columns';
import { inspectDeadlines } from './rules/deadlines';
import { inspectLeads } from './rules/leads';
import { inspectNumbering } from './rules/numbering';
import { inspectOutdated } from './rules/outdated';
import { inspectRepeatedHeaders } from './rules/repeated-header';
import { inspectRequired } from './rules/required';
import { inspectStatus } from './rules/status';
import type { Rule } from './rules/types';
import type { ColumnSchema } from './schema/column-schema';
import { DEFAULT_SCHEMA } from './schema/default-schema';
import { RoleMatcher } from './schema/role-matcher';
import type { Role } from './schema/roles';
import type { RowKind } from './table/model';
import { parseSheet } from './table/parse-sheet';

export interface EngineOptions {
  year?: number;
  fallbackYear?: number;
  lang?: Lang;
  directory?: AgencyDirectory;
  schema?: ColumnSchema;
  /** Issues kept per table; the rest are counted in `truncated`. */
  maxIssuesPerTable?: number;
}

export const RULES: readonly Rule[] = [
  inspectColumns, inspectRequired, inspectDeadlines, inspectLeads, inspectOutdated, inspectNumbering, inspectRepeatedHeaders, inspectCellText, inspectStatus,
];

export interface AnalyzedSheet {
  grid: Grid;
  tables: AnalyzedTable[];
}

/** Finds and analyses every table of every sheet: the shared first step of validation and summaries. */
export function analyzeGrids(grids: readonly Grid[], opts: EngineOptions = {}): AnalyzedSheet[] {
  const schema = opts.schema ?? DEFAULT_SCHEMA;
  const matcher = new RoleMatcher(schema);
  const directory = opts.directory ?? DEFAULT_DIRECTORY;
  return grids.map((grid) => {
    const parsed = parseSheet(grid, schema, matcher);
    const fallbackTitle = parsed[0]?.title ?? '';
    const base = {
      directory, fallbackTitle,
      ...(opts.year === undefined ? {} : { year: opts.year }),
      ...(opts.fallbackYear === undefined ? {} : { fallbackYear: opts.fallbackYear }),
    };
    return { grid, tables: parsed.map((t) => analyzeTable(t, base)) };
  });
}

export function inspectTable(t: AnalyzedTable, grid: Grid): Issue[] {
  const issues = RULES.flatMap((rule) => rule(t, grid));
  const order = (i: Issue) => i.row * 20_000 + (i.column ? columnIndex(i.column) + 1 : 0);
  return issues
    .map((issue) => ({ issue, at: order(issue) }))
    .sort((a, b) => a.at - b.at)
    .map((x) => x.issue);
}

function toIssueReport(issue: Issue, lang: Lang): IssueReport {
  const { message, hint } = describeIssue(issue, lang);
  const params = issue.params as Record<string, string | number>;
  return { code: issue.code, severity: issue.severity, sheet: issue.sheet, row: issue.row, ...(issue.column ? { column: issue.column } : {}), params, message, hint };
}

export function reportTable(t: AnalyzedTable, grid: Grid, opts: EngineOptions = {}): TableReport {
  const { table, plan } = t;
  const issues = inspectTable(t, grid);
  const cap = opts.maxIssuesPerTable ?? 1000;
  const counts: Record<string, number> = {};
  for (const i of issues) counts[i.code] = (counts[i.code] ?? 0) + 1;
  const columns: Partial<Record<Role, string>> = {};
  for (const [role, c] of Object.entries(table.columns) as [Role, number][]) columns[role] = columnLetter(c);
  const kinds: Partial<Record<RowKind, number>> = {};
  for (let i = 0; i < table.kinds.length; i++) {
    const k = table.kinds[i] as RowKind;
    kinds[k] = (kinds[k] ?? 0) + 1;
  }
  const count = (kind: RowKind) => kinds[kind] ?? 0;
  return {
    sheet: table.sheet,
    headerRow: table.header.bottom + 1,
    lastRow: table.lastRow + 1,
    kind: table.kind.name,
    ...(plan.year === undefined ? {} : { planYear: plan.year }),
    ...(plan.lastYear === undefined ? {} : { planLastYear: plan.lastYear }),
    ...(plan.date === undefined ? {} : { planDate: plan.date }),
    columns,
    taskCount: t.tasks.length,
    rowCounts: {
      sections: count('section'), groups: count('group'), subs: count('sub'),
      continuations: count('continuation'), repeatedHeaders: table.repeatedHeaders.length,
    },
    counts,
    issues: issues.slice(0, cap).map((i) => toIssueReport(i, opts.lang ?? 'vi')),
    truncated: Math.max(0, issues.length - cap),
  };
}

/** validate: grids in, one report out (the same report the pane, the CLI's --json and the written sheets use). */
export function validateGrids(file: string, grids: readonly Grid[], opts: EngineOptions = {}): FileReport {
  const sheets = analyzeGrids(grids, opts);
  const tables = sheets.flatMap((s) => s.tables.map((t) => reportTable(t, s.grid, opts)));
  const valid = tables.every((t) => Object.keys(t.counts).every((code) => SEVERITY[code as IssueCode] !== 'error'));
  return { file, valid, tables, sheetsWithoutTable: sheets.filter((s) => s.tables.length === 0).map((s) => s.grid.sheet) };
}
