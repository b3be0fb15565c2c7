/** Progress summaries: status reading, timeliness classes, counts by agency/section/period, lists, sheet layouts. */
export { summarizeGrids, summarizeTable, isTaskTable, type SummaryOptions } from './summarize';
export { buildSummarySheets, planName } from './sheets';
export { fitWidth, freeSheetName, lineCount, textWidth } from './sheet-spec';
export type { BlockSpec, ColumnKind, ColumnSpec, LinkTarget, RowSpec, SheetSpec, SpecValue, TitleLine } from './sheet-spec';
export { SummaryReportSchema, type SummaryReport, type TableSummary, type Counts, type ListItem, type MissingItem } from './report';
export { CLASSES, DEFAULT_DUE_SOON_DAYS, classify, type TimelinessClass } from './timeliness';
export { parseStatus, parseProgress, isUnknownStatus, type StatusState } from './status';
export { summaryWords, type SheetKey } from './wording';
