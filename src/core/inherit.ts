/** What a row leaves empty and the rows around it supply: a group's or section's lead and deadline, a task's sub-rows. */
import type { AgencyMatch } from './agency/types';
import type { AnalyzedTable, TaskView } from './analyze';
import type { Deadline } from './deadline/types';

type Role = 'lead' | 'deadline';
type Source = { view: TaskView; from: number | 'parts' };

const own = (v: TaskView, role: Role) => Boolean(v.record.text[role]);

/** The view's own or inherited value for the role, with where it came from; undefined when it has none. */
function effective(v: TaskView, role: Role): Source | undefined {
  if (own(v, role)) return { view: v, from: v.index };
  const from = v.inherited?.[role];
  return from === undefined ? undefined : { view: v, from };
}

/** The nearest row above that holds the role: the task of a sub-row, then enclosing groups, then the section. */
function above(v: TaskView, role: Role, t: AnalyzedTable, byIndex: Map<number, TaskView>): Source | undefined {
  const { records } = t.table;
  for (let p = v.record.parent; p !== undefined; p = records[p]?.parent) {
    const up = byIndex.get(p);
    const found = up && effective(up, role);
    if (found) return found;
  }
  const section = byIndex.get(v.record.section);
  return section && own(section, role) ? { view: section, from: section.index } : undefined;
}

function take(v: TaskView, role: Role, src: Source): void {
  v.inherited = { ...v.inherited, [role]: src.from };
  if (role === 'lead') v.leads = src.view.leads;
  else v.deadline = src.view.deadline;
}

/** The latest-due deadline of the parts (a task is done when all of them are), or the first when none has a due date. */
function latest(parts: readonly TaskView[]): Deadline | undefined {
  let best: Deadline | undefined;
  for (const p of parts) if (p.deadline.due && (!best?.due || p.deadline.due > best.due)) best = p.deadline;
  return best ?? parts[0]?.deadline;
}

function takeFromParts(task: TaskView, parts: TaskView[]): void {
  task.parts = parts;
  if (!effective(task, 'lead')) {
    const leads: AgencyMatch[] = [];
    for (const p of parts) for (const m of p.leads) if (!leads.some((l) => l.text === m.text)) leads.push(m);
    task.leads = leads;
    task.inherited = { ...task.inherited, lead: 'parts' };
  }
  const dated = parts.every((p) => effective(p, 'deadline'));
  const deadline = dated ? latest(parts) : undefined;
  if (!effective(task, 'deadline') && deadline) {
    task.deadline = deadline;
    task.inherited = { ...task.inherited, deadline: 'parts' };
  }
}

/**
 * Fills, in place, the lead and deadline a task or sub-row leaves empty: "1. Tuyên truyền …, cụ thể:" with its lead
 * and deadline holds for the "-" rows under it; a task split into sub-rows per agency takes its leads (and, when every
 * part has one, its latest deadline) from them. Issues about an inherited cell stay on the row that holds it.
 */
export function inheritDown(t: AnalyzedTable): void {
  const byIndex = new Map<number, TaskView>();
  for (const views of [t.carriers, t.tasks]) for (const v of views) byIndex.set(v.index, v);
  for (const views of [t.tasks, t.subs]) {
    for (const v of views) {
      if (v.record.text.lead && v.record.text.deadline) continue;
      for (const role of ['lead', 'deadline'] as const) {
        if (own(v, role)) continue;
        const src = above(v, role, t, byIndex);
        if (src) take(v, role, src);
      }
    }
  }
  const parts = new Map<number, TaskView[]>();
  for (const s of t.subs) {
    const p = s.record.parent;
    if (p === undefined || byIndex.get(p)?.record.kind !== 'task') continue;
    const list = parts.get(p);
    if (list) list.push(s);
    else parts.set(p, [s]);
  }
  for (const [index, list] of parts) takeFromParts(byIndex.get(index) as TaskView, list);
}

/** Whether the view has, of its own or inherited, a value for the role (effective() without building its answer: a hot path). */
export function hasValue(v: TaskView, role: Role): boolean {
  return own(v, role) || v.inherited?.[role] !== undefined;
}

/** The group and section rows whose value for the role some task or sub-row inherits: their cells are checked once, there. */
export function inheritedFrom(t: AnalyzedTable, role: Role): TaskView[] {
  const used = new Set<number>();
  for (const views of [t.tasks, t.subs]) {
    for (const v of views) {
      const from = v.inherited?.[role];
      if (typeof from === 'number') used.add(from);
    }
  }
  return t.carriers.filter((c) => used.has(c.index));
}
