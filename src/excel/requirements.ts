/**
 * Office.js requirement sets. The manifest declares MIN_EXCEL_API; everything newer is used only behind
 * `supports(feature)`, each with a fallback (see FEATURES).
 *
 * Why 1.2: the core features (read values and number formats, fills, select, add sheets, write values,
 * tables, charts, fonts, borders, column widths, merges, row visibility, hiding a list sheet) are all
 * ExcelApi 1.1–1.2, which every Excel that runs add-ins has, including perpetual Excel 2016. Settings live in
 * Office.context.document.settings (the common "Settings" API), not in workbook.settings (1.4).
 */
export const MIN_EXCEL_API = '1.2';

/** The sets to list in the manifest's <Requirements>. */
export const REQUIRED_SETS: readonly { name: string; minVersion: string }[] = [{ name: 'ExcelApi', minVersion: MIN_EXCEL_API }];

/** Newer APIs the adapter uses when present, with the ExcelApi version each needs. */
export const FEATURES = {
  /** Hidden defined names marking the tool's sheets (fallback: sheet ids in document settings only). */
  names: '1.4',
  /** application.suspendApiCalculationUntilNextSync while writing (fallback: none). */
  suspendCalculation: '1.6',
  /** Frozen header rows, tab colour, workbook name (fallbacks: none, none, the document URL). */
  freezePanes: '1.7',
  tabColor: '1.7',
  workbookName: '1.7',
  /** Drop-down lists and input prompts (fallback: a visible list sheet to copy names from). */
  dataValidation: '1.8',
  /** Gridlines off on summary sheets (fallback: gridlines stay). */
  gridlines: '1.8',
  /** getRanges (RangeAreas) for fills, fill patterns, visible-cell scan, page layout, screen updating. */
  rangeAreas: '1.9',
  fillPattern: '1.9',
  specialCells: '1.9',
  pageLayout: '1.9',
  suspendScreenUpdating: '1.9',
  /** Messages on flagged cells as comments, where notes are missing (fallback: no messages on cells). */
  comments: '1.10',
  /** Merged areas of the used range (fallback: no merges; the engine copes with repeated text). */
  mergedAreas: '1.13',
  /** Messages on flagged cells as notes (fallback: comments, 1.10). */
  notes: '1.18',
} as const;

export type Feature = keyof typeof FEATURES;

interface RequirementsLike {
  isSetSupported(name: string, minVersion?: string): boolean;
}

function requirements(): RequirementsLike | undefined {
  const office = (globalThis as { Office?: { context?: { requirements?: RequirementsLike } } }).Office;
  return office?.context?.requirements;
}

/** True when the host has the ExcelApi version `feature` needs. */
export function supports(feature: Feature): boolean {
  try {
    return requirements()?.isSetSupported('ExcelApi', FEATURES[feature]) === true;
  } catch {
    return false;
  }
}

/** The memo of feature checks for one use-case run (hosts answer the same for the whole session). */
export type FeatureSet = Readonly<Record<Feature, boolean>>;

export function detectFeatures(): FeatureSet {
  const out = {} as Record<Feature, boolean>;
  for (const f of Object.keys(FEATURES) as Feature[]) out[f] = supports(f);
  return out;
}
