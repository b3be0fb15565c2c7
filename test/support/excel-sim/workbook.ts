/** Excel.RequestContext, Workbook, Application and defined names. */
import { parseLocal, splitSheet } from './address';
import { AnnotationCollection } from './annotations';
import { SimContextCore, type SimEnv } from './context';
import { SimError } from './errors';
import type { SimName, SimWorkbook } from './workbook-model';
import { type PropTable, SimCollection, SimProxy } from './proxy';
import { Range } from './range';
import { WorkbookTableCollection } from './tables-charts';
import { WorksheetCollection } from './worksheet';

const NAME_RE = /^[A-Za-z_\\][A-Za-z0-9_.\\]*$/;
const CELL_LIKE_RE = /^([A-Za-z]{1,3}\d+|[Rr]\d*[Cc]\d*|[RrCc])$/;

export class NamedItem extends SimProxy<SimName> {
  protected props(): PropTable<SimName> {
    const wb = this.context.model;
    return {
      name: { get: (n) => n.name },
      type: { get: (n) => ('formula' in n.ref ? 'String' : wb.nameValue(n) === '#REF!' ? 'Error' : 'Range') },
      value: { get: (n) => wb.nameValue(n) },
      formula: { api: '1.7', get: (n) => `=${wb.nameValue(n)}` },
      visible: { get: (n) => n.visible, set: (n, v) => void (n.visible = Boolean(v)) },
      comment: { api: '1.4', get: (n) => n.comment, set: (n, v) => void (n.comment = String(v)) },
    };
  }
  get name(): string { return this.getProp('name'); }
  get type(): string { return this.getProp('type'); }
  get value(): string { return this.getProp('value'); }
  get formula(): string { return this.getProp('formula'); }
  get visible(): boolean { return this.getProp('visible'); }
  set visible(v: boolean) { this.setProp('visible', v); }
  get comment(): string { return this.getProp('comment'); }
  set comment(v: string) { this.setProp('comment', v); }
  delete(): void {
    this.method('delete', [], (n) => {
      const list = this.context.model.names;
      list.splice(list.indexOf(n), 1);
    }, '1.4');
  }
}

export class NamedItemCollection extends SimCollection<SimName, NamedItem> {
  protected makeItem(n: SimName): NamedItem {
    return new NamedItem(this.context, () => n);
  }

  private find(name: string): SimName | null {
    return this.context.model.names.find((n) => n.name.toLowerCase() === name.toLowerCase()) ?? null;
  }

  getItem(name: string): NamedItem {
    this.context.addPath('getItem', [name]);
    return new NamedItem(this.context, () => {
      const n = this.find(name);
      if (!n) throw new SimError('ItemNotFound', `no name ${name}`);
      return n;
    });
  }

  getItemOrNullObject(name: string): NamedItem {
    this.context.addPath('getItemOrNullObject', [name]);
    return new NamedItem(this.context, () => (this.context.need('1.4', 'NamedItemCollection.getItemOrNullObject'), this.find(name)), true);
  }

  add(name: string, reference: Range | string, comment = ''): NamedItem {
    let made: SimName | null = null;
    this.method('add', [name, typeof reference === 'string' ? reference : '<range>', comment], () => {
      if (!NAME_RE.test(name) || CELL_LIKE_RE.test(name) || name.length > 255) throw new SimError('InvalidArgument', `bad name ${name}`);
      if (this.find(name)) throw new SimError('ItemAlreadyExists', `name ${name} exists`);
      const wb = this.context.model;
      let ref: SimName['ref'];
      if (typeof reference !== 'string') {
        const t = reference.resolve();
        ref = { sheetId: t.sheet.id, area: { ...t.area } };
      } else {
        const { sheet, local } = splitSheet(reference.replace(/^=/, ''));
        const s = sheet === undefined ? undefined : wb.findSheet(sheet);
        ref = s ? { sheetId: s.id, area: parseLocal(local) } : { formula: reference };
      }
      made = { name, ref, visible: true, comment };
      wb.names.push(made);
    }, '1.4');
    return new NamedItem(this.context, () => {
      if (!made) throw new SimError('ItemNotFound', 'name not added');
      return made;
    });
  }
}

export class Application extends SimProxy<SimWorkbook> {
  protected props(): PropTable<SimWorkbook> {
    return { calculationMode: { get: () => 'Automatic' } };
  }
  suspendApiCalculationUntilNextSync(): void {
    this.method('suspendApiCalculationUntilNextSync', [], () => void (this.context.calculationSuspended = true), '1.6');
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this.method('suspendScreenUpdatingUntilNextSync', [], () => void (this.context.screenUpdatingSuspended = true), '1.9');
  }
}

export class Workbook extends SimProxy<SimWorkbook> {
  readonly worksheets = new WorksheetCollection(this.context, () => this.context.model.sheets);
  readonly names = new NamedItemCollection(this.context, () => this.context.model.names);
  readonly application = new Application(this.context, () => this.context.model);
  readonly tables = new WorkbookTableCollection(this.context);
  readonly notes = new AnnotationCollection(this.context, 'note');
  readonly comments = new AnnotationCollection(this.context, 'comment');

  protected props(): PropTable<SimWorkbook> {
    return { name: { api: '1.7', get: (w) => w.name } };
  }
  get name(): string { return this.getProp('name'); }

  getSelectedRange(): Range {
    this.context.addPath('getSelectedRange', []);
    return new Range(this.context, () => {
      const wb = this.context.model;
      const sel = wb.selection;
      const sheet = (sel && wb.sheets.find((s) => s.id === sel.sheetId)) || wb.activeSheet();
      return { sheet, area: sel && sel.sheetId === sheet.id ? { ...sel.area } : { top: 0, left: 0, bottom: 0, right: 0 } };
    });
  }
}

export class SimRequestContext extends SimContextCore {
  readonly workbook: Workbook;
  readonly application: Application;

  constructor(env: SimEnv) {
    super(env);
    this.workbook = new Workbook(this, () => env.model);
    this.application = this.workbook.application;
  }
}
