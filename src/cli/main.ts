#!/usr/bin/env node
/**
 * `annex` command line: validate (and summarize) .xlsx annexes. Exit 0 = no error-severity issue,
 * 1 = at least one, 2 = unreadable input or bad usage (one line on stderr, never a stack trace).
 */
import { readFile } from 'node:fs/promises';
import type { Lang } from '../core/messages';
import type { FileReport } from '../core/report';
import { DEFAULT_DIRECTORY } from '../core/agency/directory';
import { DEFAULT_SCHEMA } from '../core/schema/default-schema';
import { type EngineOptions, validateGrids } from '../core/validate';
import { type CliArgs, UsageError, parseArgs } from './args';
import { USAGE, cliMessage } from './cli-messages';
import { formatReport } from './print';
import { readWorkbookGrids } from './xlsx-read';
import { UserError } from './user-error';

export { UserError };

async function engineOptions(args: CliArgs): Promise<EngineOptions> {
  const opts: EngineOptions = { lang: args.lang };
  if (args.year !== undefined) opts.year = args.year;
  opts.fallbackYear = Number((args.today ?? new Date().toISOString()).slice(0, 4));
  if (args.settings === undefined) return opts;
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(args.settings, 'utf8'));
  } catch (e) {
    throw new UserError(cliMessage(`bad-settings:${args.settings} (${(e as Error).message.split('\n')[0]})`, args.lang));
  }
  // Loaded on demand: the settings schema needs zod, which a plain validate run never loads.
  const { SettingsSchema, applySettings } = await import('../core/settings');
  const result = SettingsSchema.safeParse(parsed);
  if (!result.success) {
    const first = result.error.issues[0];
    const where = first ? `${first.path.join('.')}: ${first.message}` : '';
    throw new UserError(cliMessage(`bad-settings:${args.settings} (${where})`, args.lang));
  }
  const { schema, directory } = applySettings(DEFAULT_SCHEMA, DEFAULT_DIRECTORY, result.data);
  if (opts.year === undefined && result.data.planYear !== undefined) opts.year = result.data.planYear;
  return { ...opts, schema, directory };
}

export async function readGridsOrFail(file: string, lang: Lang) {
  const read = await readWorkbookGrids(file);
  if (!read.ok) throw new UserError(cliMessage(`${read.failure.reason}:${file}`, lang));
  return read.grids;
}

async function runValidate(args: CliArgs, out: (s: string) => void): Promise<number> {
  const opts = await engineOptions(args);
  const reports: FileReport[] = [];
  for (const file of args.files) reports.push(validateGrids(file, await readGridsOrFail(file, args.lang), opts));
  if (args.json) out(JSON.stringify(reports.length === 1 ? reports[0] : reports, null, 2));
  else out(reports.map((r) => formatReport(r, args.lang)).join('\n\n'));
  return reports.every((r) => r.valid) ? 0 : 1;
}

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

/** Runs the command line; returns the exit status. Only programming errors escape. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  let lang: Lang = argv.includes('en') && argv[argv.indexOf('en') - 1] === '--lang' ? 'en' : 'vi';
  try {
    const args = parseArgs(argv);
    lang = args.lang;
    if (args.command === 'help') {
      io.out(USAGE);
      return 0;
    }
    if (args.command === 'summarize') {
      // Loaded on demand: validate, the common case, need not load the summary writer.
      const { runSummarize } = await import('./summarize-command');
      return await runSummarize(args, await engineOptions(args), io.out);
    }
    return await runValidate(args, io.out);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`${cliMessage(e.message, lang)}\n\n${USAGE}`);
      return 2;
    }
    if (e instanceof UserError) {
      io.err(e.message);
      return 2;
    }
    throw e;
  }
}

if (require.main === module) {
  const io: Io = { out: (s) => process.stdout.write(`${s}\n`), err: (s) => process.stderr.write(`${s}\n`) };
  run(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`Lỗi nội bộ / internal error: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 3;
    },
  );
}
