/**
 * Splicing sheets into an existing .xlsx package without re-serialising it: the parts of the sheets kept are copied
 * byte for byte (even their compressed bytes); only [Content_Types].xml, the workbook part, its relationships and
 * styles.xml are edited as text, and the new sheets (and their tables) are added as new parts.
 *
 * Removing sheets drops every part that only they reached through relationships (their tables, drawings, printer
 * settings …), their defined names scoped to them, and the calculation chain (Excel rebuilds it).
 * Anything this does not understand throws SpliceUnsupported before a byte is written.
 */
import { CONTENT_TYPES, CT_TABLE, CT_WORKSHEET, editContentTypes, overrideXml } from './content-types';
import { SpliceUnsupported } from './errors';
import { PartStore } from './parts';
import { dirOf, relativePath, relsOf, resolveTarget } from './paths';
import { REL_CALC_CHAIN, REL_OFFICE_DOC, REL_STYLES, REL_TABLE, REL_WORKSHEET, type Rel, addRelsXml, parseRels, relXml, relsPartXml, removeRels } from './rels';
import { StyleBook } from './styles';
import { TableIndex } from './tables';
import { type Mark, type SheetEntry, type Workbook, definedNamesXml, newSheetXml, parseWorkbook, quoteSheet, renderWorkbook } from './workbook-xml';

export { SpliceUnsupported } from './errors';
export { StyleBook, type XfSpec } from './styles';
export { quoteSheet } from './workbook-xml';

interface NewSheet {
  name: string;
  part: string;
  xml: string;
  tables: { part: string; xml: string }[];
  printTitles?: string;
}

export interface NewSheetInput {
  name: string;
  xml: string;
  /** Table parts, in the order of the sheet's `<tablePart r:id="rId1…">`; each gets its workbook-wide id. */
  tables: ((id: number) => string)[];
  /** Rows repeated on every printed page, e.g. "$7:$7". */
  printTitles?: string;
}

/** The package, opened for splicing. */
export class XlsxPackage {
  private readonly parts: PartStore;
  private readonly tableIndex: TableIndex;
  private readonly added: NewSheet[] = [];
  private readonly workbookPart: string;
  private readonly workbook: Workbook;
  private readonly removedIndexes: number[] = [];
  private nextSheetNo = 1;
  private nextTableNo = 1;
  private nextTableId: number;
  readonly date1904: boolean;
  readonly styles: StyleBook;
  private readonly stylesPart: string;
  private mark: Mark | undefined;

  constructor(buf: Buffer) {
    this.parts = new PartStore(buf);
    if (!this.parts.has(CONTENT_TYPES)) throw new SpliceUnsupported('no [Content_Types].xml');
    const office = parseRels(this.parts.text('_rels/.rels')).filter((r) => r.type === REL_OFFICE_DOC && !r.external);
    if (office.length !== 1) throw new SpliceUnsupported('no transitional officeDocument relationship');
    this.workbookPart = this.parts.entryName(resolveTarget('', (office[0] as Rel).target));
    this.workbook = parseWorkbook(this.parts.text(this.workbookPart));
    this.date1904 = this.workbook.date1904;

    const styles = parseRels(this.parts.text(relsOf(this.workbookPart))).find((r) => r.type === REL_STYLES && !r.external);
    if (!styles) throw new SpliceUnsupported('workbook without styles');
    this.stylesPart = this.parts.entryName(resolveTarget(this.workbookPart, styles.target));
    this.styles = new StyleBook(this.parts.text(this.stylesPart));

    this.tableIndex = new TableIndex(this.parts);
    this.nextTableId = this.tableIndex.maxId() + 1;
  }

  /** Sheet names in workbook order (after removals, before additions). */
  sheetNames(): string[] {
    return this.workbook.sheets.filter((_s, i) => !this.removedIndexes.includes(i)).map((s) => s.name);
  }

  /**
   * Names a new table may not take (lower case): the tables of the sheets kept and the workbook's defined names,
   * which share one namespace with tables.
   */
  takenTableNames(): Set<string> {
    return this.tableIndex.takenNames(this.workbook.definedNames.map((n) => n.name));
  }

