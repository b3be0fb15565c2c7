/** How a table numbers its tasks: the STT column's use across the whole body. */
import type { ColumnMap, HeaderContext } from './header';
import { isSectionOrdinal } from './numbering';

/** Whether the STT column numbers tasks at all (some tables number only their sections, or nothing). */
export function numbersTasks(ctx: HeaderContext, numCol: number | undefined, from: number, to: number): boolean {
  if (numCol === undefined) return false;
  for (let r = from; r < to; r++) {
    const o = ctx.texts.ordinalAt(r, numCol);
    if (o && !isSectionOrdinal(o)) return true;
  }
  return false;
}

/** "- Tuyên truyền trên báo", or a heading that announces items: "Công tác tuyên truyền, cụ thể:". */
const ITEMS = /^\s*[-–+•*]|:\s*$/;

/**
 * Every row numbered like a section has a task and a lead or deadline, and no unnumbered row looks like a task or
 * an item of a list (those make the numbered rows sections over them).
 */
export function isFlatList(ctx: HeaderContext, columns: ColumnMap, from: number, to: number): boolean {
  const numCol = columns.number;
  if (numCol === undefined) return false;
  const task = (texts: readonly string[]) => (columns.task === undefined ? '' : (texts[columns.task] ?? ''));
  let rows = 0;
  for (let r = from; r < to; r++) {
    const texts = ctx.texts.of(r);
    const o = ctx.texts.ordinalAt(r, numCol);
    if (o && isSectionOrdinal(o)) {
      if (!isTaskLike(texts, columns) || ITEMS.test(task(texts))) return false;
      rows++;
    } else if (!texts[numCol] && (isTaskLike(texts, columns) || ITEMS.test(task(texts)))) return false;
  }
  return rows >= 2;
}

/** Task text and a lead or deadline beside it. */
export function isTaskLike(texts: readonly string[], columns: ColumnMap): boolean {
  const at = (c: number | undefined) => (c === undefined ? '' : (texts[c] ?? ''));
  return at(columns.task) !== '' && (at(columns.lead) !== '' || at(columns.deadline) !== '');
}
