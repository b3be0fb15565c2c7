import type { InvalidReason } from '../deadline/types';
import type { MessageTable, RoleLabels } from './types';

export const ROLE_LABELS_EN: RoleLabels = {
  number: 'No.', task: 'Task', lead: 'Lead agency', support: 'Supporting agencies', deadline: 'Deadline',
  output: 'Output', area: 'Area/criterion', shortcoming: 'Shortcoming', executor: 'Executing agencies', unit: 'Unit',
  target: 'Target', directing: 'Directing leader', status: 'Status', progress: 'Progress (%)', completion: 'Completion date',
  report: 'Result reported', note: 'Note',
};

const REASON_EN: Record<InvalidReason, string> = {
  'day-out-of-range': 'no such day in that month',
  'month-out-of-range': 'no such month',
  'quarter-out-of-range': 'no such quarter',
  'half-out-of-range': 'no such half year',
  'year-out-of-range': 'no such year',
  'serial-out-of-range': 'Excel date serial outside the calendar',
  'not-a-date': 'not a date',
  'formula-error': 'formula error',
};

export const MESSAGES_EN: MessageTable = {
  'missing-column': (p) => ({
    message: `The table has no "${ROLE_LABELS_EN[p.role as keyof RoleLabels] ?? p.role}" column`,
    hint: 'Add the column to the header row, or rename its header (e.g. "Cơ quan chủ trì", "Thời gian hoàn thành").',
  }),
  'missing-task': () => ({ message: 'Numbered row without task text', hint: 'Enter the task, or remove the number if the row is not a task.' }),
  'missing-lead': () => ({ message: 'Task has no lead agency', hint: 'Name one accountable agency, e.g. "Sở Nội vụ".' }),
  'missing-deadline': () => ({ message: 'Task has no deadline', hint: 'Enter a deadline such as "31/12/2026", "Quý III/2026" or "Thường xuyên".' }),
  'invalid-deadline': (p) => ({ message: `Deadline "${p.text}" does not exist (${REASON_EN[p.reason]})`, hint: 'Correct the day, month or quarter.' }),
  'unrecognized-deadline': (p) => ({ message: `Deadline "${p.text}" is not understood`, hint: 'Use a usual form: "31/12/2026", "Tháng 6/2026", "Quý III/2026", "Trong năm 2026", "Thường xuyên".' }),
  'deadline-outside-plan': (p) => ({
    message: p.planDate && p.due < p.planDate ? `Deadline ${p.due} is before the plan's date (${p.planDate})` : `Deadline ${p.due} is outside ${p.lastYear ? `the plan period ${p.year}–${p.lastYear}` : `plan year ${p.year}`}`,
    hint: 'Check the year of the deadline, or set the plan year (--year).',
  }),
  'duplicate-number': (p) => ({ message: `Number "${p.number}" repeats row ${p.firstRow}`, hint: 'Renumber the tasks of this section.' }),
  'numbering-gap': (p) => ({ message: `Numbering skips: expected "${p.expected}", found "${p.found}"`, hint: 'Renumber consecutively, or add the missing task.' }),
  'repeated-header': () => ({ message: 'Header row repeated inside the table (PDF/Word conversion)', hint: 'The row can be deleted; use Print Titles to repeat headers on paper.' }),
  'multiple-leads': (p) => ({ message: `${p.count} lead agencies: ${p.agencies}`, hint: 'Give one lead agency; move the others to the supporting column.' }),
  'generic-lead': (p) => ({ message: `Lead agency is only a group: "${p.agency}"`, hint: 'Name the agency accountable for the task.' }),
  'outdated-agency': (p) => ({ message: `"${p.agency}" no longer exists since 1 July 2025`, hint: `Replace with "${p.successor}".` }),
  'lead-in-support': (p) => ({ message: `"${p.agency}" is both lead and supporting agency`, hint: 'Remove it from the supporting column.' }),
  'markup-in-cell': (p) => ({ message: `Cell contains leftover HTML "${p.tag}"`, hint: 'Remove the tags and keep the text.' }),
  'legacy-encoding': (p) => ({ message: `Cell uses legacy ${p.encoding === 'vni' ? 'VNI' : 'TCVN3 (ABC)'} encoding: "${p.decoded}"`, hint: 'Convert to Unicode (e.g. Unikey converter) and use Times New Roman.' }),
  'decomposed-unicode': (p) => ({
    message: p.cells > 1 ? `${p.cells} cells of the table use decomposed Unicode; this is the first` : 'Cell uses decomposed Unicode',
    hint: p.cells > 1
      ? 'Convert the whole file to precomposed Unicode (e.g. Unikey converter, from "Unicode tổ hợp" to "Unicode") so search and sort work.'
      : 'Convert to precomposed Unicode so search and sort work.',
  }),
  'unknown-status': (p) => ({ message: `Status "${p.text}" is not understood`, hint: 'Use "Chưa thực hiện", "Đang thực hiện", "Đã hoàn thành" or "Tạm dừng".' }),
};
