/**
 * A time plan drawn as a chart: "Tiến độ thực hiện" merged over "Quý I | Quý II | Quý III | Quý IV" (or months, or
 * years), each task marked "x" under the periods it runs in. The deadline is the last period marked.
 */
import { parseDeadline } from '../deadline/parse';
import type { MergeArea } from '../grid';
import type { HeaderContext, HeaderMatch } from './header';
import type { RowRecord } from './model';

export interface MarkedPeriods {
  /** Columns under the heading, left to right, with the period each one names ("Quý III", "2027"). */
  cols: number[];
  labels: string[];
}

const PERIOD_KINDS = new Set(['month', 'quarter', 'half', 'year']);
/** Any year: a yearless "Quý III" must still read as a quarter. */
const SOME_YEAR = { year: 2000 };
/** What a chart's cell holds: a short mark ("x", "X", "✓", "•", "*"), not a written deadline. */
const MARK = /^\S{1,2}$/u;

/** The widest heading merged across columns over the deadline column ("Tiến độ thực hiện"). */
function headingOver(ctx: HeaderContext, header: HeaderMatch, c: number): MergeArea | undefined {
  let best: MergeArea | undefined;
  for (let r = header.top; r < header.bottom; r++) {
    const m = ctx.merges.at(r, c);
    if (m && m.bottom < header.bottom && m.right > m.left && (!best || m.right - m.left > best.right - best.left)) best = m;
  }
  return best;
}

/** A column's period, its labels read upwards: "Quý I" under "Năm 2026" is "Quý I Năm 2026". */
function labelUnder(ctx: HeaderContext, from: number, to: number, k: number): string {
  const parts: string[] = [];
  for (let r = to; r >= from; r--) {
    const m = ctx.merges.at(r, k);
    const text = m ? ctx.texts.at(m.top, m.left) : ctx.texts.at(r, k);
    if (text && !parts.includes(text)) parts.push(text);
  }
  return parts.join(' ').replace(SHORT_LABEL, (_all: string, unit: string, n: string) => `${/^q/i.test(unit) ? 'Quý' : 'Tháng'} ${n}`);
}

/** "T1 … T12", "Th1", "Q1 … Q4": a chart's short period labels. */
const SHORT_LABEL = /^(th?|q)\.?\s*(\d{1,2})(?!\d)/i;

/** The period columns under the deadline heading, or undefined when the deadline is an ordinary column. */
export function markedPeriods(ctx: HeaderContext, header: HeaderMatch, records: readonly RowRecord[]): MarkedPeriods | undefined {
  const c = header.columns.deadline;
  if (c === undefined || header.bottom === header.top) return undefined;
  const heading = headingOver(ctx, header, c);
  if (!heading) return undefined;
  const cols: number[] = [];
  const labels: string[] = [];
  for (let k = heading.left; k <= heading.right; k++) {
    const label = labelUnder(ctx, heading.bottom + 1, header.bottom, k);
    if (!PERIOD_KINDS.has(parseDeadline(label, undefined, SOME_YEAR).kind)) return undefined;
    cols.push(k);
    labels.push(label);
  }
  let marks = 0;
  for (const rec of records) {
    for (let r = rec.row; r <= rec.lastRow; r++) {
      for (const k of cols) {
        const t = ctx.texts.at(r, k);
        if (t === '') continue;
        if (!MARK.test(t)) return undefined;
        marks++;
      }
    }
  }
  return marks > 0 ? { cols, labels } : undefined;
}

/**
 * Each task's deadline becomes the label of the last period marked on its rows; a task with no mark has none.
 * Issues about it point at the first period column, the one the header maps to the deadline.
 */
export function applyMarks(ctx: HeaderContext, records: readonly RowRecord[], marks: MarkedPeriods): void {
  for (const rec of records) {
    let last = -1;
    for (let r = rec.row; r <= rec.lastRow; r++) {
      marks.cols.forEach((k, i) => {
        if (i > last && ctx.texts.at(r, k) !== '') last = i;
      });
    }
    const label = marks.labels[last];
    if (label === undefined) {
      rec.text.deadline = undefined;
      delete rec.deadline;
    } else {
      rec.text.deadline = label;
      rec.deadline = { value: label, row: rec.row };
    }
  }
}
