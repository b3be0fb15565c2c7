/** Range.format and its fill, font and borders, over one area (Range) or several (RangeAreas). */
import { type RangeTarget, uniform } from './cells';
import type { SimContextCore } from './context';
import { SimError } from './errors';
import { DEFAULT_COLUMN_WIDTH, DEFAULT_FONT, DEFAULT_ROW_HEIGHT, type Edge, type SimCell, type SimFill, type SimFont } from './model';
import { type PropTable, SimProxy } from './proxy';

type Targets = RangeTarget[];

const NAMED: Record<string, string> = { red: '#FF0000', yellow: '#FFFF00', white: '#FFFFFF', black: '#000000', green: '#008000', blue: '#0000FF', orange: '#FFA500' };

export function normalizeColor(v: unknown): string {
  const s = String(v).trim();
  const named = NAMED[s.toLowerCase()];
  if (named) return named;
  if (!/^#[0-9a-f]{6}$/i.test(s)) throw new SimError('InvalidArgument', `bad color "${s}"`);
  return s.toUpperCase();
}

function each(ts: Targets, fn: (cell: SimCell) => void): void {
  for (const t of ts) t.sheet.forEachCell(t.area, fn);
}

function same<V>(ts: Targets, fn: (cell: SimCell | undefined) => V): V | null {
  const vals = ts.map((t) => uniform(t, fn));
  const first = vals[0] ?? null;
  return vals.every((v) => JSON.stringify(v) === JSON.stringify(first)) ? first : null;
}

/** No fill, or a fill without pattern: what Excel reports as pattern "None". */
export function hasFill(cell: SimCell | undefined): cell is SimCell & { fill: SimFill } {
  return cell?.fill !== undefined && cell.fill.pattern !== 'None';
}

export class RangeFill extends SimProxy<Targets> {
  protected props(): PropTable<Targets> {
    const fillProp = <K extends keyof SimFill>(key: K, dflt: SimFill[K] | null, api?: string) => ({
      ...(api ? { api } : {}),
      get: (ts: Targets) => same(ts, (c) => (hasFill(c) ? (c.fill[key] ?? dflt) : dflt)),
      set: (ts: Targets, v: unknown) =>
        each(ts, (c) => {
          const f: SimFill = hasFill(c) ? c.fill : { color: '#FFFFFF', pattern: 'Solid' };
          if (key === 'color') f.color = normalizeColor(v);
          else if (key === 'pattern') f.pattern = String(v);
          else if (key === 'patternColor') f.patternColor = v === null ? null : normalizeColor(v);
          else (f as unknown as Record<string, unknown>)[key] = Number(v);
          if (f.pattern === 'None') delete c.fill;
          else c.fill = f;
        }),
    });
    return {
      color: fillProp('color', '#FFFFFF'),
      pattern: { ...fillProp('pattern', 'None', '1.9'), get: (ts: Targets) => same(ts, (c) => (hasFill(c) ? c.fill.pattern : 'None')) },
      patternColor: fillProp('patternColor', null, '1.9'),
      tintAndShade: fillProp('tintAndShade', 0, '1.9'),
      patternTintAndShade: fillProp('patternTintAndShade', 0, '1.9'),
    };
  }
  get color(): string { return this.getProp('color'); }
  set color(v: string) { this.setProp('color', v); }
  get pattern(): string { return this.getProp('pattern'); }
  set pattern(v: string) { this.setProp('pattern', v); }
  get patternColor(): string { return this.getProp('patternColor'); }
  set patternColor(v: string) { this.setProp('patternColor', v); }
  get tintAndShade(): number { return this.getProp('tintAndShade'); }
  set tintAndShade(v: number) { this.setProp('tintAndShade', v); }
  get patternTintAndShade(): number { return this.getProp('patternTintAndShade'); }
  set patternTintAndShade(v: number) { this.setProp('patternTintAndShade', v); }
  clear(): void {
    this.method('clear', [], (ts) => ts.forEach((t) => t.sheet.forEachExisting(t.area, (c) => delete c.fill)));
  }
}

export class RangeFont extends SimProxy<Targets> {
  protected props(): PropTable<Targets> {
    const p = (key: keyof SimFont) => ({
      get: (ts: Targets) => same(ts, (c) => c?.font?.[key] ?? DEFAULT_FONT[key]),
      set: (ts: Targets, v: unknown) => each(ts, (c) => void (c.font = { ...c.font, [key]: key === 'color' ? normalizeColor(v) : v })),
    });
    return { name: p('name'), size: p('size'), bold: p('bold'), italic: p('italic'), color: p('color'), underline: p('underline') };
  }
  get name(): string { return this.getProp('name'); }
  set name(v: string) { this.setProp('name', v); }
  get size(): number { return this.getProp('size'); }
  set size(v: number) { this.setProp('size', v); }
  get bold(): boolean { return this.getProp('bold'); }
  set bold(v: boolean) { this.setProp('bold', v); }
  get italic(): boolean { return this.getProp('italic'); }
  set italic(v: boolean) { this.setProp('italic', v); }
  get color(): string { return this.getProp('color'); }
  set color(v: string) { this.setProp('color', v); }
  get underline(): string { return this.getProp('underline'); }
  set underline(v: string) { this.setProp('underline', v); }
}

const EDGES: Record<string, (t: RangeTarget, r: number, c: number) => Edge[]> = {
  EdgeTop: (t, r) => (r === t.area.top ? ['top'] : []),
  EdgeBottom: (t, r) => (r === t.area.bottom ? ['bottom'] : []),
  EdgeLeft: (t, _r, c) => (c === t.area.left ? ['left'] : []),
  EdgeRight: (t, _r, c) => (c === t.area.right ? ['right'] : []),
  InsideHorizontal: (t, r) => [...(r > t.area.top ? ['top' as const] : []), ...(r < t.area.bottom ? ['bottom' as const] : [])],
  InsideVertical: (t, _r, c) => [...(c > t.area.left ? ['left' as const] : []), ...(c < t.area.right ? ['right' as const] : [])],
};

export class RangeBorder extends SimProxy<Targets> {
  constructor(context: SimContextCore, targets: () => Targets, private readonly index: string) {
    super(context, targets);
    if (!EDGES[index]) throw new Error(`sim: border index ${index}`);
  }
  private apply(ts: Targets, key: 'style' | 'weight' | 'color', v: unknown): void {
    const edges = EDGES[this.index] as (t: RangeTarget, r: number, c: number) => Edge[];
    for (const t of ts) {
      t.sheet.forEachCell(t.area, (cell, r, c) => {
        for (const e of edges(t, r, c)) {
          const b = cell.borders?.[e] ?? { style: 'Continuous', weight: 'Thin', color: '#000000' };
          const next = { ...b, [key]: key === 'color' ? normalizeColor(v) : String(v) };
          cell.borders = { ...cell.borders, [e]: next };
          if (key === 'style' && v === 'None') delete cell.borders[e];
        }
      });
    }
  }
  protected props(): PropTable<Targets> {
    const p = (key: 'style' | 'weight' | 'color') => ({
      get: (ts: Targets) => {
        const t = ts[0];
        if (!t) return null;
        const edge = (EDGES[this.index] as (t: RangeTarget, r: number, c: number) => Edge[])(t, t.area.top, t.area.left)[0];
        return edge ? (t.sheet.cell(t.area.top, t.area.left)?.borders?.[edge]?.[key] ?? (key === 'style' ? 'None' : null)) : null;
      },
      set: (ts: Targets, v: unknown) => this.apply(ts, key, v),
    });
    return { style: p('style'), weight: p('weight'), color: p('color') };
  }
  set style(v: string) { this.setProp('style', v); }
  get style(): string { return this.getProp('style'); }
  set weight(v: string) { this.setProp('weight', v); }
  set color(v: string) { this.setProp('color', v); }
}

export class RangeBorderCollection extends SimProxy<Targets> {
  constructor(context: SimContextCore, private readonly targets: () => Targets) {
    super(context, targets);
  }
  protected props(): PropTable<Targets> {
    return {};
  }
  getItem(index: string): RangeBorder {
    this.context.addPath('getItem', [index]);
    return new RangeBorder(this.context, this.targets, index);
  }
}

export class RangeFormat extends SimProxy<Targets> {
  readonly fill: RangeFill;
  readonly font: RangeFont;
  readonly borders: RangeBorderCollection;

  constructor(context: SimContextCore, targets: () => Targets) {
    super(context, targets);
    const t = () => this.resolve();
    this.fill = new RangeFill(context, t);
    this.font = new RangeFont(context, t);
    this.borders = new RangeBorderCollection(context, t);
  }

  protected override child(name: string): SimProxy<unknown> | undefined {
    return ({ fill: this.fill, font: this.font } as Record<string, SimProxy<unknown>>)[name];
  }

  protected props(): PropTable<Targets> {
    const cellProp = (key: 'wrapText' | 'horizontalAlignment' | 'verticalAlignment', dflt: unknown) => ({
      get: (ts: Targets) => same(ts, (c) => c?.[key] ?? dflt),
      set: (ts: Targets, v: unknown) => each(ts, (c) => void ((c as unknown as Record<string, unknown>)[key] = v)),
    });
    const cols = (ts: Targets) => ts.flatMap((t) => Array.from({ length: t.area.right - t.area.left + 1 }, (_, i) => [t, t.area.left + i] as const));
    const rows = (ts: Targets) => ts.flatMap((t) => Array.from({ length: Math.min(t.area.bottom - t.area.top + 1, 5000) }, (_, i) => [t, t.area.top + i] as const));
    const uni = <V>(vs: V[]) => (vs.every((v) => v === vs[0]) ? (vs[0] ?? null) : null);
    return {
      wrapText: cellProp('wrapText', false),
      horizontalAlignment: cellProp('horizontalAlignment', 'General'),
      verticalAlignment: cellProp('verticalAlignment', 'Bottom'),
      columnWidth: {
        api: '1.2',
        get: (ts) => uni(cols(ts).map(([t, c]) => t.sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH)),
        set: (ts, v) => cols(ts).forEach(([t, c]) => t.sheet.columnWidths.set(c, Number(v))),
      },
      rowHeight: {
        api: '1.2',
        get: (ts) => uni(rows(ts).map(([t, r]) => t.sheet.rowHeights.get(r) ?? DEFAULT_ROW_HEIGHT)),
        set: (ts, v) => rows(ts).forEach(([t, r]) => t.sheet.rowHeights.set(r, Number(v))),
      },
    };
  }

  get wrapText(): boolean { return this.getProp('wrapText'); }
  set wrapText(v: boolean) { this.setProp('wrapText', v); }
  set horizontalAlignment(v: string) { this.setProp('horizontalAlignment', v); }
  get horizontalAlignment(): string { return this.getProp('horizontalAlignment'); }
  set verticalAlignment(v: string) { this.setProp('verticalAlignment', v); }
  get columnWidth(): number { return this.getProp('columnWidth'); }
  set columnWidth(v: number) { this.setProp('columnWidth', v); }
  get rowHeight(): number { return this.getProp('rowHeight'); }
  set rowHeight(v: number) { this.setProp('rowHeight', v); }

  autofitColumns(): void {
    this.method('autofitColumns', [], (ts) => {
      for (const t of ts) {
        for (let c = t.area.left; c <= t.area.right; c++) {
          let longest = 0;
          for (let r = t.area.top; r <= Math.min(t.area.bottom, t.area.top + 5000); r++) {
            longest = Math.max(longest, String(t.sheet.cell(r, c)?.value ?? '').length);
          }
          t.sheet.columnWidths.set(c, Math.min(409, Math.max(12, longest * 5.5 + 6)));
        }
      }
    }, '1.2');
  }

  autofitRows(): void {
    this.method('autofitRows', [], () => undefined, '1.2');
  }
}
