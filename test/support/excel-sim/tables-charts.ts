/** Worksheet.tables and Worksheet.charts: real Excel tables (no overlap, unique headers) and charts. */
import { type Area, intersects, parseLocal, qualify, splitSheet } from './address';
import type { RangeTarget } from './cells';
import type { SimContextCore } from './context';
import { SimError } from './errors';
import { simId, type SimChart, type SimSheet, type SimTable } from './model';
import type { SimWorkbook } from './workbook-model';
import { type PropTable, SimCollection, SimProxy } from './proxy';
import { Range } from './range';

type TableRef = { sheet: SimSheet; table: SimTable };
type ChartRef = { sheet: SimSheet; chart: SimChart };

function allTables(wb: SimWorkbook): SimTable[] {
  return wb.sheets.flatMap((s) => s.tables);
}

/** Excel renames empty and duplicate headers when it makes a table ("Column1", "Tên2"). */
function fixHeaders(t: RangeTarget): void {
  const seen = new Set<string>();
  for (let c = t.area.left; c <= t.area.right; c++) {
    const cell = t.sheet.touch(t.area.top, c);
    let name = String(cell.value).trim() || `Column${c - t.area.left + 1}`;
    for (let k = 2; seen.has(name.toLowerCase()); k++) name = `${String(cell.value).trim() || 'Column'}${k}`;
    seen.add(name.toLowerCase());
    if (cell.value !== name) cell.value = name;
  }
}

export class Table extends SimProxy<TableRef> {
  protected props(): PropTable<TableRef> {
    return {
      id: { get: (r) => r.table.id },
      name: {
        get: (r) => r.table.name,
        set: (r, v) => {
          const name = String(v);
          if (!/^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(name)) throw new SimError('InvalidArgument', `bad table name ${name}`);
          if (allTables(this.context.model).some((x) => x !== r.table && x.name.toLowerCase() === name.toLowerCase())) {
            throw new SimError('ItemAlreadyExists', `table name ${name} is taken`);
          }
          r.table.name = name;
        },
      },
      style: { get: (r) => r.table.style, set: (r, v) => void (r.table.style = String(v)) },
      showTotals: {
        api: '1.3',
        get: (r) => r.table.showTotals,
        set: (r, v) => {
          if (Boolean(v) === r.table.showTotals) return;
          r.table.showTotals = Boolean(v);
          r.table.area = { ...r.table.area, bottom: r.table.area.bottom + (v ? 1 : -1) };
        },
      },
    };
  }
  get name(): string { return this.getProp('name'); }
  set name(v: string) { this.setProp('name', v); }
  set style(v: string) { this.setProp('style', v); }
  set showTotals(v: boolean) { this.setProp('showTotals', v); }

  private part(name: string, fn: (a: Area, t: SimTable) => Area): Range {
    this.context.addPath(name, []);
    return new Range(this.context, () => {
      const r = this.resolve();
      return { sheet: r.sheet, area: fn(r.table.area, r.table) };
    });
  }
  getRange(): Range { return this.part('getRange', (a) => a); }
  getHeaderRowRange(): Range { return this.part('getHeaderRowRange', (a) => ({ ...a, bottom: a.top })); }
  getDataBodyRange(): Range {
    return this.part('getDataBodyRange', (a, t) => ({ ...a, top: a.top + (t.hasHeaders ? 1 : 0), bottom: a.bottom - (t.showTotals ? 1 : 0) }));
  }
}

export class TableCollection extends SimCollection<TableRef, Table> {
  constructor(context: SimContextCore, private readonly sheet: () => SimSheet) {
    super(context, () => {
      const s = sheet();
      return s.tables.map((table) => ({ sheet: s, table })) as unknown as TableRef[];
    });
  }
  protected makeItem(t: TableRef): Table {
    return new Table(this.context, () => t);
  }
  add(address: Range | string, hasHeaders: boolean): Table {
    let made: TableRef | undefined;
    this.method('add', [typeof address === 'string' ? address : '<range>', hasHeaders], () => {
      const sheet = this.sheet();
      const target: RangeTarget = typeof address === 'string' ? new Range(this.context, () => resolveAddress(sheet, address)).resolve() : address.resolve();
      if (target.sheet !== sheet) throw new SimError('InvalidArgument', 'table range on another sheet');
      if (sheet.tables.some((t) => intersects(t.area, target.area))) throw new SimError('InvalidOperation', 'A table cannot overlap another table.');
      if (sheet.merges.some((m) => intersects(m, target.area))) throw new SimError('InvalidOperation', 'A table cannot overlap a range that contains merged cells.');
      if (hasHeaders) fixHeaders(target);
      const n = allTables(this.context.model).length + 1;
      const table: SimTable = { id: simId('TABLE'), name: `Table${n}`, area: { ...target.area }, hasHeaders, style: 'TableStyleMedium2', showTotals: false };
      sheet.tables.push(table);
      made = { sheet, table };
    });
    return new Table(this.context, () => {
      if (!made) throw new SimError('ItemNotFound', 'table not added');
      return made;
    });
  }
}

