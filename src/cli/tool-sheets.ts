/** Which sheets of a workbook this tool wrote: a hidden workbook name lists cell A1 of each. */
import type ExcelJS from 'exceljs';
import { SUMMARY_MARK } from '../core/summary/sheet-spec';

export const MARK_NAME = SUMMARY_MARK;

const sheetOfRange = (range: string): string => {
  const at = range.lastIndexOf('!');
  const s = range.slice(0, at);
  return s.startsWith("'") ? s.slice(1, -1).replace(/''/g, "'") : s;
};

/** Sheets listed by the command line's mark name, or by the add-in's per-sheet names (`${MARK_NAME}.<n>`). */
export function toolSheetNames(wb: ExcelJS.Workbook): string[] {
  const marks = wb.definedNames.model.filter((n) => n.name === MARK_NAME || n.name.startsWith(`${MARK_NAME}.`));
  const names = new Set(wb.worksheets.map((ws) => ws.name));
  return [...new Set(marks.flatMap((m) => m.ranges).map(sheetOfRange))].filter((s) => names.has(s));
}
