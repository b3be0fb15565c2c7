/**
 * Client-side proxies with Office.js semantics: properties are unavailable until load() + sync(); setters and
 * methods are queued and run in order on sync(); *OrNullObject proxies learn isNullObject on sync().
 */
import { type ActionResult, jsonBytes, type SimContextCore, utf8Bytes } from './context';
import { notLoaded, SimError } from './errors';

export interface PropSpec<T> {
  get(t: T): unknown;
  set?(t: T, v: unknown): void;
  /** ExcelApi version needed to read (and, unless setApi, to write). */
  api?: string;
  setApi?: string;
}
export type PropTable<T> = Record<string, PropSpec<T>>;

type LoadArg = string | string[] | Record<string, unknown> | undefined;

export function parseLoadArg(arg: LoadArg): string[] {
  if (arg === undefined) return [];
  if (typeof arg === 'string') return arg.split(',').map((s) => s.trim()).filter((s) => s !== '');
  if (Array.isArray(arg)) return arg.flatMap((a) => parseLoadArg(a));
  if ('select' in arg) return parseLoadArg(arg.select as LoadArg);
  const out: string[] = [];
  for (const [k, v] of Object.entries(arg)) {
    if (v === true) out.push(k);
    else if (v && typeof v === 'object') out.push(...parseLoadArg(v as LoadArg).map((p) => `${k}/${p}`));
  }
  return out;
}

export function clone<V>(v: V): V {
  if (Array.isArray(v)) return v.map((x) => clone(x)) as V;
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, clone(x)])) as V;
  return v;
}

export abstract class SimProxy<T> {
  private memo: { t: T | null } | undefined;
  protected readonly loadedProps = new Map<string, unknown>();
  private nullState: boolean | undefined;

  constructor(
    readonly context: SimContextCore,
    private readonly resolver: () => T | null,
    protected readonly orNull = false,
  ) {
    // Assigning a property the simulator does not have is a mistake (in Office.js it would be a silent no-op).
    const guarded = new Proxy(this, {
      set(target, prop, value, receiver) {
        if (!(prop in target)) throw new Error(`sim: ${target.constructor.name} has no settable property "${String(prop)}"`);
        return Reflect.set(target, prop, value, receiver);
      },
    });
    if (orNull) {
      context.enqueue(16, () => {
        const isNull = this.resolveOrNull() === null;
        return { data: isNull, commit: () => void (this.nullState = isNull) };
      });
    }
    return guarded;
  }

  protected abstract props(): PropTable<T>;

  /** Navigation properties (format, fill, …) for load paths like "format/fill/color". */
  protected child(_name: string): SimProxy<unknown> | undefined {
    return undefined;
  }

  resolveOrNull(): T | null {
    if (!this.memo) this.memo = { t: this.resolver() };
    return this.memo.t;
  }

  /** The object as it is now, not as first resolved: a collection loaded again sees items added or deleted since. */
  protected resolveFresh(): T {
    this.memo = undefined;
    return this.resolve();
  }

  resolve(): T {
    const t = this.resolveOrNull();
    if (t === null) throw new SimError('ItemNotFound', `${this.constructor.name} does not exist (null object)`);
    return t;
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw notLoaded('isNullObject');
    return this.nullState;
  }

  load(arg?: LoadArg): this {
    const paths = parseLoadArg(arg);
    this.check(paths);
    this.context.enqueue(utf8Bytes(paths.join(',')), () => this.capture(paths));
    return this;
  }

  private check(paths: string[]): void {
    const table = this.props();
    for (const p of paths) {
      const [head, ...rest] = p.split('/') as [string, ...string[]];
      const c = this.child(head);
      if (c) c.check(rest.length ? [rest.join('/')] : []);
      else if (!(head in table) || rest.length > 0) throw new Error(`sim: ${this.constructor.name} has no property "${p}"`);
    }
  }

  /** Runs at sync time: reads the properties now, hands them to the proxy when the batch succeeds. */
  capture(paths: string[]): ActionResult {
    const t = this.resolveOrNull();
    if (t === null) {
      if (!this.orNull) throw new SimError('ItemNotFound', `${this.constructor.name} does not exist`);
      return { data: null, commit: () => void (this.nullState = true) };
    }
    const table = this.props();
    const own = new Set<string>();
    const nested = new Map<string, string[]>();
    for (const p of paths) {
      const [head, ...rest] = p.split('/') as [string, ...string[]];
      if (this.child(head)) nested.set(head, [...(nested.get(head) ?? []), ...(rest.length ? [rest.join('/')] : [])]);
      else own.add(head);
    }
    if (paths.length === 0) {
      for (const [n, s] of Object.entries(table)) if (!s.api || this.context.supports(s.api)) own.add(n);
    }
    const data: Record<string, unknown> = {};
    for (const n of own) {
      const s = table[n] as PropSpec<T>;
      if (s.api) this.context.need(s.api, `${this.constructor.name}.${n}`);
      data[n] = clone(s.get(t));
    }
    const commits: (() => void)[] = [];
    for (const [n, rest] of nested) {
      const r = (this.child(n) as SimProxy<unknown>).capture(rest);
      data[n] = r.data;
      if (r.commit) commits.push(r.commit);
    }
    return {
      data,
      commit: () => {
        for (const [k, v] of Object.entries(data)) if (!nested.has(k)) this.loadedProps.set(k, v);
        this.nullState = false;
        for (const c of commits) c();
      },
    };
  }

  protected getProp<V>(name: string): V {
    if (!this.loadedProps.has(name)) throw notLoaded(name);
    return this.loadedProps.get(name) as V;
  }

  protected setProp(name: string, v: unknown): void {
    const s = this.props()[name];
    if (!s?.set) throw new Error(`sim: ${this.constructor.name}.${name} is read-only`);
    this.loadedProps.set(name, clone(v));
    const value = clone(v);
    this.context.enqueue(utf8Bytes(name) + jsonBytes(value), () => {
      const api = s.setApi ?? s.api;
      if (api) this.context.need(api, `set ${this.constructor.name}.${name}`);
      s.set?.(this.resolve(), value);
    });
  }

  /** Queues a method; `run` gets the resolved object at sync time. */
  protected method(name: string, args: unknown[], run: (t: T) => void, api?: string): void {
    this.context.enqueue(utf8Bytes(name) + jsonBytes(args), () => {
      if (api) this.context.need(api, `${this.constructor.name}.${name}`);
      run(this.resolve());
    });
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loadedProps);
  }
}

/** A collection: load("items/name") or load("name") loads those properties of every item. */
export abstract class SimCollection<T, P extends SimProxy<T>> extends SimProxy<T[]> {
  private loadedItems: P[] | undefined;

  protected abstract makeItem(t: T): P;

  protected props(): PropTable<T[]> {
    return { count: { get: (l) => l.length } };
  }

  get items(): P[] {
    if (!this.loadedItems) throw notLoaded('items');
    return this.loadedItems;
  }

  override load(arg?: LoadArg): this {
    const paths = parseLoadArg(arg)
      .map((p) => (p.startsWith('items/') ? p.slice(6) : p))
      .filter((p) => p !== 'items');
    this.context.enqueue(utf8Bytes(paths.join(',')), () => {
      const proxies = this.resolveFresh().map((t) => this.makeItem(t));
      const results = proxies.map((p) => p.capture(paths));
      return {
        data: results.map((r) => r.data),
        commit: () => {
          for (const r of results) r.commit?.();
          this.loadedItems = proxies;
        },
      };
    });
    return this;
  }
}
