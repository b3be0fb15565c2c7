/**
 * The request context: queues actions in call order and runs them on sync(), like Office.js batches. Counts
 * syncs and the approximate JSON size of each request (queued commands) and response (loaded values), and
 * rejects a batch over the payload limit the way Excel on the web does.
 */
import { SimError } from './errors';
import type { SimWorkbook } from './workbook-model';

export interface SimOptions {
  /** Highest ExcelApi version the simulated host supports ("1.9"). Default "1.17". */
  excelApi?: string;
  /** Other requirement sets the host reports, name → version. */
  otherSets?: Record<string, string>;
  /** Request/response size limit in bytes (Excel on the web: 5 MB). */
  payloadLimitBytes?: number;
  /** Office.context.displayLanguage. Default "vi-VN". */
  displayLanguage?: string;
}

export interface BatchStat {
  requestBytes: number;
  responseBytes: number;
  actions: number;
  calculationSuspended: boolean;
  screenUpdatingSuspended: boolean;
  error?: string;
}

export class SimStats {
  syncs = 0;
  runs = 0;
  batches: BatchStat[] = [];

  reset(): void {
    this.syncs = 0;
    this.runs = 0;
    this.batches = [];
  }

  get maxRequestBytes(): number {
    return Math.max(0, ...this.batches.map((b) => b.requestBytes));
  }

  get maxResponseBytes(): number {
    return Math.max(0, ...this.batches.map((b) => b.responseBytes));
  }

  /** Largest request + response of one sync. */
  get maxBatchBytes(): number {
    return Math.max(0, ...this.batches.map((b) => b.requestBytes + b.responseBytes));
  }
}

export interface ActionResult {
  /** What the host sends back (counted in the response size). */
  data?: unknown;
  /** Applied to the client-side proxies when the whole batch succeeded. */
  commit?: () => void;
}

export interface Action {
  bytes: number;
  run(): ActionResult | void;
}

export interface SimEnv {
  readonly model: SimWorkbook;
  readonly options: Required<Pick<SimOptions, 'excelApi' | 'payloadLimitBytes'>> & SimOptions;
  readonly stats: SimStats;
}

/** "1.10" > "1.9". */
export function versionAtLeast(have: string, need: string): boolean {
  const a = have.split('.').map(Number);
  const b = need.split('.').map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x > y;
  }
  return true;
}

/** UTF-8 length of a string, without TextEncoder. */
export function utf8Bytes(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

export function jsonBytes(v: unknown): number {
  return utf8Bytes(JSON.stringify(v) ?? '');
}

/** Bytes of one command in Office.js's request JSON (ids, action type, names), beyond its arguments. */
export const ACTION_OVERHEAD = 64;

export class SimContextCore {
  private queue: Action[] = [];
  private pathBytes = 0;
  calculationSuspended = false;
  screenUpdatingSuspended = false;

  constructor(readonly env: SimEnv) {}

  get model(): SimWorkbook {
    return this.env.model;
  }

  private closed = false;

  /** Excel.run is over: its proxies may no longer queue work (Office.js: InvalidObjectPath). */
  close(): void {
    this.closed = true;
  }

  enqueue(bytes: number, run: () => ActionResult | void): void {
    if (this.closed) throw new SimError('InvalidObjectPath', 'The object was used outside the Excel.run that created it.');
    this.queue.push({ bytes: ACTION_OVERHEAD + bytes, run });
  }

  /** An object path (e.g. getRange("A1")) referenced by later commands. */
  addPath(name: string, args: unknown[]): void {
    this.pathBytes += ACTION_OVERHEAD + utf8Bytes(name) + jsonBytes(args);
  }

  hasPending(): boolean {
    return this.queue.length > 0;
  }

  /** Throws ApiNotFound (as the host does when running the command) unless the host has `version`. */
  need(version: string, what: string): void {
    if (!versionAtLeast(this.env.options.excelApi, version)) {
      throw new SimError('ApiNotFound', `${what} needs ExcelApi ${version}; host has ${this.env.options.excelApi}`);
    }
  }

  supports(version: string): boolean {
    return versionAtLeast(this.env.options.excelApi, version);
  }

  async sync(): Promise<void> {
    if (this.closed) throw new SimError('InvalidObjectPath', 'sync() after Excel.run ended');
    const actions = this.queue;
    this.queue = [];
    const stat: BatchStat = {
      requestBytes: 200 + this.pathBytes + actions.reduce((n, a) => n + a.bytes, 0),
      responseBytes: 0,
      actions: actions.length,
      calculationSuspended: false,
      screenUpdatingSuspended: false,
    };
    this.pathBytes = 0;
    this.env.stats.syncs++;
    this.env.stats.batches.push(stat);
    await Promise.resolve();
    const limit = this.env.options.payloadLimitBytes;
    try {
      if (stat.requestBytes > limit) {
        throw new SimError('RequestPayloadSizeLimitExceeded', `request of ${stat.requestBytes} bytes exceeds ${limit}`);
      }
      const results: ActionResult[] = [];
      for (const a of actions) {
        const r = a.run();
        if (r) results.push(r);
      }
      stat.calculationSuspended = this.calculationSuspended;
      stat.screenUpdatingSuspended = this.screenUpdatingSuspended;
      stat.responseBytes = 100 + jsonBytes(results.map((r) => r.data ?? null));
      if (stat.responseBytes > limit) {
        throw new SimError('ResponsePayloadSizeLimitExceeded', `response of ${stat.responseBytes} bytes exceeds ${limit}`);
      }
      for (const r of results) r.commit?.();
    } catch (e) {
      stat.error = e instanceof SimError ? e.code : String(e);
      throw e;
    } finally {
      this.calculationSuspended = false;
      this.screenUpdatingSuspended = false;
    }
  }
}
