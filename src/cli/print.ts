import { type Lang, roleLabel } from '../core/messages';
import type { FileReport, TableReport } from '../core/report';
import type { Role } from '../core/schema/roles';

const T = {
  vi: { table: 'Bảng', header: 'dòng tiêu đề', last: 'dòng cuối', year: 'năm kế hoạch', tasks: 'nhiệm vụ', sections: 'mục', groups: 'nhóm', subs: 'dòng phụ', cont: 'dòng nối', repeats: 'tiêu đề lặp', columns: 'Cột', byCode: 'Theo mã', none: 'Không có vấn đề nào.', more: 'vấn đề khác không hiển thị', noTable: 'Không tìm thấy bảng nhiệm vụ trên trang', valid: 'Đạt: không có lỗi.', invalid: 'Có lỗi cần sửa.' },
  en: { table: 'Table', header: 'header row', last: 'last row', year: 'plan year', tasks: 'tasks', sections: 'sections', groups: 'groups', subs: 'sub-rows', cont: 'continuations', repeats: 'repeated headers', columns: 'Columns', byCode: 'By code', none: 'No issues.', more: 'more issues not shown', noTable: 'No task table found on sheet', valid: 'Valid: no errors.', invalid: 'Errors to fix.' },
} as const;

function printTable(t: TableReport, lang: Lang, out: string[]): void {
  const w = T[lang];
  const years = t.planLastYear === undefined ? `${t.planYear}` : `${t.planYear}–${t.planLastYear}`;
  const year = t.planYear === undefined ? '' : `, ${w.year} ${years}`;
  out.push(`  ${w.table} "${t.sheet}" — ${w.header} ${t.headerRow}, ${w.last} ${t.lastRow}${year}`);
  const cols = (Object.entries(t.columns) as [Role, string][]).sort((a, b) => a[1].localeCompare(b[1]));
  out.push(`  ${w.columns}: ${cols.map(([role, letter]) => `${letter}=${roleLabel(role, lang)}`).join(', ')}`);
  const rc = t.rowCounts;
  out.push(`  ${t.taskCount} ${w.tasks} · ${rc.sections} ${w.sections} · ${rc.groups} ${w.groups} · ${rc.subs} ${w.subs} · ${rc.continuations} ${w.cont} · ${rc.repeatedHeaders} ${w.repeats}`);
  const counts = Object.entries(t.counts).sort((a, b) => b[1] - a[1]);
  out.push(counts.length ? `  ${w.byCode}: ${counts.map(([c, n]) => `${c} ${n}`).join(', ')}` : `  ${w.none}`);
  for (const i of t.issues) {
    const where = `${t.sheet}!${i.column ?? ''}${i.row}`;
    out.push(`    ${where.padEnd(16)} ${i.severity.padEnd(7)} ${i.code.padEnd(22)} ${i.message} — ${i.hint}`);
  }
  if (t.truncated > 0) out.push(`    … ${t.truncated} ${w.more}`);
}

/** The human-readable report of one file. */
export function formatReport(report: FileReport, lang: Lang): string {
  const w = T[lang];
  const out: string[] = [report.file];
  for (const t of report.tables) printTable(t, lang, out);
  for (const s of report.sheetsWithoutTable) out.push(`  ${w.noTable} "${s}"`);
  out.push(`  ${report.valid ? w.valid : w.invalid}`);
  return out.join('\n');
}
