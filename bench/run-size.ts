/** Measures one generated annex: spawned CLI vs spawned exceljs load, peak RSS of each, core and tableschema in-process. */
import { readFile, stat } from 'node:fs/promises';
import { readWorkbookGrids } from '../src/cli/xlsx-read';
import type { Grid } from '../src/core/grid';
import { validateGrids } from '../src/core/validate';
import { type CheckResult, checkReport } from './check';
import type { Annex } from './generate';
import { type ChildRun, gc, median, runChild, runCli, runSummarizeCli, timeMedian } from './measure';
import { loadSchema, taskRowsOf, validateWithTableschema } from './peer-tableschema';
import type { RunFigures } from './report';

export interface Scripts {
  /** dist-cli/bench/main.js (for --child). */
  bench: string;
  /** dist-cli/src/cli/main.js. */
  cli: string;
}

async function children(annex: Annex, scripts: Scripts, reps: number) {
  const cliWall: number[] = [];
  const summarizeWall: number[] = [];
  const loads: ChildRun[] = [];
  const clis: ChildRun[] = [];
  let cliStdout = '';
  for (let i = 0; i < reps; i++) {
    const cliRun = await runCli(scripts.cli, annex.file);
    cliWall.push(cliRun.wallMs);
    if (i === 0) cliStdout = cliRun.stdout;
    loads.push(await runChild(scripts.bench, 'load', annex.file));
    const c = await runChild(scripts.bench, 'cli', annex.file);
    if (c.exitCode !== 0 && c.exitCode !== 1) throw new Error(`CLI run() in child exited ${String(c.exitCode)}`);
    clis.push(c);
    summarizeWall.push((await runSummarizeCli(scripts.cli, annex.file, `${annex.file}.tong-hop.xlsx`)).wallMs);
  }
  return {
    cliStdout,
    cliValidateMs: median(cliWall),
    cliSummarizeMs: median(summarizeWall),
    exceljsLoadMs: median(loads.map((l) => l.ms)),
    exceljsLoadWallMs: median(loads.map((l) => l.wallMs)),
    exceljsPeakRssMb: median(loads.map((l) => l.maxRssMb)),
    cliInProcessMs: median(clis.map((c) => c.ms)),
    peakRssMb: median(clis.map((c) => c.maxRssMb)),
  };
}

async function readGrids(file: string): Promise<{ grids: Grid[]; ms: number }> {
  gc();
  const t0 = performance.now();
  const read = await readWorkbookGrids(file);
  const ms = performance.now() - t0;
  if (!read.ok) throw new Error(`cannot read ${file}: ${read.failure.reason}`);
  return { grids: read.grids, ms };
}

export interface SizeResult {
  figures: RunFigures;
  /** The spawned CLI's --json report compared with the generator's manifest. */
  check: CheckResult;
}

export async function measureSize(annex: Annex, scripts: Scripts, reps: number, log: (s: string) => void): Promise<SizeResult> {
  const { manifest } = annex;
  const bytes = (await stat(annex.file)).size;
  await readFile(annex.file); // warm the page cache so that the first child does not pay for the disk
  log(`  ${manifest.tasks} tasks: spawning CLI and exceljs-load children ×${reps}`);
  const { cliStdout, ...spawned } = await children(annex, scripts, reps);
  const check = checkReport(JSON.parse(cliStdout), manifest);

  log(`  ${manifest.tasks} tasks: core validateGrids and tableschema in-process ×${reps}`);
  const { grids, ms: readGridsMs } = await readGrids(annex.file);
  const opts = { lang: 'vi' as const, fallbackYear: manifest.planYear };
  const core = await timeMedian(reps, () => validateGrids(annex.file, grids, opts));
  const taskCount = core.last.tables[0]?.taskCount ?? 0;
  if (taskCount !== manifest.tasks) log(`  warning: core found ${taskCount} tasks, generated ${manifest.tasks}`);

  const grid = grids[0];
  if (!grid) throw new Error('no grid');
  const rows = taskRowsOf(grid, manifest.taskRows);
  const schema = await loadSchema();
  const peer = await timeMedian(reps, () => validateWithTableschema(rows, schema));
  const sheetRows = manifest.lastRow;
  const expectedPeerErrors = new Set(manifest.issues.filter((i) => i.code === 'missing-lead' || i.code === 'missing-deadline').map((i) => i.row)).size;
  if (peer.last.errors !== expectedPeerErrors) log(`  warning: tableschema rejected ${peer.last.errors} rows, expected ${expectedPeerErrors}`);
  const figures: RunFigures = {
    tasks: manifest.tasks,
    exceljsLoadMs: spawned.exceljsLoadMs,
    cliValidateMs: spawned.cliValidateMs,
    cliSummarizeMs: spawned.cliSummarizeMs,
    coreMs: core.ms,
    peakRssMb: spawned.peakRssMb,
    tableschemaMs: peer.ms,
    exceljsLoadWallMs: spawned.exceljsLoadWallMs,
    cliInProcessMs: spawned.cliInProcessMs,
    exceljsPeakRssMb: spawned.exceljsPeakRssMb,
    readGridsMs,
    coreRowsPerSec: Math.round(sheetRows / (core.ms / 1000)),
    coreTasksPerSec: Math.round(manifest.tasks / (core.ms / 1000)),
    tableschemaRowsPerSec: Math.round(peer.last.rows / (peer.ms / 1000)),
    tableschemaErrors: peer.last.errors,
    rows: sheetRows,
    fileMb: Math.round((bytes / 1048576) * 100) / 100,
    reps,
  };
  return { figures, check };
}
