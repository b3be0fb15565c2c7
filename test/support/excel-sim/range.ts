/** Excel.Range: values, number formats, text, visibility, merges, navigation, select. */
import { type Area, formatArea, intersection, intersects, MAX_COLUMNS, MAX_ROWS, parseLocal, splitSheet } from './address';
import type { RangeTarget } from './cells';
import type { SimContextCore } from './context';
import { DataValidation } from './data-validation';
import { SimError } from './errors';
import { type PropTable, SimProxy } from './proxy';
import { RangeAreas, visibleAreas } from './range-areas';
import { RangeFormat } from './range-format';
import { rangeProps } from './range-props';

/** Excel refuses getMergedAreas for a range with more merged areas than this. */
export const MERGED_AREAS_LIMIT = 512;

function inGrid(a: Area): Area {
  if (a.top < 0 || a.left < 0 || a.bottom >= MAX_ROWS || a.right >= MAX_COLUMNS || a.bottom < a.top || a.right < a.left) {
    throw new SimError('InvalidArgument', 'The range is outside the worksheet grid.');
  }
  return a;
}

export class Range extends SimProxy<RangeTarget> {
  readonly format: RangeFormat;
  readonly dataValidation: DataValidation;

  constructor(context: SimContextCore, resolver: () => RangeTarget | null, orNull = false) {
    super(context, resolver, orNull);
    this.format = new RangeFormat(context, () => [this.resolve()]);
    this.dataValidation = new DataValidation(context, () => this.resolve());
  }

  protected override child(name: string): SimProxy<unknown> | undefined {
    return ({ format: this.format, dataValidation: this.dataValidation } as Record<string, SimProxy<unknown>>)[name];
  }

  protected props(): PropTable<RangeTarget> {
    return rangeProps();
  }

  get address(): string { return this.getProp('address'); }
  get rowIndex(): number { return this.getProp('rowIndex'); }
  get columnIndex(): number { return this.getProp('columnIndex'); }
  get rowCount(): number { return this.getProp('rowCount'); }
  get columnCount(): number { return this.getProp('columnCount'); }
  get cellCount(): number { return this.getProp('cellCount'); }
  get values(): unknown[][] { return this.getProp('values'); }
  set values(v: unknown[][]) { this.setProp('values', v); }
  get numberFormat(): unknown[][] { return this.getProp('numberFormat'); }
  set numberFormat(v: unknown[][]) { this.setProp('numberFormat', v); }
  get text(): string[][] { return this.getProp('text'); }
  get valueTypes(): string[][] { return this.getProp('valueTypes'); }
  get formulas(): unknown[][] { return this.getProp('formulas'); }
  set formulas(v: unknown[][]) { this.setProp('formulas', v); }
  get rowHidden(): boolean | null { return this.getProp('rowHidden'); }
  set rowHidden(v: boolean) { this.setProp('rowHidden', v); }
  get columnHidden(): boolean | null { return this.getProp('columnHidden'); }
  set columnHidden(v: boolean) { this.setProp('columnHidden', v); }
  get hyperlink(): unknown { return this.getProp('hyperlink'); }
  set hyperlink(v: unknown) { this.setProp('hyperlink', v); }

  private derive(name: string, args: unknown[], fn: (t: RangeTarget) => Area | null, api?: string, orNull = false): Range {
    this.context.addPath(name, args);
    return new Range(this.context, () => {
      if (api) this.context.need(api, `Range.${name}`);
      const t = this.resolve();
      const a = fn(t);
      if (a === null) {
        if (orNull) return null;
        throw new SimError('ItemNotFound', `Range.${name}: no such range`);
      }
      return { sheet: t.sheet, area: inGrid(a) };
    }, orNull);
  }

  private other(t: RangeTarget, o: Range | string): Area {
    if (typeof o === 'string') {
      const { sheet, local } = splitSheet(o);
      if (sheet !== undefined && sheet.toLowerCase() !== t.sheet.name.toLowerCase()) throw new SimError('InvalidArgument', 'ranges on different sheets');
      return parseLocal(local);
    }
    const r = o.resolve();
    if (r.sheet !== t.sheet) throw new SimError('InvalidArgument', 'ranges on different sheets');
    return r.area;
  }

