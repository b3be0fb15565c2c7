import fc from 'fast-check';
import type { Deadline } from '../../../src/core/deadline/types';
import type { TaskProgress } from '../../../src/core/summary/progress';
import { CLASSES, classify, daysBetween, isoDays } from '../../../src/core/summary/timeliness';

const TODAY = '2026-09-20';
const at = (due: string): Deadline => ({ kind: 'date', text: due, due });
const p = (state: TaskProgress['state'], extra: Partial<TaskProgress> = {}): TaskProgress => ({ state, statusText: '', ...extra });

describe('classify', () => {
  test.each([
    // done: by completion date against the due date
    [p('done', { completion: '2026-06-10' }), at('2026-06-15'), 'done_on_time'],
    [p('done', { completion: '2026-06-15' }), at('2026-06-15'), 'done_on_time'],
    [p('done', { completion: '2026-06-16' }), at('2026-06-15'), 'done_late'],
    [p('done'), at('2026-06-15'), 'done_on_time'],
    [p('done', { late: true }), at('2026-06-15'), 'done_late'],
    [p('done', { late: true, completion: '2026-06-01' }), at('2026-06-15'), 'done_on_time'],
    [p('done', { completion: '2026-06-01' }), { kind: 'recurring', text: 'Thường xuyên' }, 'done_on_time'],
    // not done
    [p('in_progress'), { kind: 'recurring', text: 'Hằng quý' }, 'recurring'],
    [p('not_started'), { kind: 'conditional', text: 'Theo kế hoạch' }, 'undated'],
    [p('untracked'), { kind: 'empty', text: '' }, 'undated'],
    [p('in_progress'), { kind: 'invalid', text: '31/02/2026' }, 'undated'],
    [p('in_progress'), at('2026-09-19'), 'overdue'],
    [p('paused'), at('2026-09-19'), 'overdue'],
    [p('in_progress'), at('2026-09-20'), 'due_soon'],
    [p('not_started'), at('2026-10-05'), 'due_soon'],
    [p('not_started'), at('2026-10-06'), 'not_due'],
    [p('in_progress'), at('2026-10-06'), 'in_progress'],
    [p('paused'), at('2026-10-06'), 'in_progress'],
    [p('unreported'), at('2026-10-06'), 'not_due'],
    [p('unknown'), at('2026-10-06'), 'not_due'],
    [p('unknown'), at('2026-09-01'), 'overdue'],
    // no status column at all: from the deadline alone
    [p('untracked'), at('2026-09-01'), 'overdue'],
    [p('untracked'), at('2026-09-30'), 'due_soon'],
    [p('untracked'), { kind: 'quarter', text: 'Quý IV/2026', start: '2026-10-01', due: '2026-12-31' }, 'not_due'],
  ] as const)('%o, %o → %s', (progress, deadline, cls) => {
    expect(classify(progress, deadline as Deadline, TODAY)).toBe(cls);
  });

  test('the due-soon window is configurable', () => {
    expect(classify(p('not_started'), at('2026-09-25'), TODAY, 3)).toBe('not_due');
    expect(classify(p('not_started'), at('2026-09-23'), TODAY, 3)).toBe('due_soon');
    expect(classify(p('not_started'), at('2026-09-20'), TODAY, 0)).toBe('due_soon');
  });

  const iso = fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2032-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
  const state = fc.constantFrom<TaskProgress['state']>('not_started', 'in_progress', 'done', 'paused', 'unreported', 'unknown', 'untracked');
  const deadline = fc.oneof(
    iso.map(at),
    fc.constant<Deadline>({ kind: 'recurring', text: 'Thường xuyên' }),
    fc.constant<Deadline>({ kind: 'empty', text: '' }),
    fc.tuple(iso, iso).map(([a, b]): Deadline => ({ kind: 'month', text: '', start: a < b ? a : b, due: a < b ? b : a })),
  );

  test('property: exactly one known class; done never counts as late work pending; not done is never "done_*"', () => {
    fc.assert(fc.property(state, deadline, iso, fc.option(iso, { nil: undefined }), fc.nat(60), (s, d, today, completion, soon) => {
      const cls = classify(p(s, completion ? { completion } : {}), d, today, soon);
      expect(CLASSES).toContain(cls);
      if (s === 'done') expect(cls.startsWith('done_')).toBe(true);
      else expect(cls.startsWith('done_')).toBe(false);
      if (s !== 'done' && d.due && d.kind !== 'recurring') {
        const left = daysBetween(today, d.due);
        expect(cls === 'overdue').toBe(left < 0);
        expect(cls === 'due_soon').toBe(left >= 0 && left <= soon);
      }
    }));
  });

  test('property: isoDays agrees with Date.UTC', () => {
    fc.assert(fc.property(iso, (d) => {
      expect(isoDays(d)).toBe(Date.parse(`${d}T00:00:00Z`) / 86_400_000);
    }));
  });
});
