/**
 * Office.js for one summary sheet, as steps with an estimated request size so the caller can pack them into
 * requests under the payload limit. Content steps (values, formats, the Excel table) come first; extras (frozen
 * header, print setup, chart) run in their own request, so a host that refuses one of them loses no data.
 */
import { columnLetter } from '../core/grid';
import { linkFormula, type SheetLayout, type TablePart, bodyValues, BORDER_COLOR, FONT, HEADER_FILL, LINE_FONT, LINK_COLOR, NUMBER_FORMAT, totalsValues, TOTAL_FILL, valuesBytes } from './summary-layout';
import type { FeatureSet } from './requirements';

export interface Step {
  bytes: number;
  run(): void;
}

/** Rows per values request piece: keeps one step well under a request. */
const CHUNK_BYTES = 1_000_000;
const BORDERS = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal', 'InsideVertical'] as const;

export interface SheetHandle {
  ws?: Excel.Worksheet;
}

function sheet(h: SheetHandle): Excel.Worksheet {
  if (!h.ws) throw new Error('summary sheet not created yet');
  return h.ws;
}

function rowAddress(layout: SheetLayout, top: number, bottom = top): string {
  return `A${top}:${columnLetter(layout.span - 1)}${bottom}`;
}

function createStep(ctx: Excel.RequestContext, h: SheetHandle, layout: SheetLayout): Step {
  return {
    bytes: 2000 + layout.lines.reduce((n, l) => n + l.text.length * 3 + 600, 0),
    run: () => {
      const ws = (h.ws = ctx.workbook.worksheets.add(layout.name));
      layout.widths.forEach((w, j) => (ws.getRange(`${columnLetter(j)}:${columnLetter(j)}`).format.columnWidth = w));
      const all = ws.getRange(rowAddress(layout, 1, Math.max(1, layout.lastRow)));
      all.format.font.name = FONT;
      all.format.font.size = 12;
      for (const line of layout.lines) {
        const f = LINE_FONT[line.kind];
        const cell = ws.getRange(`A${line.row}`);
        cell.numberFormat = [['@']];
        cell.values = [[line.text]];
        const row = ws.getRange(rowAddress(layout, line.row));
        if (layout.span > 1) row.merge(false);
        row.format.font.size = f.size;
        row.format.font.bold = f.bold === true;
        row.format.font.italic = f.italic === true;
        row.format.horizontalAlignment = f.align;
        row.format.verticalAlignment = 'Center';
        row.format.wrapText = true;
        row.format.rowHeight = line.height;
      }
    },
  };
}

function valueSteps(h: SheetHandle, layout: SheetLayout, part: TablePart): Step[] {
  const cols = layout.spec.columns;
  const formats = cols.map((c) => NUMBER_FORMAT[c.kind]);
  const body = bodyValues(layout, part);
  const steps: Step[] = [{
    bytes: 500 + valuesBytes([cols.map((c) => c.header)]),
    run: () => {
      const header = sheet(h).getRange(rowAddress(layout, part.header));
      header.numberFormat = [cols.map(() => '@')];
      header.values = [cols.map((c) => c.header)];
    },
  }];
  const perRow = Math.max(1, valuesBytes(body) / Math.max(1, body.length));
  const rows = Math.max(1, Math.floor(CHUNK_BYTES / perRow));
  for (let i = 0; i < body.length; i += rows) {
    const chunk = body.slice(i, i + rows);
    const top = part.first + i;
    const links = layout.spec.linkColumn === undefined ? undefined : part.block.rows.slice(i, i + rows).map((r) => r.link);
    steps.push({
      bytes: 500 + valuesBytes(chunk) * 1.2,
      run: () => {
        const range = sheet(h).getRange(rowAddress(layout, top, top + chunk.length - 1));
        range.numberFormat = chunk.map(() => formats);
        range.values = chunk;
        const lc = layout.spec.linkColumn;
        if (links && lc !== undefined && links.every((l) => l)) {
          const col = columnLetter(lc);
          sheet(h).getRange(`${col}${top}:${col}${top + chunk.length - 1}`).formulas = links.map((l) => [linkFormula(l as NonNullable<typeof l>)]);
        }
      },
    });
  }
  const totals = totalsValues(layout, part);
  steps.push({
    bytes: 500 + valuesBytes([totals]),
    run: () => {
      const range = sheet(h).getRange(rowAddress(layout, part.totals));
      range.numberFormat = [cols.map((c) => (c.total === 'label' ? '@' : NUMBER_FORMAT[c.kind]))];
      range.values = [totals];
    },
  });
  return steps;
}

