/** The workbook part: its sheets and defined names, read once and written back with sheets removed and added. */
import { attrsOf, element, elements, escAttr, escText, rootPrefix, setAttr } from '../xlsx-xml';
import { SpliceUnsupported } from './errors';
import { NS_REL } from './rels';

const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

export interface SheetEntry {
  name: string;
  sheetId: number;
  rid: string;
  hidden: boolean;
  /** The `<sheet>` element as written (kept sheets are written back unchanged). */
  xml: string;
}

export interface DefinedName {
  xml: string;
  name: string;
  localSheetId?: number;
}

export interface Workbook {
  xml: string;
  /** The SpreadsheetML prefix (with its colon), '' for the default namespace. */
  prefix: string;
  rootBindsR: boolean;
  sheets: SheetEntry[];
  sheetsAt: { start: number; end: number };
  maxSheetId: number;
  definedNames: DefinedName[];
  definedNamesAt: { start: number; end: number } | undefined;
  date1904: boolean;
}

/** The hidden workbook name listing cell A1 of some sheets. */
export interface Mark {
  name: string;
  ranges: string;
}

export const quoteSheet = (name: string) => `'${name.replace(/'/g, "''")}'`;

export function parseWorkbook(wb: string): Workbook {
  const p = rootPrefix(wb, 'workbook');
  if (p === undefined) throw new SpliceUnsupported('the office document is not a workbook');
  const root = /<(?!\?|!)[^>]*>/.exec(wb)?.[0] ?? '';
  if (attrsOf(root).get(p ? `xmlns:${p.slice(0, -1)}` : 'xmlns') !== NS_MAIN) throw new SpliceUnsupported('not transitional SpreadsheetML');

  const sheetsEl = element(wb, `${p}sheets`);
  if (!sheetsEl || !sheetsEl.inner) throw new SpliceUnsupported('workbook without sheets');
  const sheets = elements(wb, `${p}sheet`, sheetsEl.start, sheetsEl.end).map((e) => {
    const a = attrsOf(e.tag);
    const rid = [...a].find(([k]) => /^[\w.-]+:id$/.test(k))?.[1];
    if (rid === undefined) throw new SpliceUnsupported('sheet without r:id');
    return { name: a.get('name') ?? '', sheetId: Number(a.get('sheetId')), rid, hidden: (a.get('state') ?? 'visible') !== 'visible', xml: e.xml };
  });

  const namesEl = element(wb, `${p}definedNames`, sheetsEl.end);
  const definedNames = namesEl
    ? elements(wb, `${p}definedName`, namesEl.start, namesEl.end).map((e) => {
        const a = attrsOf(e.tag);
        const local = a.get('localSheetId');
        return { xml: e.xml, name: a.get('name') ?? '', ...(local === undefined ? {} : { localSheetId: Number(local) }) };
      })
    : [];
  const pr = element(wb, `${p}workbookPr`);
  const d1904 = pr ? attrsOf(pr.tag).get('date1904') : undefined;
  return {
    xml: wb,
    prefix: p,
    rootBindsR: attrsOf(root).get('xmlns:r') === NS_REL,
    sheets,
    sheetsAt: { start: sheetsEl.start, end: sheetsEl.end },
    maxSheetId: Math.max(0, ...sheets.map((s) => (Number.isFinite(s.sheetId) ? s.sheetId : 0))),
    definedNames,
    definedNamesAt: namesEl ? { start: namesEl.start, end: namesEl.end } : undefined,
    date1904: d1904 === '1' || d1904 === 'true',
  };
}

/** The `<sheet>` element of a new sheet. */
export function newSheetXml(wb: Workbook, name: string, sheetId: number, rid: string): string {
  return `<${wb.prefix}sheet name="${escAttr(name)}" sheetId="${sheetId}" r:id="${rid}"${wb.rootBindsR ? '' : ` xmlns:r="${NS_REL}"`}/>`;
}

/**
 * The defined names: names scoped to a removed sheet go, the others follow their sheet's new position (`newIndex`:
 * old sheet index → new); every mark is replaced by the new one; print titles of the new sheets are added.
 */
export function definedNamesXml(wb: Workbook, newIndex: ReadonlyMap<number, number>, added: readonly { name: string; printTitles?: string }[], mark: Mark | undefined): string[] {
  const p = wb.prefix;
  const isMark = (name: string) => mark !== undefined && (name === mark.name || name.startsWith(`${mark.name}.`));
  const names: string[] = [];
  for (const d of wb.definedNames) {
    if (isMark(d.name)) continue;
    if (d.localSheetId === undefined) {
      names.push(d.xml);
      continue;
    }
    const to = newIndex.get(d.localSheetId);
    if (to === undefined) continue;
    names.push(to === d.localSheetId ? d.xml : d.xml.replace(/^<[^>]*>/, (tag) => setAttr(tag, 'localSheetId', String(to))));
  }
  added.forEach((s, i) => {
    if (s.printTitles) names.push(`<${p}definedName name="_xlnm.Print_Titles" localSheetId="${newIndex.size + i}">${escText(`${quoteSheet(s.name)}!${s.printTitles}`)}</${p}definedName>`);
  });
  if (mark) names.push(`<${p}definedName name="${escAttr(mark.name)}" hidden="1">${escText(mark.ranges)}</${p}definedName>`);
  return names;
}

/**
 * The workbook part with these sheets and defined names; after removals, the active and first tabs follow their
 * sheet (or fall on the first visible one).
 */
export function renderWorkbook(wb: Workbook, keptIndexes: readonly number[], newSheets: readonly string[], names: readonly string[]): string {
  const p = wb.prefix;
  const kept = keptIndexes.map((i) => wb.sheets[i] as SheetEntry);
  const newIndex = new Map(keptIndexes.map((old, i) => [old, i]));
  const sheetsXml = `<${p}sheets>${kept.map((s) => s.xml).join('')}${newSheets.join('')}</${p}sheets>`;
  const namesXml = names.length ? `<${p}definedNames>${names.join('')}</${p}definedNames>` : '';
  const xml = wb.xml;
  let out: string;
  if (wb.definedNamesAt) {
    out = xml.slice(0, wb.sheetsAt.start) + sheetsXml + xml.slice(wb.sheetsAt.end, wb.definedNamesAt.start) + namesXml + xml.slice(wb.definedNamesAt.end);
  } else {
    // definedNames follow sheets, functionGroups and externalReferences.
    let at = wb.sheetsAt.end;
    for (const q of ['functionGroups', 'externalReferences']) {
      const e = element(xml, `${p}${q}`, wb.sheetsAt.end);
      if (e) at = Math.max(at, e.end);
    }
    out = xml.slice(0, wb.sheetsAt.start) + sheetsXml + xml.slice(wb.sheetsAt.end, at) + namesXml + xml.slice(at);
  }
  if (kept.length < wb.sheets.length) {
    const firstVisible = kept.findIndex((s) => !s.hidden);
    out = out.replace(new RegExp(`<${p}workbookView(?=[\\s/>])(?:[^>"']|"[^"]*"|'[^']*')*>`, 'g'), (tag) => {
      const a = attrsOf(tag);
      let t = tag;
      for (const k of ['activeTab', 'firstSheet']) {
        const old = a.get(k);
        if (old === undefined) continue;
        const to = newIndex.get(Number(old));
        t = setAttr(t, k, String(to !== undefined && !(kept[to] as SheetEntry).hidden ? to : Math.max(0, firstVisible)));
      }
      return t;
    });
  }
  return out;
}
