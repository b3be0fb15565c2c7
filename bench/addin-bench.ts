/// <reference types="office-js" />
/**
 * The add-in's speed figures (issue: "Speed"), measured with the workbook simulator's counters on a generated
 * 5,000-task sheet: syncs to read it, the largest request or response of any sync, syncs to highlight 1,000
 * flagged cells, syncs to write all summary sheets (after reading). `npm run bench` wires runAddinBench in;
 * `node dist-cli/bench/addin-bench.js` prints the figures alone.
 */
import { createExcelUseCases } from '../src/excel';
import { createExcelSimulator, generateAnnex, simWorkbookFromSheets } from '../test/support/excel-sim';

export interface AddinBenchFigures {
  readSyncs: number;
  maxRequestBytes: number;
  highlightSyncs: number;
  summarySyncs: number;
}

/** The budgets for the same figures. */
export const ADDIN_TARGETS: AddinBenchFigures = { readSyncs: 3, maxRequestBytes: 5 * 1024 * 1024, highlightSyncs: 4, summarySyncs: 3 };

export const ADDIN_BENCH_TASKS = 5000;
export const ADDIN_BENCH_HIGHLIGHTS = 1000;

export async function runAddinBench(): Promise<AddinBenchFigures> {
  const annex = generateAnnex(ADDIN_BENCH_TASKS, { defectEvery: 8 });
  const sim = createExcelSimulator(simWorkbookFromSheets([annex.sheet], { name: 'bench-5000.xlsx' }));
  const restore = sim.install();
  let maxRequestBytes = 0;
  const largest = () => {
    maxRequestBytes = Math.max(maxRequestBytes, sim.stats.maxRequestBytes, sim.stats.maxResponseBytes);
  };
  try {
    const uc = createExcelUseCases({ now: () => new Date('2026-03-01T00:00:00Z') });
    const report = await uc.validate('sheet');
    if (report.tables[0]?.taskCount !== ADDIN_BENCH_TASKS) throw new Error('add-in bench: the generated sheet was not read whole');
    const readSyncs = sim.stats.syncs;
    largest();

    sim.stats.reset();
    const filled = await uc.highlight(report);
    if (filled !== ADDIN_BENCH_HIGHLIGHTS) throw new Error(`add-in bench: ${filled} cells highlighted, expected ${ADDIN_BENCH_HIGHLIGHTS}`);
    const highlightSyncs = sim.stats.syncs;
    largest();
    await uc.clearHighlights();

    sim.stats.reset();
    await uc.validate('all');
    const readAllSyncs = sim.stats.syncs;
    sim.stats.reset();
    await uc.writeSummary({ today: '2026-06-15', dueSoonDays: 15 });
    const summarySyncs = sim.stats.syncs - readAllSyncs;
    largest();
    if (sim.stats.batches.some((b) => b.error)) throw new Error('add-in bench: a request failed');
    return { readSyncs, maxRequestBytes, highlightSyncs, summarySyncs };
  } finally {
    restore();
  }
}

if (require.main === module) {
  runAddinBench().then(
    (f) => process.stdout.write(`${JSON.stringify({ figures: f, targets: ADDIN_TARGETS }, null, 2)}\n`),
    (e: unknown) => {
      process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
