/**
 * `annex summarize <file.xlsx> [-o out.xlsx] [--today YYYY-MM-DD] [--due-soon-days N] [--json] [--lang vi|en]`:
 * writes a NEW workbook (the input's sheets plus the summary sheets) and prints the summary. The input is only read.
 */
import { realpath, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import type { Lang } from '../core/messages';
import type { SummaryReport } from '../core/summary/report';
import { buildSummarySheets } from '../core/summary/sheets';
import { summarizeGrids } from '../core/summary/summarize';
import { CLASSES } from '../core/summary/timeliness';
import { summaryWords } from '../core/summary/wording';
import type { EngineOptions } from '../core/validate';
import type { CliArgs } from './args';
import { cliMessage } from './cli-messages';
import { UserError } from './user-error';
import { loadWorkbook, summaryWorkbook } from './summary-xlsx';

/** The report date when --today is not given: today in the machine's time zone. */
export function localToday(now: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/** `<dir>/<name>.tong-hop.xlsx` next to the input. */
export function defaultOutput(file: string): string {
  const ext = extname(file);
  return join(dirname(file), `${basename(file, ext)}.tong-hop.xlsx`);
}

async function samePath(a: string, b: string): Promise<boolean> {
  if (resolve(a) === resolve(b)) return true;
  try {
    return (await realpath(a)) === (await realpath(b));
  } catch {
    return false; // the output does not exist yet
  }
}

const dmy = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** The short readable summary printed without --json. */
export function formatSummary(s: SummaryReport, output: string, sheets: readonly string[], lang: Lang): string {
  const w = summaryWords(lang);
  const en = lang === 'en';
  const lines = [`${s.file} — ${w.asOf(dmy(s.today))}`];
  if (s.tables.length === 0) lines.push(en ? '  No task table found.' : '  Không tìm thấy bảng nhiệm vụ.');
  for (const t of s.tables) {
    const counts = CLASSES.filter((k) => t.totals[k] > 0).map((k) => `${w.cls[k].toLowerCase()} ${t.totals[k]}`).join(', ');
    lines.push(`  ${en ? 'Table' : 'Bảng'} "${t.sheet}": ${t.taskCount} ${en ? 'tasks' : 'nhiệm vụ'}${counts ? ` — ${counts}` : ''}`);
    const late = t.byLead.filter((r) => r.overdue > 0).slice(0, 5);
    if (late.length) lines.push(`  ${en ? 'Most overdue' : 'Quá hạn nhiều nhất'}: ${late.map((r) => `${r.agency || w.noLead} ${r.overdue}`).join(', ')}`);
    if (!t.tracked) lines.push(`  ${w.notes.untracked}`);
    if (t.unknownStatuses.length) lines.push(`  ${w.notes.unknownStatus(t.unknownStatuses.map((u) => u.row).join(', '))}`);
  }
  lines.push(`${en ? 'Written' : 'Đã ghi'}: ${output} (${sheets.join(', ')})`);
  return lines.join('\n');
}

/** Runs `summarize`; user mistakes throw UserError (one line, exit 2). Exit 0 on success. */
export async function runSummarize(args: CliArgs, opts: EngineOptions, out: (s: string) => void): Promise<number> {
  const file = args.files[0];
  if (file === undefined) throw new UserError(cliMessage('no-files', args.lang));
  const output = args.out ?? defaultOutput(file);
  if (await samePath(file, output)) throw new UserError(cliMessage(`output-is-input:${output}`, args.lang));
  const loaded = await loadWorkbook(file);
  if (!loaded.ok) throw new UserError(cliMessage(`${loaded.failure.reason}:${file}`, args.lang));
  const today = args.today ?? localToday();
  const summary = summarizeGrids(file, loaded.grids, {
    ...opts, lang: args.lang, today, ...(args.dueSoonDays === undefined ? {} : { dueSoonDays: args.dueSoonDays }),
  });
  const { data, sheets } = await summaryWorkbook(file, loaded.wb, loaded.toolSheets, buildSummarySheets(summary, args.lang));
  // Written beside the target, then renamed: a failed write never leaves half a workbook under the output's name.
  const partial = join(dirname(output), `.${basename(output)}.${process.pid}.partial`);
  try {
    await writeFile(partial, data);
    await rename(partial, output);
  } catch (e) {
    await rm(partial, { force: true });
    throw new UserError(`${output}: ${(e as Error).message.split('\n')[0]}`);
  }
  out(args.json ? JSON.stringify({ ...summary, output, sheets }, null, 2) : formatSummary(summary, output, sheets, args.lang));
  return 0;
}
