import { startsLowercase } from '../text/case';
import { type ColumnMap, type HeaderContext, isColumnNumberRow, matchHeaderAt } from './header';
import { repeatsHeader } from './header-repeat';
import type { RowKind, RowRecord } from './model';
import { isSectionOrdinal, type Ordinal, ordinalDepth, romanTitle } from './numbering';
import { isFlatList, isTaskLike, numbersTasks } from './numbering-style';
import { type At, filled, join, newRecord, rowText } from './records';
import {
  BULLET_START, isColumnNumbering, isNotesStart, isPageNumber, isTotalRow, isUnnumberedTask, isUpperTitle, mergedTitle, wrappedDeadline, wrappedLead,
} from './row-signals';
import { allBlank } from './row-texts';

export interface Classified {
  kinds: RowKind[];
  records: RowRecord[];
  repeatedHeaders: number[];
  lastRow: number;
}

interface Cursor {
  records: RowRecord[];
  section: number;
  /** Index of the record continuation rows join. */
  last: number;
  /** The previous non-blank row was a repeated header: a page break of the converted document. */
  afterBreak: boolean;
  /** Tasks carry numbers in the STT column; otherwise every row with task text may start one. */
  numbered: boolean;
  /** The tasks are numbered I, II, III … (or A, B, C): a flat list, not sections. */
  flat: boolean;
}

function push(cur: Cursor, rec: RowRecord): RowRecord['kind'] {
  cur.records.push(rec);
  if (rec.kind === 'section') cur.section = cur.records.length - 1;
  else cur.last = cur.records.length - 1;
  return rec.kind;
}

function classifyUnnumbered(ctx: HeaderContext, at: At, cur: Cursor): RowKind {
  const { columns } = at;
  const text = rowText(at.texts, columns);
  const texts = filled(text);
  const first = texts[0] ?? '';
  const title = romanTitle(first);
  if (title && texts.length === 1) return push(cur, { ...newRecord('section', at, ctx, cur.section, null, text), numberText: '' });
  const prev = cur.records[cur.last];
  if (texts.length === 1 && (prev ? !cur.afterBreak && text.task : true) && isUpperTitle(first)) {
    return push(cur, newRecord('section', at, ctx, cur.section, null, text));
  }
  // Without numbers, a line opening in lower case carries on the text above it.
  if (!cur.numbered && text.task && !(prev && startsLowercase(text.task) && (cur.afterBreak || texts.length === 1))) {
    return push(cur, newRecord('task', at, ctx, cur.section, null, text));
  }
  if (prev?.kind === 'task' && isUnnumberedTask(text, prev)) {
    const item = newRecord('task', at, ctx, cur.section, null, text);
    // A "- " item belongs to the numbered task above: it takes that task's lead when it names none.
    if (BULLET_START.test(text.task ?? '')) item.parent = prev.ordinal ? cur.last : (prev.parent ?? cur.last);
    return push(cur, item);
  }
  // A lead cut across a page break or a wrapped line continues; a sub-row's lead starts a name.
  const leadGoesOn =
    text.lead !== undefined &&
    (wrappedLead(text.lead, prev?.text.lead, text.deadline !== undefined) || wrappedDeadline(text.lead, prev?.text.deadline));
  // Or its deadline came along to the next page: the task above has a lead but no deadline yet.
  const restOfAbove = cur.afterBreak && !text.task && prev?.text.lead !== undefined && prev.text.deadline === undefined;
  // A numbered task's line cut in two by a conversion, its lead and deadline on the second line: one task.
  const secondLine =
    prev?.kind === 'task' && prev.text.lead === undefined && prev.text.deadline === undefined && text.task !== undefined &&
    startsLowercase(text.task) && !BULLET_START.test(text.task) && !/:\s*$/.test(prev.text.task ?? '');
  if (text.lead && !(cur.afterBreak && !text.deadline) && !leadGoesOn && !restOfAbove && !secondLine && prev) {
    const sub = newRecord('sub', at, ctx, cur.section, null, text);
    sub.parent = prev.kind === 'sub' ? prev.parent : cur.last;
    return push(cur, sub);
  }
  if (prev) join(prev, at, ctx);
  return 'continuation';
}

/** Words in the STT cell and nothing to do beside them: "A. NHIỆM VỤ CHUNG", "Phần II: Nhiệm vụ năm 2027". */
function isHeading(numText: string, at: At): boolean {
  const { task, lead, deadline } = at.columns;
  const empty = (c: number | undefined) => c === undefined || c === at.columns.number || !at.texts[c];
  return /\p{L}{2,}.*\s.*\p{L}{2,}/u.test(numText) && empty(task) && empty(lead) && empty(deadline);
}

/** A title across the row: its text stands in every cell it covers, but it names no lead and no deadline. */
function titleRecord(at: At, ctx: HeaderContext, section: number, title: string): RowRecord {
  const rec = newRecord('section', at, ctx, section);
  for (const role of Object.keys(rec.text) as (keyof RowRecord['text'])[]) if (role !== 'task' && rec.text[role] === title) rec.text[role] = undefined;
  delete rec.deadline;
  return rec;
}

