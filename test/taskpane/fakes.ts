import type { FileReport, IssueReport } from '../../src/core/report';
import type { AddinSettings, AddinUseCases, Progress } from '../../src/taskpane/use-cases';

export function issue(partial: Partial<IssueReport> & Pick<IssueReport, 'code' | 'row'>): IssueReport {
  return { severity: 'error', sheet: 'Phụ lục I', params: {}, message: '(report wording)', hint: '(report hint)', ...partial };
}

/** A report with two errors, one warning (with cell text holding markup) and one note. */
export function sampleReport(): FileReport {
  const issues: IssueReport[] = [
    issue({ code: 'missing-lead', row: 12, column: 'C' }),
    issue({ code: 'missing-lead', row: 19, column: 'C' }),
    issue({
      code: 'unrecognized-deadline',
      severity: 'warning',
      row: 14,
      column: 'E',
      params: { text: '<img src=x onerror="alert(1)">Quý V' },
    }),
    issue({ code: 'repeated-header', severity: 'info', row: 30 }),
  ];
  return {
    file: 'workbook',
    valid: false,
    tables: [
      {
        sheet: 'Phụ lục I',
        headerRow: 5,
        lastRow: 80,
        kind: 'tasks',
        columns: {},
        taskCount: 39,
        rowCounts: { sections: 8, groups: 0, subs: 1, continuations: 3, repeatedHeaders: 1 },
        counts: { 'missing-lead': 2, 'unrecognized-deadline': 1, 'repeated-header': 1 },
        issues,
        truncated: 0,
      },
    ],
    sheetsWithoutTable: ['Ghi chú'],
  };
}

export function fakeUseCases(overrides: Partial<AddinUseCases> = {}, settings: Partial<AddinSettings> = {}) {
  const stored: AddinSettings = { dueSoonDays: 15, extraAgencies: [], ...settings };
  const fake = {
    validate: jest.fn(async (_scope: string, onProgress?: (p: Progress) => void) => {
      onProgress?.({ step: 'read', done: 1, total: 2 });
      return sampleReport();
    }),
    selectCell: jest.fn(async () => undefined),
    highlight: jest.fn(async () => 3),
    clearHighlights: jest.fn(async () => undefined),
    noteKind: jest.fn((): 'note' | 'comment' | null => 'note'),
    attachNotes: jest.fn(async () => ({ kind: 'note' as const, written: 2, skipped: 1, missingSheets: [] as string[] })),
    removeNotes: jest.fn(async () => ({ kind: 'note' as const, removed: 2 })),
    notesRemembered: jest.fn(() => false),
    writeSummary: jest.fn(async () => ({ sheets: ['TH theo cơ quan', 'TH thời hạn'] })),
    insertTemplate: jest.fn(async () => 'Mẫu phụ lục'),
    importAgenciesFromSelection: jest.fn(async () => ['Sở Du lịch', 'sở du lịch ', 'Ban Quản lý Khu kinh tế']),
    loadSettings: jest.fn(async () => ({ ...stored })),
    saveSettings: jest.fn(async (s: AddinSettings) => void Object.assign(stored, s)),
    ...overrides,
  };
  return fake satisfies AddinUseCases;
}
