/**
 * Hidden child modes of the bench (`node dist-cli/bench/main.js --child <mode> <file>`), each printing one JSON line:
 *   load: exceljs wb.xlsx.readFile alone;
 *   cli:  the CLI's run(['validate', file, '--json']) in this process, output discarded after it is produced.
 * Both report process.resourceUsage().maxRSS, so the peak of each is measured in its own fresh process.
 * Modules are loaded lazily so that `load` pays for exceljs only.
 */

export interface ChildResult {
  mode: 'load' | 'cli';
  ms: number;
  maxRssMb: number;
  exitCode?: number;
  outChars?: number;
}

function finish(result: Omit<ChildResult, 'maxRssMb'>): void {
  // maxRSS is in kilobytes.
  const out: ChildResult = { ...result, maxRssMb: process.resourceUsage().maxRSS / 1024 };
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

async function load(file: string): Promise<void> {
  const { default: ExcelJS } = await import('exceljs');
  const t0 = performance.now();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ms = performance.now() - t0;
  if (wb.worksheets.length === 0) throw new Error('no worksheet');
  finish({ mode: 'load', ms });
}

async function cli(file: string): Promise<void> {
  const { run } = await import('../src/cli/main');
  let outChars = 0;
  const t0 = performance.now();
  const exitCode = await run(['validate', file, '--json'], {
    out: (s) => (outChars += s.length),
    err: (s) => process.stderr.write(`${s}\n`),
  });
  finish({ mode: 'cli', ms: performance.now() - t0, exitCode, outChars });
}

export async function childMain(argv: readonly string[]): Promise<void> {
  const [mode, file] = argv;
  if (!file) throw new Error('usage: --child load|cli <file>');
  if (mode === 'load') await load(file);
  else if (mode === 'cli') await cli(file);
  else throw new Error(`unknown child mode ${String(mode)}`);
}
