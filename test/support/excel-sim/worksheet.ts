/** Excel.Worksheet and the worksheets collection, with freeze panes and page layout. */
import { MAX_COLUMNS, MAX_ROWS, parseLocal, splitList, splitSheet } from './address';
import type { RangeTarget } from './cells';
import { AnnotationCollection } from './annotations';
import { SimError } from './errors';
import type { SimSheet } from './model';
import type { SimWorkbook } from './workbook-model';
import { type PropTable, SimCollection, SimProxy } from './proxy';
import { Range } from './range';
import { RangeAreas } from './range-areas';
import { ChartCollection, TableCollection } from './tables-charts';

/** Longest address list the simulator accepts in getRanges (Excel's formula length limit). */
export const GET_RANGES_MAX_CHARS = 8192;

function checkName(wb: SimWorkbook, sheet: SimSheet | null, name: string): void {
  if (name.length === 0 || name.length > 31 || /[[\]:*?/\\]/.test(name) || /^'|'$/.test(name)) throw new SimError('InvalidArgument', `Invalid sheet name "${name}".`);
  const other = wb.findSheet(name);
  if (other && other !== sheet) throw new SimError('ItemAlreadyExists', `A sheet named "${name}" already exists.`);
}

function visibleCount(wb: SimWorkbook): number {
  return wb.sheets.filter((s) => s.visibility === 'Visible').length;
}

class FreezePanes extends SimProxy<SimSheet> {
  protected props(): PropTable<SimSheet> {
    return {};
  }
  freezeRows(count = 1): void {
    this.method('freezeRows', [count], (s) => void (s.frozenRows = count), '1.7');
  }
  freezeColumns(count = 1): void {
    this.method('freezeColumns', [count], (s) => void (s.frozenColumns = count), '1.7');
  }
  unfreeze(): void {
    this.method('unfreeze', [], (s) => void ((s.frozenRows = 0), (s.frozenColumns = 0)), '1.7');
  }
}

class PageLayout extends SimProxy<SimSheet> {
  protected props(): PropTable<SimSheet> {
    const p = (key: 'orientation' | 'paperSize' | 'zoom' | 'centerHorizontally') => ({
      api: '1.9',
      get: (s: SimSheet) => s.pageLayout[key],
      set: (s: SimSheet, v: unknown) => void ((s.pageLayout as unknown as Record<string, unknown>)[key] = v),
    });
    return { orientation: p('orientation'), paperSize: p('paperSize'), zoom: p('zoom'), centerHorizontally: p('centerHorizontally') };
  }
  set orientation(v: string) { this.setProp('orientation', v); }
  set paperSize(v: string) { this.setProp('paperSize', v); }
  set zoom(v: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number }) { this.setProp('zoom', v); }
  set centerHorizontally(v: boolean) { this.setProp('centerHorizontally', v); }
  setPrintTitleRows(address: string): void {
    this.method('setPrintTitleRows', [address], (s) => {
      parseLocal(splitSheet(address).local);
      s.pageLayout.printTitleRows = address;
    }, '1.9');
  }
}

export class Worksheet extends SimProxy<SimSheet> {
  readonly tables = new TableCollection(this.context, () => this.resolve());
  readonly charts = new ChartCollection(this.context, () => this.resolve());
  readonly freezePanes = new FreezePanes(this.context, () => this.resolve());
  readonly pageLayout = new PageLayout(this.context, () => this.resolve());
  readonly notes = new AnnotationCollection(this.context, 'note', () => this.resolve());

  protected props(): PropTable<SimSheet> {
    const wb = this.context.model;
    return {
      id: { get: (s) => s.id },
      name: { get: (s) => s.name, set: (s, v) => (checkName(wb, s, String(v)), void (s.name = String(v))) },
      position: {
        get: (s) => wb.sheets.indexOf(s),
        set: (s, v) => {
          wb.sheets.splice(wb.sheets.indexOf(s), 1);
          wb.sheets.splice(Math.max(0, Math.min(Number(v), wb.sheets.length)), 0, s);
        },
      },
      visibility: {
        get: (s) => s.visibility,
        setApi: '1.2',
        set: (s, v) => {
          if (v !== 'Visible' && s.visibility === 'Visible' && visibleCount(wb) <= 1) throw new SimError('InvalidOperation', 'A workbook must keep one visible sheet.');
          s.visibility = v as SimSheet['visibility'];
          if (v !== 'Visible' && wb.activeSheetId === s.id) wb.activeSheetId = wb.sheets.find((x) => x.visibility === 'Visible')?.id ?? '';
        },
      },
      showGridlines: { api: '1.8', get: (s) => s.showGridlines, set: (s, v) => void (s.showGridlines = Boolean(v)) },
      tabColor: { api: '1.7', get: (s) => s.tabColor, set: (s, v) => void (s.tabColor = String(v)) },
    };
  }

  get id(): string { return this.getProp('id'); }
  get name(): string { return this.getProp('name'); }
  set name(v: string) { this.setProp('name', v); }
  get position(): number { return this.getProp('position'); }
  set position(v: number) { this.setProp('position', v); }
  get visibility(): string { return this.getProp('visibility'); }
  set visibility(v: string) { this.setProp('visibility', v); }
  set showGridlines(v: boolean) { this.setProp('showGridlines', v); }
  set tabColor(v: string) { this.setProp('tabColor', v); }

