/** Words of the summary sheets, Vietnamese and English. */
import type { Lang } from '../messages';
import type { MissingItem } from './report';
import type { TimelinessClass } from './timeliness';

export type SheetKey = 'byLead' | 'bySection' | 'byPeriod' | 'overdue' | 'dueSoon' | 'missing';

export interface SummaryWords {
  sheet: Record<SheetKey, string>;
  heading: string;
  subject: Record<SheetKey, string>;
  asOf: (date: string) => string;
  source: (file: string, sheets: string[]) => string;
  caption: (sheet: string, headerRow: number, tasks: number) => string;
  cls: Record<TimelinessClass, string>;
  col: {
    no: string; agency: string; section: string; area: string; sectionOrArea: string; period: string; total: string; rate: string;
    number: string; task: string; lead: string; deadline: string; due: string; status: string;
    daysOver: string; daysLeft: string; problem: string; row: string;
  };
  quarter: (q: number, year: number) => string;
  wholeYear: (year: number) => string;
  recurring: string; undated: string; outside: (years: string) => string;
  generic: string; unknownAgency: string; noLead: string; noSection: string; formerMark: string;
  totalLabel: string; countLabel: string;
  empty: Record<SheetKey, string>;
  problem: Record<MissingItem['problems'][number], string>;
  notes: {
    rate: string; dueSoon: (n: number) => string; untracked: string; fromReport: (column: string) => string; multiLead: (rows: number, tasks: number) => string;
    former: (pairs: string) => string; unknownStatus: (rows: string) => string; onePeriod: string;
  };
}

const VI: SummaryWords = {
  sheet: { byLead: 'TH theo cơ quan', bySection: 'TH theo lĩnh vực', byPeriod: 'TH theo thời hạn', overdue: 'Quá hạn', dueSoon: 'Sắp đến hạn', missing: 'Thiếu thông tin' },
  heading: 'BÁO CÁO TỔNG HỢP TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ',
  subject: {
    byLead: 'THEO CƠ QUAN CHỦ TRÌ', bySection: 'THEO LĨNH VỰC', byPeriod: 'THEO THỜI HẠN',
    overdue: 'DANH SÁCH NHIỆM VỤ QUÁ HẠN', dueSoon: 'DANH SÁCH NHIỆM VỤ SẮP ĐẾN HẠN', missing: 'DANH SÁCH NHIỆM VỤ THIẾU CƠ QUAN CHỦ TRÌ HOẶC THỜI HẠN',
  },
  asOf: (d) => `Tính đến ngày ${d}`,
  source: (f, s) => `Nguồn: tệp ${f}, trang ${s.map((x) => `"${x}"`).join(', ')}`,
  caption: (s, h, n) => `Bảng trên trang "${s}" (tiêu đề dòng ${h}), ${n} nhiệm vụ`,
  cls: {
    done_on_time: 'Hoàn thành đúng hạn', done_late: 'Hoàn thành quá hạn', in_progress: 'Đang thực hiện trong hạn',
    due_soon: 'Sắp đến hạn', overdue: 'Quá hạn', not_due: 'Chưa đến hạn', recurring: 'Thường xuyên, định kỳ', undated: 'Chưa xác định hạn',
  },
  col: {
    no: 'STT', agency: 'Cơ quan chủ trì', section: 'Mục', area: 'Lĩnh vực', sectionOrArea: 'Mục, lĩnh vực', period: 'Thời hạn', total: 'Tổng số', rate: 'Tỷ lệ đúng hạn',
    number: 'Số TT', task: 'Nhiệm vụ', lead: 'Cơ quan chủ trì', deadline: 'Thời hạn', due: 'Hạn hoàn thành', status: 'Tình trạng',
    daysOver: 'Số ngày quá hạn', daysLeft: 'Còn lại (ngày)', problem: 'Thiếu sót', row: 'Dòng gốc',
  },
  quarter: (q, y) => `Quý ${['I', 'II', 'III', 'IV'][q - 1] ?? q}/${y}`,
  wholeYear: (y) => `Năm ${y}`,
  recurring: 'Thường xuyên, định kỳ', undated: 'Chưa xác định thời hạn', outside: (y) => (y.length > 4 ? `Ngoài giai đoạn ${y}` : `Ngoài năm ${y}`),
  generic: '(nhóm chung)', unknownAgency: '(chưa có trong danh mục)', noLead: '(Chưa có cơ quan chủ trì)', noSection: '(Không thuộc mục nào)', formerMark: '(*)',
  totalLabel: 'Tổng cộng', countLabel: 'Cộng',
  empty: {
    byLead: 'Không có nhiệm vụ.', bySection: 'Không có nhiệm vụ.', byPeriod: 'Không có nhiệm vụ.',
    overdue: 'Không có nhiệm vụ quá hạn.', dueSoon: 'Không có nhiệm vụ sắp đến hạn.', missing: 'Không có nhiệm vụ thiếu thông tin.',
  },
  problem: { 'missing-lead': 'Thiếu cơ quan chủ trì', 'missing-deadline': 'Thiếu thời hạn', 'invalid-deadline': 'Thời hạn không hợp lệ', 'unrecognized-deadline': 'Thời hạn không rõ' },
  notes: {
    rate: 'Tỷ lệ đúng hạn = số hoàn thành đúng hạn / (số đã hoàn thành + số quá hạn).',
    dueSoon: (n) => `Sắp đến hạn: chưa hoàn thành, đến hạn trong ${n} ngày kể từ ngày báo cáo.`,
    untracked: 'Bảng chưa có cột tình trạng thực hiện: nhiệm vụ được phân loại theo thời hạn.',
    fromReport: (c) => `Bảng không có cột tình trạng: tình trạng được đọc từ cột kết quả thực hiện (cột ${c}); ô ghi kết quả bằng lời được phân loại theo thời hạn.`,
    multiLead: (r, t) => `Nhiệm vụ có nhiều cơ quan chủ trì được tính cho từng cơ quan: tổng theo cơ quan là ${r}, số nhiệm vụ là ${t}.`,
    former: (p) => `(*) Gồm nhiệm vụ ghi tên cơ quan cũ (không còn từ 01/7/2025): ${p}.`,
    unknownStatus: (r) => `Tình trạng không đọc được ở dòng ${r}: các nhiệm vụ này được phân loại theo thời hạn.`,
    onePeriod: 'Mỗi nhiệm vụ được tính một lần, vào kỳ của hạn hoàn thành (tháng được gộp vào quý).',
  },
};

