/** The simulated workbook: its sheets, defined names, saved document settings, active sheet and selection. */
import { type Area, absoluteArea, quoteSheet } from './address';
import { SimError } from './errors';
import { SimSheet } from './model';

export interface SimName {
  name: string;
  /** A range reference (follows the sheet's renames) or a constant formula. */
  ref: { sheetId: string; area: Area } | { formula: string };
  visible: boolean;
  comment: string;
}

export class SimWorkbook {
  readonly sheets: SimSheet[] = [];
  readonly names: SimName[] = [];
  /** What Office.context.document.settings.saveAsync persisted (JSON), as the document would store it. */
  savedSettings = '{}';
  activeSheetId = '';
  selection: { sheetId: string; area: Area } | null = null;
  name = 'Book1.xlsx';
  url = 'https://example.invalid/Book1.xlsx';

  sheet(name: string): SimSheet {
    const s = this.findSheet(name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  findSheet(nameOrId: string): SimSheet | undefined {
    const key = nameOrId.toLowerCase();
    return this.sheets.find((s) => s.id === nameOrId || s.name.toLowerCase() === key);
  }

  addSheet(name: string): SimSheet {
    if (this.findSheet(name)) throw new SimError('ItemAlreadyExists', `A sheet named "${name}" already exists.`);
    if (name.length === 0 || name.length > 31 || /[[\]:*?/\\]/.test(name) || /^'|'$/.test(name) || name.toLowerCase() === 'history') {
      throw new SimError('InvalidArgument', `Invalid sheet name "${name}".`);
    }
    const s = new SimSheet(name);
    this.sheets.push(s);
    if (!this.activeSheetId) this.activeSheetId = s.id;
    return s;
  }

  activeSheet(): SimSheet {
    const s = this.sheets.find((x) => x.id === this.activeSheetId) ?? this.sheets.find((x) => x.visibility === 'Visible');
    if (!s) throw new SimError('ItemNotFound', 'no active sheet');
    return s;
  }

  /** A name's current value as Excel shows it ("Sheet1!$A$1", "#REF!" after its sheet was deleted). */
  nameValue(n: SimName): string {
    if ('formula' in n.ref) return n.ref.formula.replace(/^=/, '');
    const ref = n.ref;
    const s = this.sheets.find((x) => x.id === ref.sheetId);
    return s ? `${quoteSheet(s.name)}!${absoluteArea(ref.area)}` : '#REF!';
  }
}
