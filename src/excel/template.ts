/**
 * Use case "Mẫu": a new sheet with the standard annex layout — title block, the six standard columns, header style,
 * widths, wrap, borders, Times New Roman — plus a drop-down of agency names on the lead and support columns
 * (data validation, ExcelApi 1.8, over a list kept on a hidden tool sheet) and an input hint on the deadline column.
 * Without ExcelApi 1.8 the list sheet stays visible, as a plain list to copy names from.
 */
import { DEFAULT_DIRECTORY } from '../core/agency/directory';
import { quoteSheet } from './address';
import { putSettings, SETTING_KEYS } from './office-env';
import { detectFeatures, type FeatureSet } from './requirements';
import { distinctNames, readSettings } from './settings-store';
import { queueMarks, queueScan, toolSheetRecord, uniqueSheetName } from './tool-sheets';

export const TEMPLATE_HEADERS = ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành', 'Sản phẩm'] as const;
/** Column widths in points. */
const WIDTHS = [38, 300, 130, 150, 105, 150];
export const TEMPLATE_SHEET = 'Mẫu phụ lục';
export const LIST_SHEET = 'DS cơ quan';
export const HEADER_ROW = 5;
/** Empty bordered task rows under the header; drop-downs reach further, for rows the user adds. */
const BODY_ROWS = 20;
const VALIDATION_ROWS = 1000;
const DEADLINE_HINT =
  'Ghi ngày (30/06/2026), tháng (Tháng 6/2026), quý (Quý II/2026), năm (Năm 2026), hoặc "Thường xuyên", "Hằng năm".';

export function agencyList(extra: readonly string[]): string[] {
  return distinctNames([...DEFAULT_DIRECTORY.agencies.map((a) => a.name), ...extra], 2000);
}

function titleBlock(year: number): string[] {
  return [
    'PHỤ LỤC',
    `DANH MỤC NHIỆM VỤ TRIỂN KHAI THỰC HIỆN KẾ HOẠCH NĂM ${year}`,
    `(Kèm theo Kế hoạch số      /KH-UBND ngày      tháng      năm ${year} của Ủy ban nhân dân tỉnh)`,
  ];
}

function queueTemplate(ws: Excel.Worksheet, year: number): void {
  const last = HEADER_ROW + BODY_ROWS;
  const all = ws.getRange(`A1:F${last}`);
  all.format.font.name = 'Times New Roman';
  all.format.font.size = 12;
  WIDTHS.forEach((w, j) => (ws.getRange(`${'ABCDEF'[j]}:${'ABCDEF'[j]}`).format.columnWidth = w));
  titleBlock(year).forEach((text, i) => {
    const row = ws.getRange(`A${i + 1}:F${i + 1}`);
    ws.getRange(`A${i + 1}`).values = [[text]];
    row.merge(false);
    row.format.horizontalAlignment = 'Center';
    row.format.wrapText = true;
    row.format.font.bold = i < 2;
    row.format.font.italic = i === 2;
    row.format.font.size = i === 1 ? 14 : 13;
  });
  const header = ws.getRange(`A${HEADER_ROW}:F${HEADER_ROW}`);
  header.values = [[...TEMPLATE_HEADERS]];
  header.format.font.bold = true;
  header.format.fill.color = '#DDE7F3';
  header.format.horizontalAlignment = 'Center';
  header.format.verticalAlignment = 'Center';
  header.format.wrapText = true;
  header.format.rowHeight = 36;
  const body = ws.getRange(`A${HEADER_ROW + 1}:F${last}`);
  body.format.wrapText = true;
  body.format.verticalAlignment = 'Top';
  // Text as typed: "1.1" stays a number label, "6/2026" is not turned into a date.
  ws.getRange(`A${HEADER_ROW + 1}:A${last}`).numberFormat = Array.from({ length: BODY_ROWS }, () => ['@']);
  ws.getRange(`E${HEADER_ROW + 1}:E${last}`).numberFormat = Array.from({ length: BODY_ROWS }, () => ['@']);
  ws.getRange(`A${HEADER_ROW + 1}:A${last}`).format.horizontalAlignment = 'Center';
  const grid = ws.getRange(`A${HEADER_ROW}:F${last}`);
  for (const edge of ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal', 'InsideVertical'] as const) {
    const b = grid.format.borders.getItem(edge);
    b.style = 'Continuous';
    b.color = '#000000';
  }
}

function queueValidation(ws: Excel.Worksheet, listSheet: string, count: number): void {
  const source = `=${quoteSheet(listSheet)}!$A$2:$A$${count + 1}`;
  const first = HEADER_ROW + 1;
  const lastRow = HEADER_ROW + VALIDATION_ROWS;
  const lead = ws.getRange(`C${first}:C${lastRow}`).dataValidation;
  lead.rule = { list: { inCellDropDown: true, source } };
  lead.errorAlert = { showAlert: true, style: 'Warning', title: 'Cơ quan chủ trì', message: 'Tên này không có trong danh mục cơ quan. Vẫn giữ?' };
  const support = ws.getRange(`D${first}:D${lastRow}`).dataValidation;
  support.rule = { list: { inCellDropDown: true, source } };
  // Several agencies per cell are normal here: no alert.
  support.errorAlert = { showAlert: false, style: 'Information', title: '', message: '' };
  const deadline = ws.getRange(`E${first}:E${lastRow}`).dataValidation;
  deadline.prompt = { showPrompt: true, title: 'Thời gian hoàn thành', message: DEADLINE_HINT };
}

export async function insertTemplateSheet(now: () => Date): Promise<string> {
  const settings = readSettings();
  const features: FeatureSet = detectFeatures();
  const year = settings.planYear ?? now().getFullYear();
  const names = agencyList(settings.extraAgencies);
  const out = await Excel.run(async (ctx) => {
    const scanned = queueScan(ctx);
    await ctx.sync();
    const scan = scanned();
    const name = uniqueSheetName(TEMPLATE_SHEET, scan.sheets.map((s) => s.name));
    const oldList = scan.sheets.find((s) => scan.tool.get(s.id) === 'list');
    const listName = oldList?.name ?? uniqueSheetName(LIST_SHEET, [...scan.sheets.map((s) => s.name), name]);
    const ws = ctx.workbook.worksheets.add(name);
    const list = oldList ? ctx.workbook.worksheets.getItem(oldList.id) : ctx.workbook.worksheets.add(listName);
    if (oldList) list.getRange('A:A').clear('Contents');
    list.getRange(`A1:A${names.length + 1}`).values = [['Danh sách cơ quan (Trợ lý Phụ lục)'], ...names.map((n) => [n])];
    list.getRange('A:A').format.columnWidth = 320;
    queueTemplate(ws, year);
    if (features.dataValidation) {
      queueValidation(ws, listName, names.length);
      list.visibility = 'Hidden';
    } else if (oldList) list.visibility = 'Visible';
    if (!oldList) queueMarks(ctx, features, scan, [{ ws: list, kind: 'list' }]);
    ws.activate();
    ws.getRange(`A${HEADER_ROW + 1}`).select();
    list.load('id');
    await ctx.sync();
    return { name, listId: list.id, scan, isNew: !oldList };
  });
  if (out.isNew) await putSettings({ [SETTING_KEYS.toolSheets]: toolSheetRecord(out.scan, [{ id: out.listId, kind: 'list' }], new Set()) });
  return out.name;
}
