import type { AnalyzedTable } from '../analyze';
import type { Grid } from '../grid';
import type { Issue } from '../issues/issue';

/** One check: reads an analysed table (and the raw grid when it looks at cells), returns issues as data. */
export type Rule = (t: AnalyzedTable, grid: Grid) => Issue[];
