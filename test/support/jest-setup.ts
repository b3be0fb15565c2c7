/**
 * Property tests run with a fixed seed so that CI is deterministic; set FC_SEED to explore other seeds
 * (a failure prints its seed and counterexample). Property suites get room to run on a loaded 2-core machine.
 */
import fc from 'fast-check';

fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261123) });
jest.setTimeout(30_000);
