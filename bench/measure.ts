/** Timing helpers: spawned children timed by wall clock from the parent, medians, in-process timing with GC. */
import { spawn } from 'node:child_process';
import type { ChildResult } from './child';

export interface Spawned {
  wallMs: number;
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node <args>`; wall time covers Node start-up, module loading, the work and exit. */
export function spawnNode(args: readonly string[]): Promise<Spawned> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code) => {
      resolve({ wallMs: performance.now() - t0, code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') });
    });
  });
}

export interface ChildRun extends ChildResult {
  wallMs: number;
}

/** `node <script> --child <mode> <file>` and its one JSON line. */
export async function runChild(script: string, mode: 'load' | 'cli', file: string): Promise<ChildRun> {
  const r = await spawnNode([script, '--child', mode, file]);
  const line = r.stdout.trim().split('\n').pop() ?? '';
  if (r.code !== 0 || !line.startsWith('{')) {
    throw new Error(`child ${mode} failed (exit ${String(r.code)}): ${r.stderr.trim().slice(0, 400)}`);
  }
  return { ...(JSON.parse(line) as ChildResult), wallMs: r.wallMs };
}

/** The real command line, as a user runs it. Exit 0 or 1 (valid / has errors) are both fine here. */
export async function runCli(cliScript: string, file: string): Promise<Spawned> {
  const r = await spawnNode([cliScript, 'validate', file, '--json']);
  if (r.code !== 0 && r.code !== 1) throw new Error(`CLI failed (exit ${String(r.code)}): ${r.stderr.trim().slice(0, 400)}`);
  return r;
}

/** `annex summarize` as a user runs it, writing a new workbook beside the cache. */
export async function runSummarizeCli(cliScript: string, file: string, out: string): Promise<Spawned> {
  const r = await spawnNode([cliScript, 'summarize', file, '-o', out, '--today', '2026-11-23', '--json']);
  if (r.code !== 0) throw new Error(`summarize failed (exit ${String(r.code)}): ${r.stderr.trim().slice(0, 400)}`);
  return r;
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  if (n === 0) return Number.NaN;
  return n % 2 === 1 ? (s[(n - 1) / 2] as number) : ((s[n / 2 - 1] as number) + (s[n / 2] as number)) / 2;
}

export function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** Median wall time of `reps` runs of fn, with a GC before each (needs --expose-gc to matter). */
export async function timeMedian<T>(reps: number, fn: () => T | Promise<T>): Promise<{ ms: number; last: T }> {
  const times: number[] = [];
  let last: T | undefined;
  for (let i = 0; i < reps; i++) {
    gc();
    const t0 = performance.now();
    last = await fn();
    times.push(performance.now() - t0);
  }
  return { ms: median(times), last: last as T };
}
