/** Call shapes against office-addin-mock: which Office.js calls the adapter makes, with which arguments. */
import { OfficeMockObject } from 'office-addin-mock';
import { createExcelUseCases } from '../../src/excel';

type Calls = [string, ...unknown[]][];

function install(excel: OfficeMockObject, office: OfficeMockObject): () => void {
  const g = globalThis as Record<string, unknown>;
  const before = { Excel: g.Excel, Office: g.Office };
  g.Excel = excel;
  g.Office = office;
  return () => Object.assign(g, before);
}

function officeMock(settings: Record<string, unknown> = {}) {
  const store = { ...settings };
  return new OfficeMockObject({
    context: {
      displayLanguage: 'vi-VN',
      requirements: { isSetSupported: (_name: string, version?: string) => Number(version ?? '1.1') <= 1.2 },
      document: {
        url: 'https://contoso.sharepoint.com/ke-hoach.xlsx',
        settings: {
          get: (k: string) => store[k] ?? null,
          set: (k: string, v: unknown) => void (store[k] = v),
          remove: (k: string) => void delete store[k],
          saveAsync: (cb: (r: { status: string }) => void) => cb({ status: 'succeeded' }),
        },
      },
    },
  });
}

describe('Office.js call shapes (office-addin-mock)', () => {
  it('selectCell: getItem(sheet), activate, getRange(address).select, one sync', async () => {
    const calls: Calls = [];
    const excel = new OfficeMockObject({
      context: {
        workbook: {
          worksheets: {
            sheet: {
              range: { select: () => void calls.push(['select']) },
              activate: () => void calls.push(['activate']),
              getRange(this: { range: unknown }, a: string) {
                calls.push(['getRange', a]);
                return this.range;
              },
            },
            getItem(this: { sheet: unknown }, name: string) {
              calls.push(['getItem', name]);
              return this.sheet;
            },
          },
        },
        sync: async () => void calls.push(['sync']),
      },
      run: async function run(this: { context: unknown }, cb: (ctx: unknown) => Promise<unknown>) {
        return cb(this.context);
      },
    });
    const restore = install(excel, officeMock());
    try {
      await createExcelUseCases().selectCell('Phụ lục I', 'C12');
    } finally {
      restore();
    }
    expect(calls).toEqual([['getItem', 'Phụ lục I'], ['activate'], ['getRange', 'C12'], ['select'], ['sync']]);
  });

  it('importAgenciesFromSelection: first column of the selection, used part only, values loaded after its size', async () => {
    const calls: Calls = [];
    const excel = new OfficeMockObject({
      context: {
        workbook: {
          selected: {
            column: {
              used: { rowCount: 3, values: [['Cơ quan chủ trì'], ['Quỹ Phát triển đất tỉnh'], ['Sở Tài chính']] },
              getUsedRange(this: { used: unknown }, valuesOnly: boolean) {
                calls.push(['getUsedRange', valuesOnly]);
                return this.used;
              },
            },
            getColumn(this: { column: unknown }, i: number) {
              calls.push(['getColumn', i]);
              return this.column;
            },
          },
          getSelectedRange(this: { selected: unknown }) {
            calls.push(['getSelectedRange']);
            return this.selected;
          },
        },
      },
      run: async function run(this: { context: unknown }, cb: (ctx: unknown) => Promise<unknown>) {
        return cb(this.context);
      },
    });
    const restore = install(excel, officeMock());
    try {
      expect(await createExcelUseCases().importAgenciesFromSelection()).toEqual(['Quỹ Phát triển đất tỉnh']);
    } finally {
      restore();
    }
    expect(calls).toEqual([['getSelectedRange'], ['getColumn', 0], ['getUsedRange', true]]);
  });

  it('settings go through Office.context.document.settings, and clearing with nothing highlighted calls no Excel.run', async () => {
    let runs = 0;
    const excel = new OfficeMockObject({ run: async () => void runs++ });
    const restore = install(excel, officeMock({ 'annexAssistant.settings': { dueSoonDays: 7, extraAgencies: ['Ban A'] } }));
    try {
      const uc = createExcelUseCases();
      expect(await uc.loadSettings()).toEqual({ dueSoonDays: 7, extraAgencies: ['Ban A'] });
      await uc.clearHighlights();
    } finally {
      restore();
    }
    expect(runs).toBe(0);
  });
});
