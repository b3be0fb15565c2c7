/** Which sheets of a workbook this tool wrote: a hidden workbook name lists cell A1 of each. */
import type ExcelJS from 'exceljs';

export const MARK_NAME = 'AnnexAssistant.SummarySheets';

const sheetOfRange = (range: string): string => {
  const at = range.lastIndexOf('!');
  const s = range.slice(0, at);
  return s.startsWith("'") ? s.slice(1, -1).replace(/''/g, "'") : s;
};

export function toolSheetNames(wb: ExcelJS.Workbook): string[] {
  const mark = wb.definedNames.model.find((n) => n.name === MARK_NAME);
  const names = new Set(wb.worksheets.map((ws) => ws.name));
  return (mark?.ranges ?? []).map(sheetOfRange).filter((s) => names.has(s));
}
