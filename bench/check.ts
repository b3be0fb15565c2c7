/** Checks the CLI's report on a generated annex against what the generator put in it (the manifest). */
import type { FileReport, TableReport } from '../src/core/report';
import type { Manifest } from './model';

export interface CheckResult {
  ok: boolean;
  discrepancies: string[];
  /** Set when the CLI capped its issue list, so only counts (not rows) could be compared. */
  note?: string;
}

function countBy(items: readonly { code: string }[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const i of items) m.set(i.code, (m.get(i.code) ?? 0) + 1);
  return m;
}

/** Issues present on one side only, per code, with a few row examples. */
function rowDiff(t: TableReport, manifest: Manifest): string[] {
  const out: string[] = [];
  const key = (code: string, row: number) => `${code}@${row}`;
  const expected = new Map<string, number>();
  for (const i of manifest.issues) expected.set(key(i.code, i.row), (expected.get(key(i.code, i.row)) ?? 0) + 1);
  const extra = new Map<string, string[]>();
  for (const i of t.issues) {
    const k = key(i.code, i.row);
    const left = expected.get(k) ?? 0;
    if (left > 0) expected.set(k, left - 1);
    else extra.set(i.code, [...(extra.get(i.code) ?? []), `row ${i.row}${i.column ? ` col ${i.column}` : ''}: ${JSON.stringify(i.params)}`]);
  }
  const missing = new Map<string, number[]>();
  for (const [k, n] of expected) {
    if (n === 0) continue;
    const [code = '', row = ''] = k.split('@');
    missing.set(code, [...(missing.get(code) ?? []), Number(row)]);
  }
  for (const [code, rows] of extra) out.push(`unexpected ${code} ×${rows.length}, e.g. ${rows.slice(0, 3).join(' | ')}`);
  for (const [code, rows] of missing) out.push(`missing ${code} ×${rows.length}, e.g. rows ${rows.slice(0, 5).join(', ')}`);
  return out;
}

export function checkReport(report: FileReport, manifest: Manifest): CheckResult {
  const d: string[] = [];
  if (report.tables.length !== 1) d.push(`tables: expected 1, got ${report.tables.length}`);
  const t = report.tables[0];
  if (!t) return { ok: false, discrepancies: d };
  const same = (what: string, want: unknown, got: unknown) => {
    if (want !== got) d.push(`${what}: expected ${String(want)}, got ${String(got)}`);
  };
  same('taskCount', manifest.tasks, t.taskCount);
  same('headerRow', manifest.headerRow, t.headerRow);
  same('lastRow', manifest.lastRow, t.lastRow);
  same('planYear', manifest.planYear, t.planYear);
  same('planDate', manifest.planDate, t.planDate);
  same('sections', manifest.sections, t.rowCounts.sections);
  same('groups', manifest.groups, t.rowCounts.groups);
  same('subs', 0, t.rowCounts.subs);
  same('continuations', manifest.continuations, t.rowCounts.continuations);
  same('repeatedHeaders', manifest.repeatedHeaders, t.rowCounts.repeatedHeaders);
  const want = countBy(manifest.issues);
  for (const code of new Set([...want.keys(), ...Object.keys(t.counts)])) same(`count ${code}`, want.get(code) ?? 0, t.counts[code] ?? 0);
  if (t.truncated > 0) {
    return { ok: d.length === 0, discrepancies: d, note: `counts only: ${t.truncated} issues past the report's cap` };
  }
  d.push(...rowDiff(t, manifest));
  return { ok: d.length === 0, discrepancies: d };
}
