/** Pure parts of the adapter: request planning, addresses, fill memory, sheet names. */
import { chunkAddresses, parseAddress, parseAreaList } from '../../src/excel/address';
import { decodeMemory, encodeMemory, type RememberedCell } from '../../src/excel/fill-memory';
import { BlockPlanner, FIRST_BYTES_PER_CELL, mergeChunkRows, REQUEST_BUDGET_BYTES } from '../../src/excel/read-plan';
import { GridBuilder, officeToCell } from '../../src/excel/read-cells';
import { MIN_EXCEL_API, REQUIRED_SETS } from '../../src/excel/requirements';
import { isNameFor, packSteps } from '../../src/excel/summary';
import { uniqueSheetName } from '../../src/excel/tool-sheets';

describe('block planner', () => {
  it('sizes the first request by the conservative guess, later ones by what was measured', () => {
    const p = new BlockPlanner([{ key: 0, top: 4, left: 0, rows: 20_000, columns: 6, perRowExtra: 0 }]);
    const first = p.nextBatch();
    expect(first).toEqual([{ key: 0, top: 4, rows: Math.floor(REQUEST_BUDGET_BYTES / (6 * FIRST_BYTES_PER_CELL)), left: 0, columns: 6 }]);
    p.observe(first[0]!.rows * 6 * 50, first[0]!.rows * 6);
    const second = p.nextBatch();
    expect(second[0]?.top).toBe(4 + first[0]!.rows);
    expect(second[0]!.rows * 6 * 50 * 1.5).toBeLessThanOrEqual(REQUEST_BUDGET_BYTES);
    while (!p.done()) p.nextBatch();
    expect(p.rowsDone).toBe(20_000);
  });

  it('puts several small sheets in one request and retries a refused one in smaller blocks', () => {
    const p = new BlockPlanner([
      { key: 0, top: 0, left: 0, rows: 50, columns: 6, perRowExtra: 0 },
      { key: 1, top: 2, left: 1, rows: 80, columns: 8, perRowExtra: 0 },
    ]);
    const batch = p.nextBatch();
    expect(batch.map((b) => [b.key, b.rows])).toEqual([[0, 50], [1, 80]]);
    expect(p.done()).toBe(true);
    p.retry(batch);
    expect(p.done()).toBe(false);
    expect(p.nextBatch().map((b) => [b.key, b.top, b.rows])).toEqual([[0, 0, 50], [1, 2, 80]]);
  });

  it('keeps merged-area calls under 512 areas', () => {
    expect(mergeChunkRows(6) * 3).toBeLessThanOrEqual(512);
    expect(mergeChunkRows(40) * 20).toBeLessThanOrEqual(512);
    expect(mergeChunkRows(5000)).toBe(1);
  });
});

describe('addresses', () => {
  it('chunks getRanges lists at 500 addresses and 8,000 characters', () => {
    const many = Array.from({ length: 1234 }, (_, i) => `C${i + 1}`);
    const chunks = chunkAddresses(many);
    expect(chunks.map((c) => c.split(',').length)).toEqual([500, 500, 234]);
    const long = Array.from({ length: 400 }, (_, i) => `AB${100000 + i}:AC${100000 + i}`);
    for (const c of chunkAddresses(long)) expect(c.length).toBeLessThanOrEqual(8000);
    expect(chunkAddresses(long).join(',').split(',')).toEqual(long);
  });

  it('parses RangeAreas addresses, quoted sheet names with commas included', () => {
    expect(parseAreaList("'Biểu 1, bản 2'!A1:F1, 'Biểu 1, bản 2'!$B$3")).toEqual([
      { top: 0, left: 0, bottom: 0, right: 5 },
      { top: 2, left: 1, bottom: 2, right: 1 },
    ]);
    expect(parseAddress("'It''s'!C12")).toEqual({ sheet: "It's", area: { top: 11, left: 2, bottom: 11, right: 2 } });
    expect(parseAddress('Sheet1!3:3')).toBeUndefined();
  });
});

describe('cells and grids', () => {
  it('converts Office values as exceljs would hand them to the engine', () => {
    expect(officeToCell('', 'General')).toBeNull();
    expect(officeToCell(46203, 'dd/mm/yyyy')).toEqual(new Date(Date.UTC(2026, 5, 30)));
    expect(officeToCell(46203, 'General')).toBe(46203);
    expect(officeToCell('#REF!', 'General')).toEqual({ error: '#REF!' });
    expect(officeToCell('#hashtag', 'General')).toBe('#hashtag');
  });

  it('builds rows without trailing empties and drops one-cell "merges"', () => {
    const b = new GridBuilder('S');
    b.addBlock(2, 1, [['a', ''], ['', '']], [['General', '@'], ['General', 'General']]);
    b.addMerges([{ top: 0, left: 0, bottom: 0, right: 0 }, { top: 0, left: 0, bottom: 0, right: 3 }]);
    expect(b.build()).toEqual({
      sheet: 'S', values: [[], [], [null, 'a']], numberFormats: [[], [], [undefined, undefined, '@']],
      merges: [{ top: 0, left: 0, bottom: 0, right: 3 }], hiddenRows: [],
    });
  });
});

describe('fill memory', () => {
  it('round-trips, deduplicating fills', () => {
    const cells: RememberedCell[] = [
      { sheetId: '{1}', sheetName: 'A', address: 'C5', original: null, mark: 'error' },
      { sheetId: '{1}', sheetName: 'A', address: 'C6', original: null, mark: 'warning' },
      { sheetId: '{2}', sheetName: 'B', address: 'D7', original: { color: '#FFFF00', pattern: 'Gray25', patternColor: '#FF0000' }, mark: 'error' },
    ];
    const stored = encodeMemory(cells);
    expect(stored?.fills).toHaveLength(2);
    expect(decodeMemory(JSON.parse(JSON.stringify(stored)))).toEqual(cells);
    expect(encodeMemory([])).toBeUndefined();
    expect(decodeMemory({ v: 2 })).toEqual([]);
  });
});

describe('sheet names', () => {
  it('adds a numbered suffix to a taken name, within 31 characters and Excel\'s characters', () => {
    expect(uniqueSheetName('Quá hạn', ['quá hạn', 'Quá hạn (2)'])).toBe('Quá hạn (3)');
    expect(uniqueSheetName('A/B: [x]?', [])).toBe('A-B- -x--');
    const long = 'Danh sách nhiệm vụ sắp đến hạn xử lý';
    expect(uniqueSheetName(long, [long.slice(0, 31)])).toHaveLength(31);
    expect(isNameFor('Quá hạn (2)', 'Quá hạn')).toBe(true);
    expect(isNameFor('Quá (2)', 'Quá hạn')).toBe(false);
    expect(isNameFor('Báo cáo tháng 6', 'Quá hạn')).toBe(false);
  });

  it('packs write steps into requests under the budget', () => {
    const steps = [3, 2, 2, 4, 1].map((mb) => ({ bytes: mb * 1_000_000, run: () => undefined }));
    expect(packSteps(steps).map((b) => b.length)).toEqual([1, 2, 1, 1]);
  });

  it('declares ExcelApi 1.2 as the manifest requirement', () => {
    expect(MIN_EXCEL_API).toBe('1.2');
    expect(REQUIRED_SETS).toEqual([{ name: 'ExcelApi', minVersion: '1.2' }]);
  });
});