function classifyRow(ctx: HeaderContext, at: At, width: number, cur: Cursor, numText: string, ordinal: Ordinal | null): RowKind {
  if (ordinal && isSectionOrdinal(ordinal) && !cur.flat) return push(cur, newRecord('section', at, ctx, cur.section, ordinal));
  const title = mergedTitle(at.texts, at.r, ctx.merges, width);
  if (title !== undefined) return push(cur, titleRecord(at, ctx, cur.section, title));
  if (ordinal) return push(cur, newRecord('task', at, ctx, cur.section, ordinal));
  if (numText) return push(cur, newRecord(romanTitle(numText) || isHeading(numText, at) ? 'section' : 'task', at, ctx, cur.section));
  return classifyUnnumbered(ctx, at, cur);
}

export function classifyRows(ctx: HeaderContext, columns: ColumnMap, top: number, bodyStart: number, end: number): Classified {
  const kinds: RowKind[] = new Array<RowKind>(end - top).fill('header', 0, bodyStart - top);
  const numbered = numbersTasks(ctx, columns.number, bodyStart, end);
  const flat = !numbered && isFlatList(ctx, columns, bodyStart, end);
  const cur: Cursor = { records: [], section: -1, last: -1, afterBreak: false, numbered: numbered || flat, flat };
  const repeatedHeaders: number[] = [];
  const width = Math.max(...Object.values(columns).map((c) => c + 1), 1);
  let lastRow = bodyStart - 1;
  let notes = false;
  for (let r = bodyStart; r < end; r++) {
    const texts = ctx.texts.of(r);
    if (allBlank(texts)) {
      kinds[r - top] = 'blank';
      continue;
    }
    const numCol = columns.number;
    const numText = numCol === undefined ? '' : (texts[numCol] ?? '');
    const ordinal = numCol === undefined ? null : ctx.texts.ordinalAt(r, numCol);
    // A count has no deadline: "Trong đó 50% thủ tục … | Sở Nội vụ | Quý IV/2026" is a row of the table.
    if (!ordinal && isTotalRow(texts) && !(columns.deadline !== undefined && texts[columns.deadline])) {
      kinds[r - top] = 'notes';
      continue;
    }
    // "Ghi chú: …" alone in the table's note column is a remark on the task above, not the notes under the table.
    if (!notes && !ordinal && isNotesStart(ctx.grid.values[r] ?? []) && !onlyIn(texts, columns.note)) notes = true;
    // A numbered row with a task, a lead or a deadline after it: that was a heading, not the signature block.
    else if (notes && ordinal && isTaskLike(texts, columns)) notes = false;
    if (notes) {
      kinds[r - top] = 'notes';
      continue;
    }
    // A page number, or a page break's "(1) (2) (3)" row whose header the conversion dropped.
    if (isPageNumber(texts, numCol, columns.task)) {
      kinds[r - top] = 'blank';
      cur.afterBreak = true;
      continue;
    }
    if (isColumnNumbering(texts)) {
      kinds[r - top] = 'repeated-header';
      cur.afterBreak = true;
      continue;
    }
    const h = numCol === undefined || !ordinal ? matchHeaderAt(ctx, r) : null;
    if (h && repeatsHeader(ctx, h, columns)) {
      repeatedHeaders.push(r);
      // The "(1) (2) (3)" row repeats with the header it belongs to.
      const last = isColumnNumberRow(ctx.grid, h.bottom + 1) ? h.bottom + 1 : h.bottom;
      for (let k = r; k <= last && k < end; k++) kinds[k - top] = 'repeated-header';
      r = last;
      cur.afterBreak = true;
      continue;
    }
    kinds[r - top] = classifyRow(ctx, { r, texts, columns }, width, cur, numText, ordinal);
    cur.afterBreak = false;
    lastRow = r;
  }
  markGroups(cur.records, kinds, top);
  return { kinds, records: cur.records, repeatedHeaders, lastRow };
}

function onlyIn(texts: readonly string[], c: number | undefined): boolean {
  return c !== undefined && texts.every((t, k) => k === c || !t);
}

/** A numbered row followed by deeper-numbered rows (1 → 1.1, 1.2) is a group, not a task. */
function markGroups(records: RowRecord[], kinds: RowKind[], top: number): void {
  let parentStack: number[] = [];
  for (let i = 0; i < records.length; i++) {
    const rec = records[i];
    if (!rec) continue;
    if (rec.kind === 'section') {
      parentStack = [];
      continue;
    }
    if (rec.kind !== 'task' || !rec.ordinal) continue;
    const depth = depthOf(rec.ordinal);
    while (parentStack.length > 0 && depthOf(records[parentStack[parentStack.length - 1] ?? -1]?.ordinal) >= depth) parentStack.pop();
    const parent = parentStack[parentStack.length - 1];
    if (parent !== undefined) {
      const p = records[parent];
      if (p && p.kind !== 'group') {
        p.kind = 'group';
        kinds[p.row - top] = 'group';
      }
      rec.parent = parent;
    }
    parentStack.push(i);
  }
}

function depthOf(o: Ordinal | undefined): number {
  return o ? ordinalDepth(o) : 99;
}
