/** buildSummarySheets: the summary report laid out as sheets (names, title block, columns, rows, totals, links). */
import type { Lang } from '../messages';
import { matchKey } from '../text/normalize';
import type { Counts, LeadRow, ListItem, MissingItem, SummaryReport, TableSummary } from './report';
import type { BlockSpec, ColumnSpec, RowSpec, SheetSpec, SpecValue, TitleLine } from './sheet-spec';
import { fitWidth } from './sheet-spec';
import { CLASSES } from './timeliness';
import { type SheetKey, type SummaryWords, summaryWords } from './wording';

export * from './sheet-spec';

type Col = Omit<ColumnSpec, 'width' | 'align'> & { max?: number; align?: ColumnSpec['align'] };

function dmy(iso: string): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

// The letterhead above a document's title: the issuing body, the national motto, the number and the dateline.
const LETTERHEAD = /^(?:ubnd|uy ban nhan dan|so \d|\S.* ngay \d{1,2} thang)|cong hoa xa hoi chu nghia|doc lap tu do hanh phuc/;

/**
 * The plan's name from a table title: the first line that is not "Phụ lục …"/"Biểu …", a "(Kèm theo …)" note or the
 * document's letterhead ("UBND TỈNH …", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: …/KH-UBND").
 */
export function planName(title: string): string {
  const lines = title.split('\n').map((l) => l.trim()).filter(Boolean);
  return lines.find((l) => !/^\(.*\)$/.test(l) && !/^(?:phu luc|bieu)\b/.test(matchKey(l)) && !LETTERHEAD.test(matchKey(l))) ?? '';
}

function baseName(file: string): string {
  return file.split(/[\\/]/).pop() ?? file;
}

function titleBlock(s: SummaryReport, key: SheetKey, w: SummaryWords): TitleLine[] {
  const lines: TitleLine[] = [{ text: w.heading, style: 'heading' }, { text: w.subject[key], style: 'heading' }];
  const plan = planName(s.tables[0]?.title ?? '');
  if (plan) lines.push({ text: plan, style: 'subheading' });
  lines.push({ text: w.asOf(dmy(s.today)), style: 'italic' });
  lines.push({ text: w.source(baseName(s.file), [...new Set(s.tables.map((t) => t.sheet))]), style: 'plain' });
  return lines;
}

/** A sheet always has a block: an empty one (its emptyText written) when the file has no task table. */
function orEmpty(blocks: BlockSpec[], emptyText: string): BlockSpec[] {
  return blocks.length > 0 ? blocks : [{ rows: [], totals: [], emptyText }];
}

function withWidths(cols: Col[], blocks: BlockSpec[]): ColumnSpec[] {
  return cols.map(({ max, align, ...c }, i) => {
    // The totals label runs over the empty cell to its right: it does not widen its column.
    const values = blocks.flatMap((b) => [...b.rows.map((r) => r.cells[i] ?? null), c.total === 'label' ? null : (b.totals[i] ?? null)]);
    return { ...c, align: align ?? (c.kind === 'text' ? 'left' : 'center'), width: fitWidth(c.header, values, c.kind, max) };
  });
}

function caption(t: TableSummary, many: boolean, w: SummaryWords): { caption?: string } {
  return many ? { caption: w.caption(t.sheet, t.headerRow, t.taskCount) } : {};
}

// ---- Count tables: by lead, by section, by period ----

function countCols(w: SummaryWords, label: string, labelMax: number, rate: boolean): Col[] {
  const cols: Col[] = [
    { key: 'no', header: w.col.no, kind: 'int', wrap: false, total: 'label' },
    { key: 'label', header: label, kind: 'text', wrap: true, total: 'none', max: labelMax },
    { key: 'total', header: w.col.total, kind: 'int', wrap: false, total: 'sum' },
    ...CLASSES.map((k): Col => ({ key: k, header: w.cls[k], kind: 'int', wrap: false, total: 'sum' })),
  ];
  if (rate) cols.push({ key: 'rate', header: w.col.rate, kind: 'percent', wrap: false, total: 'rate' });
  return cols;
}

function rateOf(c: Counts): number | null {
  const d = c.done_on_time + c.done_late + c.overdue;
  return d === 0 ? null : c.done_on_time / d;
}

function countRow(i: number, label: string, c: Counts, rate: boolean, tracked: boolean): RowSpec {
  const cells: SpecValue[] = [i + 1, label, c.total, ...CLASSES.map((k) => c[k])];
  if (rate) cells.push(tracked ? rateOf(c) : null);
  return { cells };
}

