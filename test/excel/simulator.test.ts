/** The simulator behaves like Excel where the adapter depends on it. */
import { createExcelSimulator, simWorkbookFromSheets, SimError, transportable } from '../support/excel-sim';

type Ctx = Excel.RequestContext;

function make(excelApi = '1.17', payloadLimitBytes?: number) {
  const wb = simWorkbookFromSheets([
    { name: 'Data', values: [['a', 1], ['b', 2], ['c', 3]], merges: ['A5:C5'], fills: { B2: '#FFFF00' } },
    { name: 'Other', values: [['x']] },
  ]);
  return createExcelSimulator(wb, { excelApi, ...(payloadLimitBytes ? { payloadLimitBytes } : {}) });
}

function run<T>(s: ReturnType<typeof make>, fn: (ctx: Ctx) => Promise<T>): Promise<T> {
  return s.Excel.run(fn as never) as Promise<T>;
}

describe('excel simulator', () => {
  it('makes properties available only after load and sync', async () => {
    const s = make();
    await run(s, async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Data').getRange('A1:B2');
      expect(() => r.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      r.load('values,address');
      expect(() => r.values).toThrow(/not available/);
      await ctx.sync();
      expect(r.values).toEqual([['a', 1], ['b', 2]]);
      expect(r.address).toBe('Data!A1:B2');
    });
    expect(s.stats.syncs).toBe(1);
  });

  it('runs queued commands in order, loads included', async () => {
    const s = make();
    await run(s, async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Data').getRange('A1');
      const before = ctx.workbook.worksheets.getItem('Data').getRange('A1').load('values');
      r.values = [['new']];
      const after = ctx.workbook.worksheets.getItem('Data').getRange('A1').load('values');
      await ctx.sync();
      expect(before.values).toEqual([['a']]);
      expect(after.values).toEqual([['new']]);
    });
  });

  it('answers isNullObject for *OrNullObject and fails getItem on a missing sheet', async () => {
    const s = make();
    await run(s, async (ctx) => {
      const missing = ctx.workbook.worksheets.getItemOrNullObject('Nope');
      const there = ctx.workbook.worksheets.getItemOrNullObject('data');
      await ctx.sync();
      expect(missing.isNullObject).toBe(true);
      expect(there.isNullObject).toBe(false);
      ctx.workbook.worksheets.getItem('Nope').load('name');
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
    });
  });

  it('refuses APIs above the host requirement set when the batch runs', async () => {
    const s = make('1.8');
    expect(s.Office.context.requirements.isSetSupported('ExcelApi', '1.8')).toBe(true);
    expect(s.Office.context.requirements.isSetSupported('ExcelApi', '1.9')).toBe(false);
    await run(s, async (ctx) => {
      ctx.workbook.worksheets.getItem('Data').getRanges('A1,B2').format.fill.color = '#FF0000';
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'ApiNotFound' });
    });
  });

  it('rejects a response over the payload limit and counts its size', async () => {
    const s = make('1.17', 20_000);
    await run(s, async (ctx) => {
      ctx.workbook.worksheets.getItem('Data').getRange('A1:Z2000').load('values');
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
    });
    expect(s.stats.batches[0]?.responseBytes).toBeGreaterThan(20_000);
  });

  it('keeps fills, merges, tables and names like Excel', async () => {
    const s = make();
    await run(s, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Data');
      const fill = ws.getRange('B2').format.fill.load('color,pattern');
      const none = ws.getRange('A1').format.fill.load('color,pattern');
      const merged = ws.getRange('A1:C10').getMergedAreasOrNullObject().load('address');
      await ctx.sync();
      expect([fill.color, fill.pattern]).toEqual(['#FFFF00', 'Solid']);
      expect([none.color, none.pattern]).toEqual(['#FFFFFF', 'None']);
      expect(merged.address).toBe('Data!A5:C5');
      ws.tables.add('A4:C6', true);
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidOperation' });
      const t = ws.tables.add('A1:B3', true);
      ctx.workbook.names.add('Mark', ws.getRange('A1')).visible = false;
      ws.name = 'Renamed';
      t.load('name');
      const names = ctx.workbook.names.load('items/name,items/value,items/visible');
      await ctx.sync();
      expect(t.name).toBe('Table1');
      expect(names.items.map((n) => [n.name, n.value, n.visible])).toEqual([['Mark', 'Renamed!$A$1', false]]);
    });
  });

  it('persists document settings only through saveAsync', async () => {
    const s = make();
    const settings = s.Office.context.document.settings;
    settings.set('k', { a: 1 });
    expect(createExcelSimulator(s.workbook).Office.context.document.settings.get('k')).toBeNull();
    await new Promise<void>((resolve) => settings.saveAsync(() => resolve()));
    expect(createExcelSimulator(s.workbook).Office.context.document.settings.get('k')).toEqual({ a: 1 });
  });

  it('refuses proxies used after their Excel.run and unknown properties', async () => {
    const s = make();
    const r = await run(s, async (ctx) => ctx.workbook.worksheets.getItem('Data').getRange('A1'));
    expect(() => r.load('values')).toThrow(SimError);
    await run(s, async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('Data').getRange('A1');
      expect(() => ((range as unknown as Record<string, unknown>).valuez = 1)).toThrow(/no settable property/);
    });
  });

  it('refuses more than 512 merged areas in one getMergedAreas call', async () => {
    const merges = Array.from({ length: 600 }, (_, i) => `A${i + 1}:B${i + 1}`);
    const s = createExcelSimulator(simWorkbookFromSheets([{ name: 'M', values: [['x']], merges }]));
    await run(s, async (ctx) => {
      ctx.workbook.worksheets.getItem('M').getRange('A1:B600').getMergedAreasOrNullObject().load('address');
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'GeneralException' });
    });
  });
});

describe('loader', () => {
  it('takes dates through JSON for a browser page', () => {
    const sheets = [{ name: 'S', values: [[new Date(Date.UTC(2026, 5, 30)), 'x']] }];
    const wb = simWorkbookFromSheets(JSON.parse(JSON.stringify(transportable(sheets))));
    expect(wb.sheet('S').cell(0, 0)).toEqual({ value: 46203, numberFormat: 'dd/mm/yyyy' });
  });
});
