/** Excel.RangeAreas (ExcelApi 1.9): several rectangular areas of one sheet, with one format and an areas collection. */
import { type Area, qualify } from './address';
import type { RangeTarget } from './cells';
import type { SimContextCore } from './context';
import type { SimSheet } from './model';
import { type PropTable, SimCollection, SimProxy } from './proxy';
import { Range } from './range';
import { RangeFormat } from './range-format';

export interface AreasTarget {
  sheet: SimSheet;
  areas: Area[];
}

function runs(from: number, to: number, hidden: Set<number>): [number, number][] {
  const out: [number, number][] = [];
  let start = -1;
  for (let i = from; i <= to + 1; i++) {
    const visible = i <= to && !hidden.has(i);
    if (visible && start < 0) start = i;
    if (!visible && start >= 0) {
      out.push([start, i - 1]);
      start = -1;
    }
  }
  return out;
}

/** Visible cells of a range as areas: runs of visible rows × runs of visible columns. */
export function visibleAreas(t: RangeTarget): Area[] {
  const rows = runs(t.area.top, t.area.bottom, t.sheet.hiddenRows);
  const cols = runs(t.area.left, t.area.right, t.sheet.hiddenColumns);
  return rows.flatMap(([top, bottom]) => cols.map(([left, right]) => ({ top, bottom, left, right })));
}

export class RangeCollection extends SimCollection<RangeTarget, Range> {
  protected makeItem(t: RangeTarget): Range {
    return new Range(this.context, () => t);
  }
}

export class RangeAreas extends SimProxy<AreasTarget> {
  readonly format: RangeFormat;
  readonly areas: RangeCollection;

  constructor(context: SimContextCore, resolver: () => AreasTarget | null, orNull = false) {
    super(context, resolver, orNull);
    const targets = () => {
      const t = this.resolve();
      return t.areas.map((area) => ({ sheet: t.sheet, area }));
    };
    this.format = new RangeFormat(context, targets);
    this.areas = new RangeCollection(context, targets);
  }

  protected override child(name: string): SimProxy<unknown> | undefined {
    return name === 'format' ? this.format : undefined;
  }

  protected props(): PropTable<AreasTarget> {
    const address = (t: AreasTarget) => t.areas.map((a) => qualify(t.sheet.name, a)).join(', ');
    return {
      address: { get: address },
      addressLocal: { get: address },
      areaCount: { get: (t) => t.areas.length },
      cellCount: { get: (t) => t.areas.reduce((n, a) => n + (a.bottom - a.top + 1) * (a.right - a.left + 1), 0) },
    };
  }

  get address(): string { return this.getProp('address'); }
  get areaCount(): number { return this.getProp('areaCount'); }
  get cellCount(): number { return this.getProp('cellCount'); }

  select(): void {
    this.method('select', [], (t) => {
      const first = t.areas[0];
      this.context.model.activeSheetId = t.sheet.id;
      if (first) this.context.model.selection = { sheetId: t.sheet.id, area: { ...first } };
    }, '1.9');
  }
}
