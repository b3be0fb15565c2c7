import { pickLang } from '../../src/taskpane/i18n';
import { EN } from '../../src/taskpane/i18n/en';
import { VI } from '../../src/taskpane/i18n/vi';
import { hostStatus, themeOfColor } from '../../src/taskpane/office-env';
import { tabFromSearch } from '../../src/taskpane/tabs';
import { groupIssues, sheetRef } from '../../src/taskpane/components/check/report-view';
import { mergeNames } from '../../src/taskpane/components/settings/useSettingsForm';
import { issue, sampleReport } from './fakes';

const office = (supported: boolean) => ({
  HostType: { Excel: 'Excel' },
  context: { requirements: { isSetSupported: (_n: string, v?: string) => supported && v === '1.7' } },
});

test('host status: Excel at the level, below it, elsewhere', () => {
  expect(hostStatus(office(true), 'Excel', '1.7')).toBe('ok');
  expect(hostStatus(office(false), 'Excel', '1.7')).toBe('old-host');
  expect(hostStatus(office(true), null, '1.7')).toBe('outside');
  expect(hostStatus(office(true), 'Word', '1.7')).toBe('outside');
  expect(hostStatus(undefined, 'Excel', '1.7')).toBe('outside');
});

test('theme from Office\'s body colour', () => {
  expect(themeOfColor('#1f1f1f')).toBe('dark');
  expect(themeOfColor('#FFFFFF')).toBe('light');
  expect(themeOfColor('nonsense')).toBeUndefined();
  expect(themeOfColor(undefined)).toBeUndefined();
});

test('language and tab choice', () => {
  expect(pickLang(undefined, undefined)).toBe('vi');
  expect(pickLang(undefined, 'vi-VN')).toBe('vi');
  expect(pickLang(undefined, 'en-GB')).toBe('en');
  expect(pickLang('vi', 'fr-FR')).toBe('vi');
  expect(tabFromSearch('?tab=summary')).toBe('summary');
  expect(tabFromSearch('?tab=<script>')).toBe('check');
  expect(tabFromSearch('')).toBe('check');
});

test('both languages name every issue code', () => {
  expect(Object.keys(EN.codes).sort()).toEqual(Object.keys(VI.codes).sort());
});

test('sheet references are quoted as Excel does', () => {
  expect(sheetRef('Sheet1')).toBe('Sheet1');
  expect(sheetRef('Phụ lục I')).toBe("'Phụ lục I'");
  expect(sheetRef("Bob's")).toBe("'Bob''s'");
  expect(sheetRef('AB12')).toBe("'AB12'");
});

test('groups count issues left off by the cap and order errors first', () => {
  const report = sampleReport();
  const table = report.tables[0]!;
  table.counts['missing-lead'] = 40;
  table.truncated = 38;
  table.issues.push(issue({ code: 'generic-lead', severity: 'warning', row: 50, column: 'D', params: { agency: 'Các sở' } }));
  const groups = groupIssues(report, 'en', false);
  expect(groups.map((g) => [g.code, g.count])).toEqual([
    ['missing-lead', 40],
    ['generic-lead', 1],
    ['unrecognized-deadline', 1],
    ['repeated-header', 1],
  ]);
  expect(groups[0]?.rows[0]?.message).toBe('Task has no lead agency');
});

test('agency names merge without duplicates', () => {
  expect(mergeNames(['Sở Y tế'], [' sở  y tế', 'Sở Tư pháp', '', 'Sở Tư pháp'])).toEqual(['Sở Y tế', 'Sở Tư pháp']);
});