  getCell(row: number, column: number): Range {
    return this.derive('getCell', [row, column], ({ area: a }) => ({ top: a.top + row, left: a.left + column, bottom: a.top + row, right: a.left + column }));
  }
  getRow(row: number): Range {
    return this.derive('getRow', [row], ({ area: a }) => ({ ...a, top: a.top + row, bottom: a.top + row }));
  }
  getColumn(column: number): Range {
    return this.derive('getColumn', [column], ({ area: a }) => ({ ...a, left: a.left + column, right: a.left + column }));
  }
  getLastRow(): Range {
    return this.derive('getLastRow', [], ({ area: a }) => ({ ...a, top: a.bottom }));
  }
  getLastColumn(): Range {
    return this.derive('getLastColumn', [], ({ area: a }) => ({ ...a, left: a.right }));
  }
  getOffsetRange(rowOffset: number, columnOffset: number): Range {
    return this.derive('getOffsetRange', [rowOffset, columnOffset], ({ area: a }) => ({
      top: a.top + rowOffset, bottom: a.bottom + rowOffset, left: a.left + columnOffset, right: a.right + columnOffset,
    }));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): Range {
    return this.derive('getResizedRange', [deltaRows, deltaColumns], ({ area: a }) => ({ ...a, bottom: a.bottom + deltaRows, right: a.right + deltaColumns }), '1.7');
  }
  getAbsoluteResizedRange(numRows: number, numColumns: number): Range {
    return this.derive('getAbsoluteResizedRange', [numRows, numColumns], ({ area: a }) => ({ ...a, bottom: a.top + numRows - 1, right: a.left + numColumns - 1 }), '1.7');
  }
  getEntireRow(): Range {
    return this.derive('getEntireRow', [], ({ area: a }) => ({ ...a, left: 0, right: MAX_COLUMNS - 1 }));
  }
  getEntireColumn(): Range {
    return this.derive('getEntireColumn', [], ({ area: a }) => ({ ...a, top: 0, bottom: MAX_ROWS - 1 }));
  }
  getBoundingRect(anotherRange: Range | string): Range {
    return this.derive('getBoundingRect', [typeof anotherRange === 'string' ? anotherRange : '<range>'], (t) => {
      const o = this.other(t, anotherRange);
      const a = t.area;
      return { top: Math.min(a.top, o.top), left: Math.min(a.left, o.left), bottom: Math.max(a.bottom, o.bottom), right: Math.max(a.right, o.right) };
    });
  }
  getIntersection(anotherRange: Range | string): Range {
    return this.derive('getIntersection', ['<range>'], (t) => intersection(t.area, this.other(t, anotherRange)));
  }
  getIntersectionOrNullObject(anotherRange: Range | string): Range {
    return this.derive('getIntersectionOrNullObject', ['<range>'], (t) => intersection(t.area, this.other(t, anotherRange)), '1.4', true);
  }
  getUsedRange(valuesOnly?: boolean): Range {
    return this.derive('getUsedRange', [valuesOnly ?? false], (t) => {
      const used = t.sheet.usedArea(valuesOnly === true);
      return used ? intersection(used, t.area) : null;
    });
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): Range {
    return this.derive('getUsedRangeOrNullObject', [valuesOnly ?? false], (t) => {
      const used = t.sheet.usedArea(valuesOnly === true);
      return used ? intersection(used, t.area) : null;
    }, '1.4', true);
  }

  getMergedAreasOrNullObject(): RangeAreas {
    this.context.addPath('getMergedAreasOrNullObject', []);
    return new RangeAreas(this.context, () => {
      this.context.need('1.13', 'Range.getMergedAreasOrNullObject');
      const t = this.resolve();
      const areas = t.sheet.merges.filter((m) => intersects(m, t.area));
      if (areas.length > MERGED_AREAS_LIMIT) throw new SimError('GeneralException', `more than ${MERGED_AREAS_LIMIT} merged areas in ${formatArea(t.area)}`);
      return areas.length ? { sheet: t.sheet, areas: areas.map((a) => ({ ...a })) } : null;
    }, true);
  }

  getSpecialCellsOrNullObject(cellType: string): RangeAreas {
    this.context.addPath('getSpecialCellsOrNullObject', [cellType]);
    return new RangeAreas(this.context, () => {
      this.context.need('1.9', 'Range.getSpecialCellsOrNullObject');
      if (cellType !== 'Visible') throw new Error(`sim: special cells "${cellType}" not simulated`);
      const t = this.resolve();
      const areas = visibleAreas(t);
      return areas.length ? { sheet: t.sheet, areas } : null;
    }, true);
  }

  select(): void {
    this.method('select', [], (t) => {
      if (t.sheet.visibility !== 'Visible') throw new SimError('InvalidOperation', 'cannot select on a hidden sheet');
      this.context.model.activeSheetId = t.sheet.id;
      this.context.model.selection = { sheetId: t.sheet.id, area: { ...t.area } };
    });
  }

  merge(across = false): void {
    this.method('merge', [across], (t) => {
      if (!across) t.sheet.addMerge({ ...t.area });
      else for (let r = t.area.top; r <= t.area.bottom; r++) t.sheet.addMerge({ ...t.area, top: r, bottom: r });
    }, '1.2');
  }

  unmerge(): void {
    this.method('unmerge', [], (t) => void (t.sheet.merges = t.sheet.merges.filter((m) => !intersects(m, t.area))), '1.2');
  }

  clear(applyTo: string = 'All'): void {
    this.method('clear', [applyTo], (t) =>
      t.sheet.forEachExisting(t.area, (cell) => {
        if (applyTo === 'All' || applyTo === 'Contents') {
          cell.value = '';
          delete cell.error;
          delete cell.formula;
          delete cell.hyperlink;
        }
        if (applyTo === 'All' || applyTo === 'Formats') for (const k of ['numberFormat', 'fill', 'font', 'wrapText', 'horizontalAlignment', 'verticalAlignment', 'borders'] as const) delete cell[k];
      }),
    );
  }
}