function resolveAddress(sheet: SimSheet, address: string): RangeTarget {
  return { sheet, area: parseLocal(splitSheet(address).local) };
}

/** Workbook.tables: every table of every sheet. */
export class WorkbookTableCollection extends SimCollection<TableRef, Table> {
  constructor(context: SimContextCore) {
    super(context, () => context.model.sheets.flatMap((sheet) => sheet.tables.map((table) => ({ sheet, table }))) as unknown as TableRef[]);
  }
  protected makeItem(t: TableRef): Table {
    return new Table(this.context, () => t);
  }
}

const CHART_TYPES = new Set(['ColumnClustered', 'ColumnStacked', 'BarClustered', 'BarStacked', 'Line', 'Pie', 'Doughnut', 'Area']);

class ChartTitle extends SimProxy<ChartRef> {
  protected props(): PropTable<ChartRef> {
    return { text: { get: (r) => r.chart.title, set: (r, v) => void (r.chart.title = String(v)) } };
  }
  set text(v: string) { this.setProp('text', v); }
  get text(): string { return this.getProp('text'); }
}

class ChartLegend extends SimProxy<ChartRef> {
  protected props(): PropTable<ChartRef> {
    return {
      visible: { get: (r) => r.chart.legend.visible, set: (r, v) => void (r.chart.legend.visible = Boolean(v)) },
      position: { get: (r) => r.chart.legend.position, set: (r, v) => void (r.chart.legend.position = String(v)) },
    };
  }
  set visible(v: boolean) { this.setProp('visible', v); }
  set position(v: string) { this.setProp('position', v); }
}

export class Chart extends SimProxy<ChartRef> {
  readonly title = new ChartTitle(this.context, () => this.resolve());
  readonly legend = new ChartLegend(this.context, () => this.resolve());
  protected override child(name: string): SimProxy<unknown> | undefined {
    return ({ title: this.title, legend: this.legend } as Record<string, SimProxy<unknown>>)[name];
  }
  protected props(): PropTable<ChartRef> {
    return { name: { get: (r) => r.chart.name, set: (r, v) => void (r.chart.name = String(v)) }, id: { get: (r) => r.chart.id } };
  }
  set name(v: string) { this.setProp('name', v); }
  get name(): string { return this.getProp('name'); }
  setPosition(startCell: Range | string, endCell?: Range | string): void {
    const addr = (x: Range | string | undefined) => (x === undefined || typeof x === 'string' ? x : qualify(x.resolve().sheet.name, x.resolve().area));
    this.method('setPosition', [String(startCell), String(endCell)], (r) => {
      const end = addr(endCell);
      r.chart.position = { start: addr(startCell) as string, ...(end ? { end } : {}) };
    });
  }
}

export class ChartCollection extends SimCollection<ChartRef, Chart> {
  constructor(context: SimContextCore, private readonly sheet: () => SimSheet) {
    super(context, () => {
      const s = sheet();
      return s.charts.map((chart) => ({ sheet: s, chart })) as unknown as ChartRef[];
    });
  }
  protected makeItem(t: ChartRef): Chart {
    return new Chart(this.context, () => t);
  }
  add(type: string, sourceData: Range, seriesBy = 'Auto'): Chart {
    let made: ChartRef | undefined;
    this.method('add', [type, '<range>', seriesBy], () => {
      if (!CHART_TYPES.has(type)) throw new SimError('InvalidArgument', `chart type ${type}`);
      const sheet = this.sheet();
      const src = sourceData.resolve();
      const chart: SimChart = {
        id: simId('CHART'), name: `Chart ${sheet.charts.length + 1}`, type, source: { ...src.area }, seriesBy, title: '',
        legend: { visible: true, position: 'Right' },
      };
      sheet.charts.push(chart);
      made = { sheet, chart };
    });
    return new Chart(this.context, () => {
      if (!made) throw new SimError('ItemNotFound', 'chart not added');
      return made;
    });
  }
}
