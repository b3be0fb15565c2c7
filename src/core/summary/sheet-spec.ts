/**
 * A summary sheet as plain data: what the CLI's sheet-XML writer and the Office.js adapter (pane) both lay out, with
 * the layout helpers they share (widths, line estimates, free sheet names). No library types here. Rows are 1-based only in LinkTarget (an Excel row of the source sheet).
 */
import type { SheetKey } from './wording';

/**
 * Workbook-name prefix marking the summary sheets this tool wrote: the command line writes one name over all of
 * them, the add-in one name per sheet (`<prefix>.<n>`); both read either form.
 */
export const SUMMARY_MARK = 'AnnexAssistant.SummarySheets';

export type ColumnKind = 'text' | 'int' | 'percent' | 'date';

export interface ColumnSpec {
  /** Column key, stable across languages: 'agency', 'overdue', 'task', 'row' … */
  key: string;
  header: string;
  /** Width in Excel character units. */
  width: number;
  kind: ColumnKind;
  /** Long text that wraps; other columns stay on one line (headers always wrap). */
  wrap: boolean;
  /** Horizontal alignment of body cells (headers are centred). */
  align: 'left' | 'center';
  /**
   * What the totals row holds here: the label (first column only; it runs over the empty cell to its right), a sum,
   * a count of rows, the on-time rate of the summed columns, or nothing.
   */
  total: 'label' | 'sum' | 'count' | 'rate' | 'none';
}

/** text: a string; int: an integer; percent: a fraction 0–1; date: an ISO date "YYYY-MM-DD"; null: empty. */
export type SpecValue = string | number | null;

export interface LinkTarget {
  sheet: string;
  /** 1-based row of the source sheet. */
  row: number;
}

export interface RowSpec {
  cells: SpecValue[];
  /** Where the link column of this row points. */
  link?: LinkTarget;
}

/** One table on the sheet (a workbook with several annex tables gets one block per table). */
export interface BlockSpec {
  /** Shown above the table when the sheet has several blocks. */
  caption?: string;
  rows: RowSpec[];
  /** Values of the totals row, computed (adapters may write formulas with these as cached results). */
  totals: SpecValue[];
  /** Written instead of a table when there are no rows. */
  emptyText: string;
}

export interface TitleLine {
  text: string;
  style: 'heading' | 'subheading' | 'plain' | 'italic';
}

export interface SheetSpec {
  key: SheetKey;
  /** Sheet name before collision handling (≤ 31 characters, no []:*?/\). */
  name: string;
  title: TitleLine[];
  columns: ColumnSpec[];
  blocks: BlockSpec[];
  /** Lines under the last table: definitions and caveats. */
  notes: string[];
  /** Index of the column whose cells link to RowSpec.link. */
  linkColumn?: number;
  /** For the 'rate' total: indexes of the done-on-time, done-late and overdue columns. */
  rateOf?: { onTime: number; late: number; overdue: number };
}

const UPPER = /\p{Lu}/u;

/** Display width of a text in character units: a serif capital is about 1.5 lower-case letters wide. */
export function textWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += UPPER.test(ch) ? 1.5 : 1;
  return w;
}

const LIMITS: Record<ColumnKind, [number, number]> = { text: [8, 60], int: [10, 14], percent: [10, 12], date: [12, 12] };

/**
 * A width that fits the column: its longest value (capped, long text wraps), and the longest word of its header
 * (headers wrap), plus a margin.
 */
export function fitWidth(header: string, values: readonly SpecValue[], kind: ColumnKind, max?: number): number {
  const [lo, hi] = LIMITS[kind];
  const cap = max ?? hi;
  let longest = 0;
  for (const word of header.split(/\s+/)) longest = Math.max(longest, textWidth(word));
  for (const v of values) {
    if (v === null) continue;
    const shown = kind === 'percent' ? '100%' : kind === 'date' ? '00/00/0000' : String(v);
    longest = Math.max(longest, textWidth(shown));
  }
  return Math.round(Math.min(cap, Math.max(lo, longest + 2)) * 10) / 10;
}

/** "Quá hạn" → "Quá hạn (2)" while taken (case-insensitively, as Excel compares), within 31 characters. */
export function freeSheetName(base: string, taken: ReadonlySet<string>): string {
  const lower = new Set([...taken].map((n) => n.toLowerCase()));
  if (!lower.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = base.slice(0, 31 - suffix.length) + suffix;
    if (!lower.has(name.toLowerCase())) return name;
  }
}

/**
 * Lines a text takes in a column of `width` units, wrapping at spaces. A unit is a "0" of the default font; Times
 * New Roman 12 fits about 1.4 lower-case letters in one as rendered, bold text less: `density` stays below, so that
 * an estimate errs on the tall side (a row a little tall prints fine, a clipped one does not).
 */
export function lineCount(text: string, width: number, density = 1.3): number {
  const room = Math.max(4, width * density - 1);
  let lines = 0;
  for (const para of text.split('\n')) {
    let used = 0;
    lines++;
    for (const word of para.split(' ')) {
      const w = textWidth(word);
      if (used > 0 && used + 1 + w <= room) {
        used += 1 + w;
        continue;
      }
      // A new line for the word (unless it opens the paragraph); a word wider than the column breaks over more.
      const extra = Math.max(0, Math.ceil(w / room) - 1);
      lines += (used > 0 ? 1 : 0) + extra;
      used = w - extra * room;
    }
  }
  return lines;
}
