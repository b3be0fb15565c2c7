/** A header row inside a table's body: the table's own header repeated at a page break, or another table's. */
import type { Role } from '../schema/roles';
import type { ColumnMap, HeaderContext, HeaderMatch } from './header';

const CHECKED_ROLES: readonly Role[] = ['task', 'lead', 'deadline'];

/** The same header again (a page break), not another table: no checked column moved, most columns where they were. */
function sameColumns(a: ColumnMap, b: ColumnMap): boolean {
  if (CHECKED_ROLES.some((role) => a[role] !== undefined && b[role] !== undefined && a[role] !== b[role])) return false;
  const ka = Object.keys(a) as Role[];
  const kb = Object.keys(b) as Role[];
  const shared = ka.filter((k) => a[k] === b[k]).length;
  return shared >= Math.max(2, Math.ceil(0.6 * Math.max(ka.length, 1))) && shared >= Math.ceil(0.5 * kb.length);
}

/** The same labels moved a fixed number of columns (a converter's stray cell at a page break), not a new table. */
function shiftedColumns(a: ColumnMap, b: ColumnMap): boolean {
  const ka = Object.keys(a) as Role[];
  if (ka.length !== Object.keys(b).length) return false;
  const shift = (a.task ?? 0) - (b.task ?? 0);
  return shift !== 0 && ka.every((k) => b[k] !== undefined && (a[k] as number) - (b[k] as number) === shift);
}

/**
 * A header row repeating the table's (at a page break): the same columns, or the same labels shifted while the
 * row under it still has the table's layout (a number, or the task text, where the table has them).
 */
export function repeatsHeader(ctx: HeaderContext, h: HeaderMatch, columns: ColumnMap): boolean {
  if (sameColumns(h.columns, columns)) return true;
  if (!shiftedColumns(h.columns, columns)) return false;
  const below = h.bottom + 1;
  if (columns.number !== undefined) return ctx.texts.ordinalAt(below, columns.number) !== null;
  return columns.task !== undefined && ctx.texts.at(below, columns.task) !== '' && h.columns.task !== undefined && ctx.texts.at(below, h.columns.task) === '';
}