function tableStep(h: SheetHandle, layout: SheetLayout, part: TablePart): Step {
  const cols = layout.spec.columns;
  return {
    bytes: 3000 + cols.length * 400,
    run: () => {
      const ws = sheet(h);
      const table = ws.tables.add(rowAddress(layout, part.header, part.last), true);
      table.name = part.name;
      table.style = 'TableStyleLight1';
      const header = ws.getRange(rowAddress(layout, part.header));
      header.format.font.bold = true;
      header.format.fill.color = HEADER_FILL;
      header.format.horizontalAlignment = 'Center';
      header.format.verticalAlignment = 'Center';
      header.format.wrapText = true;
      cols.forEach((c, j) => {
        const body = ws.getRange(`${columnLetter(j)}${part.first}:${columnLetter(j)}${part.last}`);
        body.format.verticalAlignment = 'Top';
        body.format.horizontalAlignment = c.align === 'center' ? 'Center' : 'Left';
        body.format.wrapText = c.wrap;
        if (j === layout.spec.linkColumn) {
          body.format.font.color = LINK_COLOR;
          body.format.font.underline = 'Single';
        }
      });
      const totals = ws.getRange(rowAddress(layout, part.totals));
      totals.format.font.bold = true;
      totals.format.fill.color = TOTAL_FILL;
      const all = ws.getRange(rowAddress(layout, part.header, part.totals));
      for (const edge of BORDERS) {
        const b = all.format.borders.getItem(edge);
        b.style = 'Continuous';
        b.color = BORDER_COLOR;
      }
      totals.format.borders.getItem('EdgeTop').style = 'Double';
      const longest = Math.max(...cols.map((c) => Math.ceil(c.header.length / Math.max(4, c.width * 1.2 - 1))));
      header.format.rowHeight = Math.max(1, longest) * 16.5 + 2;
      ws.getRange(rowAddress(layout, part.first, part.last)).format.autofitRows();
    },
  };
}

export function contentSteps(ctx: Excel.RequestContext, h: SheetHandle, layout: SheetLayout): Step[] {
  return [createStep(ctx, h, layout), ...layout.tables.flatMap((p) => [...valueSteps(h, layout, p), tableStep(h, layout, p)])];
}

/** Frozen header (1.7), gridlines off (1.8), A4 landscape fit to width with print titles (1.9), chart by agency. */
export function queueExtras(h: SheetHandle, layout: SheetLayout, features: FeatureSet, chartTitle?: string): void {
  const ws = sheet(h);
  if (features.freezePanes && layout.firstHeader) ws.freezePanes.freezeRows(layout.firstHeader);
  if (features.tabColor) ws.tabColor = '#2F5597';
  if (features.gridlines) ws.showGridlines = false;
  if (features.pageLayout) {
    ws.pageLayout.orientation = 'Landscape';
    ws.pageLayout.paperSize = 'A4';
    ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    ws.pageLayout.centerHorizontally = true;
    if (layout.firstHeader) ws.pageLayout.setPrintTitleRows(`$${layout.firstHeader}:$${layout.firstHeader}`);
  }
  const part = layout.tables[0];
  if (chartTitle && part && layout.span >= 3) {
    const chart = ws.charts.add('BarClustered', ws.getRange(`B${part.header}:C${part.last}`), 'Columns');
    chart.title.text = chartTitle;
    chart.legend.visible = false;
    const top = layout.lastRow + 2;
    chart.setPosition(`A${top}`, `${columnLetter(layout.span - 1)}${top + Math.min(40, Math.max(14, part.block.rows.length + 4))}`);
  }
}
