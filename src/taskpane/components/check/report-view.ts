/** Pure views of a FileReport for the Kiểm tra tab: counts, groups, addresses, wording in the pane's language. */
import { type IssueCode, SEVERITY, type Severity } from '../../../core/issues/issue';
import { describeIssue, type Lang } from '../../../core/messages';
import type { FileReport, IssueReport } from '../../../core/report';

export interface IssueRow {
  key: string;
  sheet: string;
  /** Cell to select, e.g. "C12" (column A when the issue names a row only). */
  address: string;
  /** "'Phụ lục I'!C12" */
  ref: string;
  message: string;
  hint: string;
  severity: Severity;
}

export interface IssueGroup {
  code: IssueCode;
  severity: Severity;
  /** Issues of this code before the engine's cap. */
  count: number;
  rows: IssueRow[];
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function severityOf(code: string): Severity {
  return SEVERITY[code as IssueCode] ?? 'warning';
}

export function severityCounts(report: FileReport): Record<Severity, number> {
  const out: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const t of report.tables) for (const [code, n] of Object.entries(t.counts)) out[severityOf(code)] += n;
  return out;
}

export function taskCount(report: FileReport): number {
  return report.tables.reduce((n, t) => n + t.taskCount, 0);
}

export function truncatedCount(report: FileReport): number {
  return report.tables.reduce((n, t) => n + t.truncated, 0);
}

/** Excel's way to name a sheet in a reference: quoted unless plain letters/digits/_/. and not like a cell ("AB12"). */
export function sheetRef(sheet: string): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) && !/^[A-Za-z]{1,3}\d+$/.test(sheet);
  return plain ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/** The message in the pane's language; the report's own wording when the code is unknown here. */
export function wording(issue: IssueReport, lang: Lang): { message: string; hint: string } {
  try {
    return describeIssue({ code: issue.code, params: issue.params } as Parameters<typeof describeIssue>[0], lang);
  } catch {
    return { message: issue.message, hint: issue.hint };
  }
}

export function toRow(issue: IssueReport, index: number, lang: Lang): IssueRow {
  const address = `${issue.column ?? 'A'}${issue.row}`;
  const { message, hint } = wording(issue, lang);
  return {
    key: `${issue.sheet}!${address}#${issue.code}#${index}`,
    sheet: issue.sheet,
    address,
    ref: `${sheetRef(issue.sheet)}!${address}`,
    message,
    hint,
    severity: issue.severity,
  };
}

/** Issues grouped by code, errors first then by count; `errorsOnly` keeps error-severity groups. */
export function groupIssues(report: FileReport, lang: Lang, errorsOnly: boolean): IssueGroup[] {
  const groups = new Map<IssueCode, IssueGroup>();
  let index = 0;
  for (const table of report.tables) {
    const counted = new Set(Object.keys(table.counts));
    for (const [code, n] of Object.entries(table.counts)) {
      const c = code as IssueCode;
      const g = groups.get(c) ?? { code: c, severity: severityOf(c), count: 0, rows: [] };
      g.count += n;
      groups.set(c, g);
    }
    for (const issue of table.issues) {
      const c = issue.code as IssueCode;
      const g = groups.get(c) ?? { code: c, severity: issue.severity, count: 0, rows: [] };
      if (!counted.has(c)) g.count += 1;
      g.rows.push(toRow(issue, index++, lang));
      groups.set(c, g);
    }
  }
  return [...groups.values()]
    .filter((g) => !errorsOnly || g.severity === 'error')
    .sort((a, b) => ORDER[a.severity] - ORDER[b.severity] || b.count - a.count || a.code.localeCompare(b.code));
}
