/**
 * The summary workbook: the input package as it is, with the summary sheets (laid out from the core's SheetSpecs)
 * spliced in. The input's own parts are copied byte for byte; sheets this tool wrote earlier are listed in a hidden
 * workbook name, so a re-run replaces them and nothing else.
 *
 * A package the splice does not understand (ZIP64, strict OOXML, no styles …) is first re-written by exceljs from
 * the workbook already read, and the sheets are spliced into that.
 */
import type ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import type { SheetSpec } from '../core/summary/sheet-spec';
import { freeSheetName } from '../core/summary/sheet-spec';
import { summarySheetXml } from './summary-sheet-xml';
import { MARK_NAME, toolSheetNames } from './tool-sheets';
import { XlsxPackage } from './splice';

export { MARK_NAME, toolSheetNames };
export { loadWorkbook, type LoadResult } from './xlsx-read';

/**
 * The package `input` with the sheets `toolSheets` removed and `specs` added (names made unique against the sheets
 * kept) and marked. Throws (SpliceUnsupported, mostly) when the package is not one it can edit.
 */
export function spliceSummary(input: Buffer, toolSheets: readonly string[], specs: readonly SheetSpec[], when?: Date): { data: Buffer; sheets: string[] } {
  const pkg = new XlsxPackage(input);
  pkg.removeSheets(toolSheets);
  const taken = new Set(pkg.sheetNames());
  const usedTables = pkg.takenTableNames();
  const ctx = { xf: pkg.styles.xf.bind(pkg.styles), date1904: pkg.date1904 };
  const sheets: string[] = [];
  for (const spec of specs) {
    const name = freeSheetName(spec.name, taken);
    taken.add(name);
    const tableName = (i: number) => {
      let n = `TH_${spec.key}_${i + 1}`;
      for (let k = 2; usedTables.has(n.toLowerCase()); k++) n = `TH_${spec.key}_${i + 1}_${k}`;
      usedTables.add(n.toLowerCase());
      return n;
    };
    const sheet = summarySheetXml(spec, ctx, tableName);
    pkg.addSheet({ name, xml: sheet.xml, tables: sheet.tables, ...(sheet.printTitles ? { printTitles: sheet.printTitles } : {}) });
    sheets.push(name);
  }
  pkg.setMark(MARK_NAME, sheets);
  return { data: pkg.toBuffer(when), sheets };
}

/** exceljs's own serialisation of a workbook it read (the fallback's starting point). */
async function rewritten(wb: ExcelJS.Workbook): Promise<Buffer> {
  // exceljs reads a missing firstPageNumber as 1 and would write useFirstPageNumber="1": keep automatic numbering.
  for (const ws of wb.worksheets) {
    const setup = ws.pageSetup as Partial<ExcelJS.PageSetup> & { useFirstPageNumber?: boolean };
    if (setup.useFirstPageNumber === false) delete setup.firstPageNumber;
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export interface SummaryWorkbook {
  data: Buffer;
  /** Names of the summary sheets, in order. */
  sheets: string[];
  /** 'spliced': the input's parts kept byte for byte; 'rewritten': the input went through exceljs first. */
  route: 'spliced' | 'rewritten';
}

/** The output workbook's bytes: `input` (already read into `wb`, whose tool sheets are `toolSheets`) plus `specs`. */
export async function summaryWorkbook(input: string, wb: ExcelJS.Workbook, toolSheets: readonly string[], specs: readonly SheetSpec[]): Promise<SummaryWorkbook> {
  try {
    return { ...spliceSummary(await readFile(input), toolSheets, specs), route: 'spliced' };
  } catch {
    // SpliceUnsupported, or a part malformed in a way exceljs forgave when reading: go through exceljs.
  }
  return { ...spliceSummary(await rewritten(wb), toolSheets, specs), route: 'rewritten' };
}
