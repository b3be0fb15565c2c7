/** The simulated workbook's data: sheets of sparse cells with values, formats, fills; names; settings. */
import { type Area, contains, intersects } from './address';
import { SimError } from './errors';

export type Scalar = string | number | boolean;

export interface SimFill {
  color: string;
  pattern: string;
  patternColor?: string | null;
  tintAndShade?: number;
  patternTintAndShade?: number;
}

export interface SimFont {
  name: string;
  size: number;
  bold: boolean;
  italic: boolean;
  color: string;
  underline: string;
}

export interface SimBorder {
  style: string;
  weight: string;
  color: string;
}

export type Edge = 'top' | 'bottom' | 'left' | 'right';

export interface SimCell {
  value: Scalar;
  /** Set for error values ("#N/A"); `value` then holds the same text. */
  error?: boolean;
  formula?: string;
  numberFormat?: string;
  fill?: SimFill;
  font?: Partial<SimFont>;
  wrapText?: boolean;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  borders?: Partial<Record<Edge, SimBorder>>;
  hyperlink?: { address?: string; documentReference?: string; textToDisplay?: string; screenTip?: string };
}

export const DEFAULT_FONT: SimFont = { name: 'Calibri', size: 11, bold: false, italic: false, color: '#000000', underline: 'None' };
export const DEFAULT_COLUMN_WIDTH = 48;
export const DEFAULT_ROW_HEIGHT = 15;

export interface SimValidation {
  area: Area;
  rule: Record<string, unknown>;
  prompt?: { showPrompt: boolean; title: string; message: string };
  errorAlert?: { showAlert: boolean; style: string; title: string; message: string };
  ignoreBlanks?: boolean;
}

export interface SimTable {
  id: string;
  name: string;
  area: Area;
  hasHeaders: boolean;
  style: string;
  showTotals: boolean;
}

export interface SimChart {
  id: string;
  name: string;
  type: string;
  source: Area;
  seriesBy: string;
  title: string;
  position?: { start: string; end?: string };
  legend: { visible: boolean; position: string };
}

export interface SimPageLayout {
  orientation: string;
  paperSize: string;
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  printTitleRows?: string;
  centerHorizontally: boolean;
}

/** A note (one per cell) or a comment thread on a cell. */
export interface SimAnnotation {
  kind: 'note' | 'comment';
  id: string;
  row: number;
  col: number;
  content: string;
  author: string;
  /** Replies to a comment thread (their ids); notes have none. */
  replies?: string[];
}

let nextId = 1;
export function simId(prefix: string): string {
  return `{${prefix}-${String(nextId++).padStart(8, '0')}}`;
}

export class SimSheet {
  readonly id = simId('SHEET');
  visibility: 'Visible' | 'Hidden' | 'VeryHidden' = 'Visible';
  readonly rows = new Map<number, Map<number, SimCell>>();
  merges: Area[] = [];
  readonly hiddenRows = new Set<number>();
  readonly hiddenColumns = new Set<number>();
  readonly rowHeights = new Map<number, number>();
  readonly columnWidths = new Map<number, number>();
  frozenRows = 0;
  frozenColumns = 0;
  readonly tables: SimTable[] = [];
  readonly charts: SimChart[] = [];
  validations: SimValidation[] = [];
  readonly annotations: SimAnnotation[] = [];
  pageLayout: SimPageLayout = { orientation: 'Portrait', paperSize: 'Letter', zoom: { scale: 100 }, centerHorizontally: false };
  showGridlines = true;
  tabColor = '';

  constructor(public name: string) {}

  cell(r: number, c: number): SimCell | undefined {
    return this.rows.get(r)?.get(c);
  }

  /** The cell at (r, c), created empty if missing. */
  touch(r: number, c: number): SimCell {
    let row = this.rows.get(r);
    if (!row) this.rows.set(r, (row = new Map()));
    let cell = row.get(c);
    if (!cell) row.set(c, (cell = { value: '' }));
    return cell;
  }

  forEachCell(area: Area, fn: (cell: SimCell, r: number, c: number) => void): void {
    for (let r = area.top; r <= area.bottom; r++) for (let c = area.left; c <= area.right; c++) fn(this.touch(r, c), r, c);
  }

  /** Cells that exist within `area` (no empty cells are created: whole columns stay cheap). */
  forEachExisting(area: Area, fn: (cell: SimCell, r: number, c: number) => void): void {
    for (const [r, row] of this.rows) {
      if (r < area.top || r > area.bottom) continue;
      for (const [c, cell] of row) if (c >= area.left && c <= area.right) fn(cell, r, c);
    }
  }

  /** Smallest area holding every cell with a value (valuesOnly) or with any content or format; A1 when empty. */
  usedArea(valuesOnly: boolean): Area | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const [r, row] of this.rows) {
      for (const [c, cell] of row) {
        const used = valuesOnly ? cell.value !== '' : cell.value !== '' || Object.keys(cell).length > 1;
        if (!used) continue;
        top = Math.min(top, r);
        bottom = Math.max(bottom, r);
        left = Math.min(left, c);
        right = Math.max(right, c);
      }
    }
    if (!valuesOnly) {
      for (const m of this.merges) {
        top = Math.min(top, m.top);
        bottom = Math.max(bottom, m.bottom);
        left = Math.min(left, m.left);
        right = Math.max(right, m.right);
      }
    }
    return bottom < 0 ? null : { top, left, bottom, right };
  }

  mergeAt(r: number, c: number): Area | undefined {
    return this.merges.find((m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right);
  }

  addMerge(area: Area): void {
    for (const m of this.merges) if (intersects(m, area) && !contains(area, m)) throw new SimError('InvalidOperation', 'merge overlaps another merge');
    for (const t of this.tables) if (intersects(t.area, area)) throw new SimError('InvalidOperation', 'cannot merge cells in a table');
    this.merges = this.merges.filter((m) => !contains(area, m));
    this.forEachCell(area, (cell, r, c) => {
      if (r !== area.top || c !== area.left) {
        cell.value = '';
        delete cell.error;
        delete cell.formula;
      }
    });
    if (area.top !== area.bottom || area.left !== area.right) this.merges.push(area);
  }
}
