/**
 * `npm run bench [-- --json] [-- --sizes 1000,20000] [-- --no-check]`: generates annexes of 1,000 / 20,000 / 100,000
 * tasks (cached in .cache/bench/), measures exceljs load vs the CLI, the core vs tableschema and peak RSS, checks the
 * targets at 20,000 tasks (exit 1 if one fails) and checks the CLI's report on each annex against the generator's
 * manifest (row by row where the report is not capped). `--json` prints only JSON on stdout.
 * `--child load|cli <file>` is the hidden child mode (see child.ts).
 */
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import type { CheckResult } from './check';
import { type RunFigures, TARGET_TASKS, type Target, formatTable, formatTargets, targetsOf } from './report';

const DEFAULT_SIZES = [1000, 20000, 100000];
const repsFor = (tasks: number) => (tasks <= 1000 ? 5 : tasks <= 20000 ? 3 : 1);

interface Options {
  json: boolean;
  sizes: number[];
  check: boolean;
}

function parseOptions(argv: readonly string[]): Options {
  const opts: Options = { json: false, sizes: DEFAULT_SIZES, check: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') opts.json = true;
    else if (a === '--no-check') opts.check = false;
    else if (a === '--sizes') opts.sizes = (argv[++i] ?? '').split(',').map(Number).filter((n) => Number.isInteger(n) && n > 0);
    else throw new Error(`unknown option ${String(a)}`);
  }
  if (opts.sizes.length === 0) throw new Error('--sizes needs e.g. 1000,20000');
  return opts;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

type AddinFigures = Record<'readSyncs' | 'maxRequestBytes' | 'highlightSyncs' | 'summarySyncs', number>;

function addinTargets(f: AddinFigures, bound: AddinFigures): Target[] {
  const t = (name: string, key: keyof AddinFigures, what: string): Target => ({
    name, ratio: f[key], bound: bound[key], kind: 'max', pass: f[key] <= bound[key], detail: `${what}: ${f[key]} (≤ ${bound[key]})`,
  });
  return [
    t('addin-read-syncs', 'readSyncs', 'context.sync() calls to read a 5,000-task sheet'),
    t('addin-max-request-bytes', 'maxRequestBytes', 'largest request or response, bytes'),
    t('addin-highlight-syncs', 'highlightSyncs', 'syncs to highlight 1,000 flagged cells'),
    t('addin-summary-syncs', 'summarySyncs', 'syncs to write all summary sheets'),
  ];
}

function rounded(run: RunFigures): RunFigures {
  const out = { ...run } as Record<string, number>;
  for (const [k, v] of Object.entries(out)) if (k.endsWith('Ms') || k.endsWith('Mb')) out[k] = round1(v);
  return out as unknown as RunFigures;
}

async function bench(opts: Options): Promise<number> {
  const { ensureAnnex } = await import('./generate');
  const { measureSize } = await import('./run-size');
  const log = (s: string) => process.stderr.write(`${s}\n`);
  const cacheDir = resolve(__dirname, '../../.cache/bench');
  const scripts = { bench: __filename, cli: resolve(__dirname, '../src/cli/main.js') };
  const started = performance.now();
  const loadBefore = loadavg()[0] ?? 0;
  const runs: RunFigures[] = [];
  const checks: (CheckResult & { tasks: number })[] = [];
  for (const tasks of opts.sizes) {
    const annex = await ensureAnnex(cacheDir, tasks, log);
    const { figures, check } = await measureSize(annex, scripts, repsFor(tasks), log);
    runs.push(rounded(figures));
    if (opts.check) checks.push({ tasks, ...check });
  }
  const at = runs.find((r) => r.tasks === TARGET_TASKS);
  const targets: Target[] = at ? targetsOf(at) : [];
  log('  add-in: simulator sync counts and request sizes (5,000-task sheet)');
  const { ADDIN_TARGETS, runAddinBench } = await import('./addin-bench');
  const addin = await runAddinBench();
  targets.push(...addinTargets(addin, ADDIN_TARGETS));
  const totalSec = round1((performance.now() - started) / 1000);
  // Other jobs on the machine inflate every figure; the ratios compare runs interleaved in time.
  const loadAvg = { before: round1(loadBefore), after: round1(loadavg()[0] ?? 0), cpus: cpus().length };
  const failed = targets.some((t) => !t.pass);
  if (opts.json) {
    const payload = {
      runs,
      addin,
      targets: { tasks: TARGET_TASKS, pass: at ? !failed : null, checks: targets },
      generatorChecks: checks,
      env: { node: process.version, loadAvg1m: loadAvg, totalSec },
    };
    process.stdout.write(`${JSON.stringify(payload, null, 2)}\n`);
  } else {
    const out: string[] = ['', formatTable(runs), ''];
    if (at) out.push(`Targets at ${TARGET_TASKS.toLocaleString('en-US')} tasks:`, formatTargets(targets));
    else out.push(`Targets: not checked (no ${TARGET_TASKS}-task run).`);
    for (const c of checks) {
      out.push('', `Generator check, ${c.tasks} tasks (CLI --json vs the generator's manifest): ${c.ok ? 'OK' : 'DISCREPANCIES'}${c.note ? ` (${c.note})` : ''}`);
      for (const d of c.discrepancies) out.push(`  - ${d}`);
    }
    out.push('', `Total ${totalSec} s, Node ${process.version}, load average ${loadAvg.before} → ${loadAvg.after} on ${loadAvg.cpus} CPUs.`);
    process.stdout.write(`${out.join('\n')}\n`);
  }
  return failed ? 1 : 0;
}

async function main(argv: readonly string[]): Promise<number> {
  if (argv[0] === '--child') {
    const { childMain } = await import('./child');
    await childMain(argv.slice(1));
    return 0;
  }
  return bench(parseOptions(argv));
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`bench: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 2;
  },
);
