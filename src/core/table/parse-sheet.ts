import { type Grid, gridWidth } from '../grid';
import type { ColumnSchema, TableKind } from '../schema/column-schema';
import type { RoleMatcher } from '../schema/role-matcher';
import { matchKey } from '../text/normalize';
import { cellText } from './cell-text';
import { classifyRows } from './classify';
import { findTables } from './find-tables';
import type { ColumnMap, HeaderContext, HeaderMatch } from './header';
import { applyMarks, markedPeriods } from './marked-periods';
import { MergeIndex } from './merges';
import { columnFor, type ParsedTable } from './model';
import { RowTexts } from './row-texts';
import { settleDeadline } from './settle-deadline';

function tableKind(schema: ColumnSchema, columns: ColumnMap): TableKind {
  const kinds = schema.tableKinds;
  const found = kinds.find((k) => k.signature.every((role) => columns[role] !== undefined));
  return found ?? (kinds[kinds.length - 1] as TableKind);
}

function titleText(grid: Grid, from: number, to: number): string {
  const lines: string[] = [];
  for (let r = from; r < to; r++) {
    const seen = new Set<string>();
    for (const v of grid.values[r] ?? []) {
      const t = cellText(v);
      if (t && !seen.has(t)) seen.add(t);
    }
    if (seen.size) lines.push([...seen].join(' '));
  }
  return lines.join('\n');
}

/** "Cơ quan chủ trì, phối hợp", "Chủ trì/phối hợp" over the lead column. */
function headsLeadWithSupport(ctx: HeaderContext, header: HeaderMatch): boolean {
  const c = header.columns.lead;
  if (c === undefined || header.columns.support !== undefined) return false;
  for (let r = header.top; r <= header.bottom; r++) {
    const key = matchKey(ctx.texts.at(r, c));
    if (/\bchu tri\b/.test(key) && /\bphoi hop\b/.test(key)) return true;
  }
  return false;
}

/** Every table on a sheet, its rows classified and its tasks assembled. A sheet without a header gives []. */
export function parseSheet(grid: Grid, schema: ColumnSchema, matcher: RoleMatcher): ParsedTable[] {
  const ctx: HeaderContext = { grid, merges: new MergeIndex(grid.merges), matcher, width: gridWidth(grid), texts: new RowTexts(grid), headers: new Map() };
  return findTables(ctx).map((region, i) => {
    const columns = settleDeadline(grid, region.header.columns, region.bodyStart, region.end);
    const header = { ...region.header, columns };
    const lead = columnFor(columns, 'lead');
    const c = classifyRows(ctx, lead === columns.lead ? columns : { ...columns, lead }, header.top, region.bodyStart, region.end);
    const marks = markedPeriods(ctx, header, c.records);
    if (marks) applyMarks(ctx, c.records, marks);
    return {
      sheet: grid.sheet,
      header,
      columns: header.columns,
      kind: tableKind(schema, header.columns),
      bodyStart: region.bodyStart,
      end: region.end,
      lastRow: Math.max(c.lastRow, header.bottom),
      leadWithSupport: headsLeadWithSupport(ctx, header),
      title: titleText(grid, i === 0 ? 0 : region.titleStart, header.top),
      kinds: c.kinds,
      records: c.records,
      repeatedHeaders: c.repeatedHeaders,
    };
  });
}