const EN: SummaryWords = {
  sheet: { byLead: 'By agency', bySection: 'By section', byPeriod: 'By period', overdue: 'Overdue', dueSoon: 'Due soon', missing: 'Missing info' },
  heading: 'TASK PROGRESS SUMMARY',
  subject: {
    byLead: 'BY LEAD AGENCY', bySection: 'BY SECTION', byPeriod: 'BY DUE PERIOD',
    overdue: 'OVERDUE TASKS', dueSoon: 'TASKS DUE SOON', missing: 'TASKS WITHOUT A LEAD AGENCY OR DEADLINE',
  },
  asOf: (d) => `As of ${d}`,
  source: (f, s) => `Source: file ${f}, sheet ${s.map((x) => `"${x}"`).join(', ')}`,
  caption: (s, h, n) => `Table on sheet "${s}" (header row ${h}), ${n} tasks`,
  cls: {
    done_on_time: 'Done on time', done_late: 'Done late', in_progress: 'In progress, on time',
    due_soon: 'Due soon', overdue: 'Overdue', not_due: 'Not yet due', recurring: 'Recurring', undated: 'No deadline',
  },
  col: {
    no: 'No.', agency: 'Lead agency', section: 'Section', area: 'Area', sectionOrArea: 'Section or area', period: 'Due period', total: 'Total', rate: 'On-time rate',
    number: 'Task no.', task: 'Task', lead: 'Lead agency', deadline: 'Deadline', due: 'Due date', status: 'Status',
    daysOver: 'Days overdue', daysLeft: 'Days left', problem: 'Problem', row: 'Source row',
  },
  quarter: (q, y) => `Q${q} ${y}`,
  wholeYear: (y) => `Year ${y}`,
  recurring: 'Recurring', undated: 'No usable deadline', outside: (y) => `Outside ${y}`,
  generic: '(group)', unknownAgency: '(not in directory)', noLead: '(No lead agency)', noSection: '(No section)', formerMark: '(*)',
  totalLabel: 'Total', countLabel: 'Count',
  empty: {
    byLead: 'No tasks.', bySection: 'No tasks.', byPeriod: 'No tasks.',
    overdue: 'No overdue tasks.', dueSoon: 'No tasks due soon.', missing: 'No task lacks a lead agency or deadline.',
  },
  problem: { 'missing-lead': 'No lead agency', 'missing-deadline': 'No deadline', 'invalid-deadline': 'Impossible deadline', 'unrecognized-deadline': 'Deadline not understood' },
  notes: {
    rate: 'On-time rate = done on time / (done + overdue).',
    dueSoon: (n) => `Due soon: not done, due within ${n} days of the report date.`,
    untracked: 'The table has no status column: tasks are classed by their deadline only.',
    fromReport: (c) => `The table has no status column: statuses are read from the results column (column ${c}); results written as prose are classed by their deadline.`,
    multiLead: (r, t) => `A task with several lead agencies counts for each: ${r} by agency, ${t} tasks.`,
    former: (p) => `(*) Includes tasks naming a former agency (abolished 1 July 2025): ${p}.`,
    unknownStatus: (r) => `Status not understood in row ${r}: these tasks are classed by their deadline.`,
    onePeriod: 'Each task counts once, in the period of its due date (months rolled into quarters).',
  },
};

export function summaryWords(lang: Lang): SummaryWords {
  return lang === 'en' ? EN : VI;
}
