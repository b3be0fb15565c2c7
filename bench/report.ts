/** The bench's figures, the targets checked at 20,000 tasks, and the readable table. */

export interface RunFigures {
  tasks: number;
  /** Rows in the sheet (title, headers, sections, groups, tasks, continuations). */
  rows: number;
  fileMb: number;
  reps: number;
  /** wb.xlsx.readFile alone, timed inside a fresh child process. */
  exceljsLoadMs: number;
  /** Wall time of that child (Node start-up + require exceljs + load + exit). */
  exceljsLoadWallMs: number;
  /** Wall time of `node dist-cli/src/cli/main.js validate <file> --json`. */
  cliValidateMs: number;
  /** Wall time of `annex summarize <file> -o <out>` (reads, summarises, writes the new workbook). */
  cliSummarizeMs: number;
  /** The CLI's run() timed inside a fresh child (no Node start-up). */
  cliInProcessMs: number;
  /** readWorkbookGrids in the bench process: exceljs load + worksheetToGrid. */
  readGridsMs: number;
  /** validateGrids on grids already read. */
  coreMs: number;
  coreRowsPerSec: number;
  coreTasksPerSec: number;
  /** maxRSS of a fresh child running the CLI's run(). */
  peakRssMb: number;
  /** maxRSS of a fresh child doing the exceljs load alone. */
  exceljsPeakRssMb: number;
  /** tableschema Table.load + read over the task rows. */
  tableschemaMs: number;
  tableschemaRowsPerSec: number;
  tableschemaErrors: number;
}

export interface Target {
  name: string;
  /** The measured ratio and the bound it must meet. */
  ratio: number;
  bound: number;
  kind: 'max' | 'min';
  pass: boolean;
  detail: string;
}

export const TARGET_TASKS = 20000;

const r2 = (x: number) => Math.round(x * 100) / 100;

export function targetsOf(run: RunFigures): Target[] {
  const t = (name: string, ratio: number, bound: number, kind: 'max' | 'min', detail: string): Target => ({
    name, ratio: r2(ratio), bound, kind, pass: kind === 'max' ? ratio <= bound : ratio >= bound, detail,
  });
  return [
    t('cli-validate-vs-exceljs-load', run.cliValidateMs / run.exceljsLoadWallMs, 1.3, 'max',
      `CLI validate ${fmt(run.cliValidateMs)} ms vs exceljs-load child ${fmt(run.exceljsLoadWallMs)} ms (both spawned, Node start-up included)`),
    t('core-vs-tableschema-speedup', run.tableschemaMs / run.coreMs, 2, 'min',
      `tableschema ${fmt(run.tableschemaMs)} ms vs core validateGrids ${fmt(run.coreMs)} ms`),
    t('summarize-vs-validate', run.cliSummarizeMs / run.cliValidateMs, 1.5, 'max',
      `CLI summarize ${fmt(run.cliSummarizeMs)} ms vs CLI validate ${fmt(run.cliValidateMs)} ms (both spawned, end to end)`),
    t('peak-rss-vs-exceljs-load', run.peakRssMb / run.exceljsPeakRssMb, 1.5, 'max',
      `CLI peak RSS ${fmt(run.peakRssMb)} MB vs exceljs-load peak RSS ${fmt(run.exceljsPeakRssMb)} MB`),
  ];
}

function fmt(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  if (Number.isInteger(x)) return x.toLocaleString('en-US');
  return x >= 100 ? Math.round(x).toLocaleString('en-US') : x.toFixed(1);
}

const COLUMNS: [string, (r: RunFigures) => number][] = [
  ['tasks', (r) => r.tasks],
  ['rows', (r) => r.rows],
  ['file MB', (r) => r.fileMb],
  ['reps', (r) => r.reps],
  ['exceljs load ms', (r) => r.exceljsLoadMs],
  ['load child ms', (r) => r.exceljsLoadWallMs],
  ['CLI validate ms', (r) => r.cliValidateMs],
  ['CLI run() ms', (r) => r.cliInProcessMs],
  ['CLI summarize ms', (r) => r.cliSummarizeMs],
  ['read grids ms', (r) => r.readGridsMs],
  ['core ms', (r) => r.coreMs],
  ['core rows/s', (r) => r.coreRowsPerSec],
  ['tableschema ms', (r) => r.tableschemaMs],
  ['tableschema rows/s', (r) => r.tableschemaRowsPerSec],
  ['CLI peak RSS MB', (r) => r.peakRssMb],
  ['load peak RSS MB', (r) => r.exceljsPeakRssMb],
];

export function formatTable(runs: readonly RunFigures[]): string {
  const head = ['', ...runs.map((r) => `${r.tasks.toLocaleString('en-US')} tasks`)];
  const body = COLUMNS.slice(1).map(([name, get]) => [name, ...runs.map((r) => fmt(get(r)))]);
  const rows = [head, ...body];
  const widths = head.map((_, c) => Math.max(...rows.map((row) => (row[c] ?? '').length)));
  return rows.map((row) => row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0))).join('  ')).join('\n');
}

export function formatTargets(targets: readonly Target[]): string {
  return targets
    .map((t) => `${t.pass ? 'PASS' : 'FAIL'}  ${t.name}: ${t.ratio} (${t.kind === 'max' ? '≤' : '≥'} ${t.bound}) — ${t.detail}`)
    .join('\n');
}
