/** Writes the generated annexes as .xlsx (exceljs streaming writer) into a cache folder; reuses them when present. */
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { GENERATOR_VERSION, type Manifest, type SheetRow, WIDTH, buildAnnex } from './model';

export interface Annex {
  file: string;
  manifest: Manifest;
}

const BORDER: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' },
};
const FONT: Partial<ExcelJS.Font> = { name: 'Times New Roman', size: 12 };
const COLUMN_WIDTHS = [6, 60, 24, 30, 18, 26];

function styleRow(row: ExcelJS.Row, sheetRow: SheetRow): void {
  const inTable = sheetRow.kind !== 'title' && sheetRow.kind !== 'blank';
  const bold = sheetRow.kind === 'title' || sheetRow.kind === 'header' || sheetRow.kind === 'section' || sheetRow.kind === 'group';
  for (let c = 1; c <= WIDTH; c++) {
    const cell = row.getCell(c);
    cell.font = bold ? { ...FONT, bold: true } : FONT;
    cell.alignment = { wrapText: true, vertical: 'middle', horizontal: c === 1 || sheetRow.kind === 'title' ? 'center' : 'left' };
    if (inTable) cell.border = BORDER;
  }
}

async function writeXlsx(path: string, rows: readonly SheetRow[]): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true, useStyles: true });
  wb.creator = 'annex-assistant bench';
  const ws = wb.addWorksheet('Phụ lục I', { pageSetup: { orientation: 'landscape', paperSize: 9 } });
  ws.columns = COLUMN_WIDTHS.map((width) => ({ width }));
  rows.forEach((sheetRow, i) => {
    const r = i + 1;
    const row = ws.getRow(r);
    sheetRow.cells.forEach((v, c) => {
      if (v === null || v === undefined) return;
      const cell = row.getCell(c + 1);
      cell.value = v;
      if (v instanceof Date) cell.numFmt = 'dd/mm/yyyy';
    });
    styleRow(row, sheetRow);
    if (sheetRow.mergeFrom !== undefined) ws.mergeCells(r, sheetRow.mergeFrom, r, WIDTH);
    row.commit();
  });
  await ws.commit();
  await wb.commit();
}

/** The annex of `tasks` tasks in `dir`, generated on first use. */
export async function ensureAnnex(dir: string, tasks: number, log: (s: string) => void): Promise<Annex> {
  const base = join(dir, `annex-v${GENERATOR_VERSION}-${tasks}`);
  const file = `${base}.xlsx`;
  const manifestFile = `${base}.json`;
  if (existsSync(file) && existsSync(manifestFile)) {
    return { file, manifest: JSON.parse(await readFile(manifestFile, 'utf8')) as Manifest };
  }
  await mkdir(dir, { recursive: true });
  const t0 = performance.now();
  const { rows, manifest } = buildAnnex(tasks);
  await writeXlsx(`${file}.tmp`, rows);
  await writeFile(`${manifestFile}.tmp`, JSON.stringify(manifest));
  await rename(`${file}.tmp`, file);
  await rename(`${manifestFile}.tmp`, manifestFile);
  log(`generated ${file} (${rows.length} rows) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return { file, manifest };
}