/** Column totals; an untracked table has no on-time rate (nothing can be seen done). */
function totalsOf(rows: readonly Counts[], w: SummaryWords, rate: boolean, tracked: boolean): SpecValue[] {
  const sum = { total: 0 } as Counts;
  for (const k of ['total', ...CLASSES] as const) sum[k] = rows.reduce((a, r) => a + r[k], 0);
  const cells: SpecValue[] = [w.totalLabel, null, sum.total, ...CLASSES.map((k) => sum[k])];
  if (rate) cells.push(tracked ? rateOf(sum) : null);
  return cells;
}

function leadLabel(r: LeadRow, w: SummaryWords): string {
  if (r.kind === 'none') return w.noLead;
  const mark = r.kind === 'generic' ? ` ${w.generic}` : r.kind === 'unknown' ? ` ${w.unknownAgency}` : '';
  return `${r.agency}${mark}${r.formerNames.length ? ` ${w.formerMark}` : ''}`;
}

function countSheet(s: SummaryReport, key: 'byLead' | 'bySection' | 'byPeriod', w: SummaryWords, name: string): SheetSpec {
  const many = s.tables.length > 1;
  const rate = key !== 'byPeriod';
  const labelOf = (t: TableSummary): { label: string; rows: (Counts & { text: string })[] } => {
    if (key === 'byLead') return { label: w.col.agency, rows: t.byLead.map((r) => ({ ...r, text: leadLabel(r, w) })) };
    if (key === 'bySection') {
      const by = new Set(s.tables.map((x) => x.sectionBy));
      const label = by.size > 1 && by.has('area') ? w.col.sectionOrArea : t.sectionBy === 'area' ? w.col.area : w.col.section;
      return { label, rows: t.bySection.map((r) => ({ ...r, text: r.section || w.noSection })) };
    }
    const year = t.planYear ?? Number(s.today.slice(0, 4));
    const plan = t.planLastYear === undefined ? String(year) : `${year}–${t.planLastYear}`;
    const named = (p: string) => (/^\d{4}$/.test(p) ? w.wholeYear(Number(p)) : w.quarter(Number(p.slice(-1)), year));
    const text = (p: string) => (p === 'recurring' ? w.recurring : p === 'undated' ? w.undated : p === 'outside' ? w.outside(plan) : named(p));
    return { label: w.col.period, rows: t.byPeriod.map((r) => ({ ...r, text: text(r.period) })) };
  };
  const labels = s.tables.map(labelOf);
  const blocks = orEmpty(s.tables.map((t, i) => {
    const rows = labels[i]?.rows ?? [];
    const cells = { rows: rows.map((r, j) => countRow(j, r.text, r, rate, t.tracked)), totals: totalsOf(rows, w, rate, t.tracked) };
    return { ...caption(t, many, w), ...cells, emptyText: w.empty[key] };
  }), w.empty[key]);
  const cols = countCols(w, labels[0]?.label ?? w.col.section, key === 'byPeriod' ? 28 : 44, rate);
  const spec: SheetSpec = { key, name, title: titleBlock(s, key, w), columns: withWidths(cols, blocks), blocks, notes: countNotes(s, key, w) };
  if (rate) spec.rateOf = { onTime: 3, late: 4, overdue: 7 };
  return spec;
}

/** A note about one table, named when the summary covers several. */
const aboutTable = (many: boolean, t: TableSummary, note: string) => (many ? `"${t.sheet}": ${note}` : note);

function countNotes(s: SummaryReport, key: SheetKey, w: SummaryWords): string[] {
  const notes: string[] = [];
  if (key === 'byPeriod') notes.push(w.notes.onePeriod);
  else notes.push(w.notes.rate);
  notes.push(w.notes.dueSoon(s.dueSoonDays));
  const many = s.tables.length > 1;
  for (const t of s.tables) {
    const of = (note: string) => aboutTable(many, t, note);
    if (key === 'byLead') {
      const byAgency = t.byLead.reduce((a, r) => a + r.total, 0);
      if (byAgency > t.taskCount) notes.push(of(w.notes.multiLead(byAgency, t.taskCount)));
      const pairs = t.byLead.filter((r) => r.formerNames.length).map((r) => `${r.formerNames.join(', ')} → ${r.agency}`);
      if (pairs.length) notes.push(of(w.notes.former(pairs.join('; '))));
    }
    if (t.unknownStatuses.length) notes.push(of(w.notes.unknownStatus(t.unknownStatuses.map((u) => u.row).join(', '))));
    if (t.statusFromReport) notes.push(of(w.notes.fromReport(t.statusFromReport)));
  }
  const untracked = s.tables.filter((t) => !t.tracked);
  if (untracked.length) notes.push(many && untracked.length < s.tables.length ? untracked.map((t) => `"${t.sheet}": ${w.notes.untracked}`).join(' ') : w.notes.untracked);
  return [...new Set(notes)];
}

