/** Sample workbooks → the office.js stand-in's input (JSON, dates as {"$date"}), with some fills of the user's own. */
import fs from 'node:fs';
import path from 'node:path';
import { readWorkbookGrids } from '../../src/cli/xlsx-read';
import type { Grid } from '../../src/core/grid';
import { simSheetsFromGrids } from '../support/excel-sim';
import type { StandInConfig } from './harness/office-stand-in';
import { ROOT } from './browser';

export async function sampleSheets(file: string): Promise<Grid[]> {
  const result = await readWorkbookGrids(path.join(ROOT, 'samples', file));
  if (!result.ok) throw new Error(`cannot read ${file}: ${result.failure.reason}`);
  return result.grids;
}

/** A light yellow the user put on the lead (C) and deadline (E) columns: highlights must give it back exactly. */
export function withUserFills(config: StandInConfig): StandInConfig {
  for (const sheet of config.sheets) {
    const fills: Record<string, string> = {};
    for (let r = 1; r <= sheet.values.length; r++) {
      fills[`C${r}`] = '#FFF2CC';
      fills[`E${r}`] = '#FFF2CC';
    }
    sheet.fills = fills;
  }
  return config;
}

export function standInConfig(grids: Grid[], extra: Omit<StandInConfig, 'sheets'> = {}): StandInConfig {
  return { sheets: simSheetsFromGrids(grids), ...extra };
}

/** The stand-in script: its input, then the bundled simulator (test-output/e2e/build/office-stand-in.js). */
export function standInScript(config: StandInConfig, bundle: string): string {
  // The replacer sees Dates already turned to strings; `this[k]` is still the Date.
  const dated = JSON.stringify(config, function (this: Record<string, unknown>, k, v: unknown) {
    const raw = this[k];
    return raw instanceof Date ? { $date: raw.toISOString() } : v;
  });
  return `window.__E2E__ = ${dated};\n${fs.readFileSync(bundle, 'utf8')}`;
}
