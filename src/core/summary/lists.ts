/** The task lists: overdue, due soon, and tasks without a lead or a usable deadline. */
import type { Deadline } from '../deadline/types';
import { hasValue } from '../inherit';
import { readable } from '../text/readable';
import { type TaskEntry, leadName, leadsOf } from './entry';
import type { ListItem, MissingItem } from './report';
import { daysBetween } from './timeliness';

export const TASK_TEXT_MAX = 160;

/** First `max` characters, cut at a word boundary, with "…"; leading list dashes dropped. */
export function shorten(text: string, max: number = TASK_TEXT_MAX): string {
  const flat = readable(text).replace(/\s+/g, ' ').replace(/^[-–—+•*]\s*/, '').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

function dmy(iso: string): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

// What a date cell or a serial number reads as before its format is applied.
const FROM_A_DATE_CELL = /^\d+(?:\.\d+)?$|^\d{2}\/\d{2}\/\d{4}$|^\d{4}-\d{2}-\d{2}$/;

/** The deadline as written; a date cell as its format shows it: dd/mm/yyyy, "09/2026" (month format) or "2026". */
function deadlineText(e: TaskEntry): string {
  const d: Deadline = e.view.deadline;
  const written = e.view.record.text.deadline ?? d.text;
  if (FROM_A_DATE_CELL.test(written)) {
    if (d.kind === 'date' && d.due) return dmy(d.due);
    if (d.kind === 'month' || d.kind === 'year') return d.text;
  }
  return readable(written).replace(/\s+/g, ' ').trim();
}

export function listItem(e: TaskEntry, today: string): ListItem {
  const { view } = e;
  const names: string[] = [];
  for (const m of leadsOf(view)) {
    const n = leadName(m);
    if (!names.includes(n)) names.push(n);
  }
  const due = view.deadline.due ?? null;
  const days = due === null ? null : e.cls === 'overdue' ? daysBetween(due, today) : daysBetween(today, due);
  return {
    row: view.record.row + 1,
    number: view.record.numberText,
    task: shorten(view.record.text.task ?? ''),
    lead: names.join('; '),
    deadline: deadlineText(e),
    due,
    status: e.progress.statusText,
    state: e.progress.state,
    class: e.cls,
    section: e.section,
    days,
  };
}

const byDueThenRow = (a: ListItem, b: ListItem) => (a.due ?? '').localeCompare(b.due ?? '') || a.row - b.row;

export function overdueList(entries: readonly TaskEntry[], today: string): ListItem[] {
  return entries.filter((e) => e.cls === 'overdue').map((e) => listItem(e, today)).sort(byDueThenRow);
}

export function dueSoonList(entries: readonly TaskEntry[], today: string): ListItem[] {
  return entries.filter((e) => e.cls === 'due_soon').map((e) => listItem(e, today)).sort(byDueThenRow);
}

/** Same conditions as the validation rules missing-lead, missing-deadline, invalid-deadline, unrecognized-deadline. */
export function missingList(entries: readonly TaskEntry[], today: string, has: { lead: boolean; deadline: boolean }): MissingItem[] {
  const out: MissingItem[] = [];
  for (const e of entries) {
    const problems: MissingItem['problems'] = [];
    const { deadline } = e.view;
    if (has.lead && !hasValue(e.view, 'lead')) problems.push('missing-lead');
    if (has.deadline) {
      if (!hasValue(e.view, 'deadline')) problems.push('missing-deadline');
      else if (deadline.kind === 'invalid') problems.push('invalid-deadline');
      else if (deadline.kind === 'unrecognized') problems.push('unrecognized-deadline');
    }
    if (problems.length > 0) out.push({ ...listItem(e, today), problems });
  }
  return out;
}