// ---- Task lists: overdue, due soon, missing ----

function listSheet(s: SummaryReport, key: 'overdue' | 'dueSoon' | 'missing', w: SummaryWords, name: string): SheetSpec {
  const withSection = s.tables.some((t) => t.sectionBy !== 'none');
  const withStatus = key !== 'missing' && s.tables.some((t) => t.tracked);
  const cols: Col[] = [{ key: 'no', header: w.col.no, kind: 'int', wrap: false, total: 'label' }];
  const by = new Set(s.tables.map((t) => t.sectionBy).filter((b) => b !== 'none'));
  const sectionHeader = by.size > 1 ? w.col.sectionOrArea : by.has('area') ? w.col.area : w.col.section;
  if (withSection) cols.push({ key: 'section', header: sectionHeader, kind: 'text', wrap: true, total: 'none', max: 24 });
  cols.push(
    { key: 'number', header: w.col.number, kind: 'text', wrap: false, total: 'none', max: 8, align: 'center' },
    { key: 'task', header: w.col.task, kind: 'text', wrap: true, total: 'count', max: 50 },
    { key: 'lead', header: w.col.lead, kind: 'text', wrap: true, total: 'none', max: 26 },
    { key: 'deadline', header: w.col.deadline, kind: 'text', wrap: true, total: 'none', max: 20 },
  );
  if (key !== 'missing') cols.push({ key: 'due', header: w.col.due, kind: 'date', wrap: false, total: 'none' });
  if (withStatus) cols.push({ key: 'status', header: w.col.status, kind: 'text', wrap: true, total: 'none', max: 18 });
  if (key === 'missing') cols.push({ key: 'problem', header: w.col.problem, kind: 'text', wrap: true, total: 'none', max: 22 });
  else cols.push({ key: 'days', header: key === 'overdue' ? w.col.daysOver : w.col.daysLeft, kind: 'int', wrap: false, total: 'none' });
  cols.push({ key: 'row', header: w.col.row, kind: 'int', wrap: false, total: 'none' });
  const cellOf = (item: ListItem | MissingItem, i: number, c: Col): SpecValue => {
    switch (c.key) {
      case 'no': return i + 1;
      case 'section': return item.section || w.noSection;
      case 'problem': return 'problems' in item ? item.problems.map((p) => w.problem[p]).join('; ') : null;
      case 'lead': return item.lead || w.noLead;
      case 'row': return item.row;
      default: return (item as Record<string, SpecValue>)[c.key] ?? null;
    }
  };
  const many = s.tables.length > 1;
  const blocks = orEmpty(s.tables.map((t) => {
    const items: (ListItem | MissingItem)[] = t[key];
    const rows = items.map((item, i) => ({ cells: cols.map((c) => cellOf(item, i, c)), link: { sheet: t.sheet, row: item.row } }));
    const totals = cols.map((c): SpecValue => (c.total === 'label' ? w.countLabel : c.total === 'count' ? items.length : null));
    return { ...caption(t, many, w), rows, totals, emptyText: w.empty[key] };
  }), w.empty[key]);
  const notes = key === 'dueSoon' ? [w.notes.dueSoon(s.dueSoonDays)] : [];
  if (withStatus) for (const t of s.tables) if (t.statusFromReport) notes.push(aboutTable(many, t, w.notes.fromReport(t.statusFromReport)));
  return { key, name, title: titleBlock(s, key, w), columns: withWidths(cols, blocks), blocks, notes, linkColumn: cols.length - 1 };
}

/**
 * The summary sheets, in order: by agency, by section, by period, overdue, due soon, and (only when some task lacks
 * a lead or a usable deadline) missing information. Names are the language's defaults; the writer resolves clashes.
 */
export function buildSummarySheets(summary: SummaryReport, lang: Lang): SheetSpec[] {
  const w = summaryWords(lang);
  const sheets = [
    countSheet(summary, 'byLead', w, w.sheet.byLead),
    countSheet(summary, 'bySection', w, w.sheet.bySection),
    countSheet(summary, 'byPeriod', w, w.sheet.byPeriod),
    listSheet(summary, 'overdue', w, w.sheet.overdue),
    listSheet(summary, 'dueSoon', w, w.sheet.dueSoon),
  ];
  if (summary.tables.some((t) => t.missing.length > 0)) sheets.push(listSheet(summary, 'missing', w, w.sheet.missing));
  return sheets;
}