  private range(name: string, args: unknown[], fn: (s: SimSheet) => RangeTarget | null, api?: string, orNull = false): Range {
    this.context.addPath(name, args);
    return new Range(this.context, () => {
      if (api) this.context.need(api, `Worksheet.${name}`);
      return fn(this.resolve());
    }, orNull);
  }

  getRange(address?: string): Range {
    return this.range('getRange', [address ?? ''], (sheet) => {
      if (address === undefined || address === '') return { sheet, area: { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLUMNS - 1 } };
      const { sheet: named, local } = splitSheet(address);
      if (named !== undefined && named.toLowerCase() !== sheet.name.toLowerCase()) throw new SimError('InvalidArgument', `address on another sheet: ${address}`);
      return { sheet, area: parseLocal(local) };
    });
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): Range {
    return this.range('getRangeByIndexes', [startRow, startColumn, rowCount, columnCount], (sheet) => {
      if (rowCount < 1 || columnCount < 1 || startRow < 0 || startColumn < 0 || startRow + rowCount > MAX_ROWS || startColumn + columnCount > MAX_COLUMNS) {
        throw new SimError('InvalidArgument', 'getRangeByIndexes outside the grid');
      }
      return { sheet, area: { top: startRow, left: startColumn, bottom: startRow + rowCount - 1, right: startColumn + columnCount - 1 } };
    }, '1.7');
  }

  getUsedRange(valuesOnly?: boolean): Range {
    return this.range('getUsedRange', [valuesOnly ?? false], (sheet) => ({
      sheet, area: sheet.usedArea(valuesOnly === true) ?? { top: 0, left: 0, bottom: 0, right: 0 },
    }));
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): Range {
    return this.range('getUsedRangeOrNullObject', [valuesOnly ?? false], (sheet) => {
      const area = sheet.usedArea(valuesOnly === true);
      return area ? { sheet, area } : null;
    }, '1.4', true);
  }

  getRanges(address: string): RangeAreas {
    this.context.addPath('getRanges', [address]);
    return new RangeAreas(this.context, () => {
      this.context.need('1.9', 'Worksheet.getRanges');
      if (address.length > GET_RANGES_MAX_CHARS) throw new SimError('InvalidArgument', `getRanges address of ${address.length} characters`);
      const sheet = this.resolve();
      return { sheet, areas: splitList(address).map((a) => parseLocal(splitSheet(a).local)) };
    });
  }

  activate(): void {
    this.method('activate', [], (s) => {
      if (s.visibility !== 'Visible') throw new SimError('InvalidOperation', 'cannot activate a hidden sheet');
      const wb = this.context.model;
      wb.activeSheetId = s.id;
      if (wb.selection?.sheetId !== s.id) wb.selection = { sheetId: s.id, area: { top: 0, left: 0, bottom: 0, right: 0 } };
    });
  }

  delete(): void {
    this.method('delete', [], (s) => {
      const wb = this.context.model;
      if (s.visibility === 'Visible' && visibleCount(wb) <= 1) throw new SimError('InvalidOperation', 'cannot delete the only visible sheet');
      wb.sheets.splice(wb.sheets.indexOf(s), 1);
      if (wb.activeSheetId === s.id) wb.activeSheetId = wb.sheets.find((x) => x.visibility === 'Visible')?.id ?? '';
      if (wb.selection?.sheetId === s.id) wb.selection = null;
    });
  }
}

export class WorksheetCollection extends SimCollection<SimSheet, Worksheet> {
  protected makeItem(s: SimSheet): Worksheet {
    return new Worksheet(this.context, () => s);
  }

  private sheetProxy(name: string, args: unknown[], find: () => SimSheet | null, orNull = false, api?: string): Worksheet {
    this.context.addPath(name, args);
    return new Worksheet(this.context, () => {
      if (api) this.context.need(api, `WorksheetCollection.${name}`);
      const s = find();
      if (!s && !orNull) throw new SimError('ItemNotFound', `The requested resource doesn't exist (${String(args[0])}).`);
      return s;
    }, orNull);
  }

  getItem(key: string): Worksheet {
    return this.sheetProxy('getItem', [key], () => this.context.model.findSheet(key) ?? null);
  }

  getItemOrNullObject(key: string): Worksheet {
    return this.sheetProxy('getItemOrNullObject', [key], () => this.context.model.findSheet(key) ?? null, true, '1.4');
  }

  getActiveWorksheet(): Worksheet {
    return this.sheetProxy('getActiveWorksheet', [], () => this.context.model.activeSheet());
  }

  add(name?: string): Worksheet {
    let made: SimSheet | null = null;
    this.method('add', [name ?? null], () => {
      const wb = this.context.model;
      let n = name;
      for (let i = wb.sheets.length + 1; n === undefined; i++) if (!wb.findSheet(`Sheet${i}`)) n = `Sheet${i}`;
      checkName(wb, null, n);
      made = wb.addSheet(n);
    });
    return new Worksheet(this.context, () => {
      if (!made) throw new SimError('ItemNotFound', 'worksheet not added');
      return made;
    });
  }
}
