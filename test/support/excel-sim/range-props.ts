/** Excel.Range's scalar properties: what they read and what writing them does. */
import { addressOf, displayText, dims, type RangeTarget, read, setValue, valueOf, valueType, write } from './cells';
import { DEFAULT_COLUMN_WIDTH, type SimCell } from './model';
import type { PropTable } from './proxy';

function countIn(set: Set<number>, from: number, to: number): number {
  let n = 0;
  for (const x of set) if (x >= from && x <= to) n++;
  return n;
}

export function rangeProps(): PropTable<RangeTarget> {
  const width = (t: RangeTarget, c: number) => t.sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH;
  return {
    address: { get: addressOf },
    addressLocal: { get: addressOf },
    rowIndex: { get: (t) => t.area.top },
    columnIndex: { get: (t) => t.area.left },
    rowCount: { get: (t) => dims(t.area)[0] },
    columnCount: { get: (t) => dims(t.area)[1] },
    cellCount: { get: (t) => dims(t.area)[0] * dims(t.area)[1] },
    values: { get: (t) => read(t, valueOf), set: (t, v) => write(t, v, setValue) },
    numberFormat: {
      get: (t) => read(t, (c) => c?.numberFormat ?? 'General'),
      set: (t, v) => write<string>(t, v, (cell, f) => void (cell.numberFormat = String(f))),
    },
    text: { get: (t) => read(t, (cell, _r, c) => displayText(cell, width(t, c))) },
    valueTypes: { get: (t) => read(t, valueType) },
    formulas: { get: (t) => read(t, (c) => c?.formula ?? valueOf(c)), set: (t, v) => write(t, v, setValue) },
    rowHidden: {
      api: '1.2',
      get: (t) => {
        const n = countIn(t.sheet.hiddenRows, t.area.top, t.area.bottom);
        return n === 0 ? false : n === dims(t.area)[0] ? true : null;
      },
      set: (t, v) => {
        for (let r = t.area.top; r <= t.area.bottom; r++) v ? t.sheet.hiddenRows.add(r) : t.sheet.hiddenRows.delete(r);
      },
    },
    columnHidden: {
      api: '1.2',
      get: (t) => {
        const n = countIn(t.sheet.hiddenColumns, t.area.left, t.area.right);
        return n === 0 ? false : n === dims(t.area)[1] ? true : null;
      },
      set: (t, v) => {
        for (let c = t.area.left; c <= t.area.right; c++) v ? t.sheet.hiddenColumns.add(c) : t.sheet.hiddenColumns.delete(c);
      },
    },
    hyperlink: {
      api: '1.7',
      get: (t) => t.sheet.cell(t.area.top, t.area.left)?.hyperlink ?? null,
      set: (t, v) =>
        t.sheet.forEachCell(t.area, (cell) => {
          const link = v as NonNullable<SimCell['hyperlink']>;
          cell.hyperlink = { ...link };
          if (link.textToDisplay !== undefined) setValue(cell, link.textToDisplay);
        }),
    },
  };
}