  /**
   * Removes sheets by name, with the parts only they reach, and the calculation chain (always: Excel rebuilds it, and
   * a chain naming cells of a removed sheet is an error). Unknown names are ignored. Call once.
   */
  removeSheets(names: readonly string[]): void {
    const gone = new Set(names);
    this.workbook.sheets.forEach((s, i) => {
      if (gone.has(s.name) && !this.removedIndexes.includes(i)) this.removedIndexes.push(i);
    });
    const removedRids = new Set(this.removedIndexes.map((i) => (this.workbook.sheets[i] as SheetEntry).rid));
    removeRels(this.parts, relsOf(this.workbookPart), (r) => removedRids.has(r.id) || r.type === REL_CALC_CHAIN);
  }

  /** Adds a sheet after the last one. */
  addSheet(sheet: NewSheetInput): void {
    const dir = dirOf(this.workbookPart);
    const part = this.freeName(() => `${dir}worksheets/sheet${this.nextSheetNo++}.xml`);
    const tables = sheet.tables.map((xml) => ({ part: this.freeName(() => `${dir}tables/table${this.nextTableNo++}.xml`), xml: xml(this.nextTableId++) }));
    this.added.push({ name: sheet.name, part, xml: sheet.xml, tables, ...(sheet.printTitles ? { printTitles: sheet.printTitles } : {}) });
  }

  /** The hidden workbook name listing cell A1 of the given sheets; replaces every earlier mark (`name`, `name.<n>`). */
  setMark(name: string, sheets: readonly string[]): void {
    this.mark = { name, ranges: sheets.map((s) => `${quoteSheet(s)}!$A$1`).join(',') };
  }

  /** The new package. */
  toBuffer(when: Date = new Date()): Buffer {
    const keptIndexes = this.workbook.sheets.map((_s, i) => i).filter((i) => !this.removedIndexes.includes(i));
    const newIndex = new Map(keptIndexes.map((old, i) => [old, i]));

    // Workbook relationships and the new parts.
    const relsPart = relsOf(this.workbookPart);
    let relsXml = this.parts.text(relsPart);
    const usedIds = new Set(parseRels(relsXml).map((r) => r.id));
    let n = 1;
    const newRels: string[] = [];
    const newSheetEls: string[] = [];
    const parts: { name: string; data: string }[] = [];
    const overrides: string[] = [];
    let sheetId = this.workbook.maxSheetId;
    for (const s of this.added) {
      while (usedIds.has(`rId${n}`)) n++;
      const rid = `rId${n}`;
      usedIds.add(rid);
      newRels.push(relXml(rid, REL_WORKSHEET, relativePath(this.workbookPart, s.part)));
      newSheetEls.push(newSheetXml(this.workbook, s.name, ++sheetId, rid));
      parts.push({ name: s.part, data: s.xml });
      overrides.push(overrideXml(s.part, CT_WORKSHEET));
      if (s.tables.length) {
        parts.push({ name: relsOf(s.part), data: relsPartXml(s.tables.map((t, i) => relXml(`rId${i + 1}`, REL_TABLE, relativePath(s.part, t.part))).join('')) });
      }
      for (const t of s.tables) {
        parts.push({ name: t.part, data: t.xml });
        overrides.push(overrideXml(t.part, CT_TABLE));
      }
    }
    relsXml = addRelsXml(relsXml, newRels.join(''));

    const names = definedNamesXml(this.workbook, newIndex, this.added, this.mark);
    const edits = new Map<string, string>([
      [CONTENT_TYPES, editContentTypes(this.parts.text(CONTENT_TYPES), (key) => this.parts.isDropped(key), overrides)],
      [this.workbookPart, renderWorkbook(this.workbook, keptIndexes, newSheetEls, names)],
      [relsPart, relsXml],
    ]);
    const styles = this.styles.render();
    if (styles !== undefined) edits.set(this.stylesPart, styles);
    return this.parts.write(edits, parts, when);
  }

  /** The first name from `next` that no part kept or added has (a dropped part's name may be taken again). */
  private freeName(next: () => string): string {
    const taken = (n: string) => this.parts.has(n) || this.added.some((s) => s.part.toLowerCase() === n.toLowerCase() || s.tables.some((t) => t.part.toLowerCase() === n.toLowerCase()));
    for (;;) {
      const n = next();
      if (!taken(n) && !taken(relsOf(n))) return n;
    }
  }
}
