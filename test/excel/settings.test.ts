/** Cài đặt in the document settings, and importing agency names from the selection. */
import { resolveAgency } from '../../src/core/agency/resolve';
import { directoryFor, sanitizeSettings } from '../../src/excel/settings-store';
import { createExcelSimulator } from '../support/excel-sim';
import { sim, withSim } from './helpers';

describe('settings', () => {
  it('round-trips through the document settings and survives a reload', async () => {
    const s = sim([{ name: 'A', values: [['x']] }]);
    const saved = { planYear: 2026, dueSoonDays: 20, lang: 'en' as const, extraAgencies: ['Ban Dân tộc tỉnh', 'ban dan toc tinh', '  '] };
    await withSim(s, async (uc) => {
      expect(await uc.loadSettings()).toEqual({ dueSoonDays: 15, extraAgencies: [] });
      await uc.saveSettings(saved);
    });
    const after = await withSim(createExcelSimulator(s.workbook), (uc) => uc.loadSettings());
    expect(after).toEqual({ planYear: 2026, dueSoonDays: 20, lang: 'en', extraAgencies: ['Ban Dân tộc tỉnh'] });
  });

  it('falls back to defaults for whatever is invalid', () => {
    expect(sanitizeSettings({ planYear: 1800, dueSoonDays: -1, lang: 'fr', extraAgencies: 'x' })).toEqual({ dueSoonDays: 15, extraAgencies: [] });
    expect(sanitizeSettings(null)).toEqual({ dueSoonDays: 15, extraAgencies: [] });
  });

  it('adds extra agencies to the directory the engine uses', () => {
    const dir = directoryFor({ dueSoonDays: 15, extraAgencies: ['Ban Quản lý dự án đầu tư xây dựng tỉnh'] });
    expect(resolveAgency('Ban quản lý dự án đầu tư xây dựng tỉnh', dir).kind).toBe('agency');
  });
});

describe('import agencies from the selection', () => {
  function withSelection(address: { top: number; left: number; bottom: number; right: number }) {
    const s = sim([{
      name: 'DS',
      values: [['Cơ quan chủ trì', 'x'], ['Ban Quản lý dự án tỉnh', 1], ['Sở Tài chính', 2], ['Ban quản lý dự án tỉnh', 3], [42, 4], [null, 5], ['Quỹ Phát triển đất tỉnh', 6]],
    }]);
    const ws = s.workbook.sheet('DS');
    s.workbook.selection = { sheetId: ws.id, area: address };
    return s;
  }

  it('reads the first column of the selection: new names only, once each, no header or numbers', async () => {
    const s = withSelection({ top: 0, left: 0, bottom: 1048575, right: 1 });
    const names = await withSim(s, (uc) => uc.importAgenciesFromSelection());
    expect(names).toEqual(['Ban Quản lý dự án tỉnh', 'Quỹ Phát triển đất tỉnh']);
    expect(s.stats.maxResponseBytes).toBeLessThan(10_000);
  });

  it('gives nothing for an empty selection', async () => {
    const s = withSelection({ top: 20, left: 5, bottom: 30, right: 5 });
    expect(await withSim(s, (uc) => uc.importAgenciesFromSelection())).toEqual([]);
  });
});
