/**
 * Cell notes (ExcelApi 1.18: workbook.notes, worksheet.notes) and comments (1.10: workbook.comments, with their
 * replies). A cell holds a note or a comment thread, not both and not two; adding another is refused. Deleting a
 * comment deletes its replies, as Excel does.
 */
import { parseLocal, splitSheet } from './address';
import { SimError } from './errors';
import { type SimAnnotation, type SimSheet, simId } from './model';
import type { SimWorkbook } from './workbook-model';
import { type PropTable, SimCollection, SimProxy } from './proxy';
import { Range } from './range';

type Kind = SimAnnotation['kind'];
const API: Record<Kind, string> = { note: '1.18', comment: '1.10' };

interface Located {
  sheet: SimSheet;
  a: SimAnnotation;
}

function all(wb: SimWorkbook, kind: Kind, only?: SimSheet): Located[] {
  return (only ? [only] : wb.sheets).flatMap((sheet) => sheet.annotations.filter((a) => a.kind === kind).map((a) => ({ sheet, a })));
}

class Reply extends SimProxy<string> {
  protected props(): PropTable<string> {
    return { id: { get: (id) => id } };
  }
  get id(): string { return this.getProp('id'); }
}

class ReplyCollection extends SimCollection<string, Reply> {
  protected makeItem(id: string): Reply {
    return new Reply(this.context, () => id);
  }
}

export class Annotation extends SimProxy<Located> {
  readonly replies = new ReplyCollection(this.context, () => {
    const { a } = this.resolve();
    if (a.kind !== 'comment') throw new Error('sim: a Note has no replies');
    this.context.need('1.10', 'Comment.replies');
    return a.replies ?? [];
  });

  protected props(): PropTable<Located> {
    return {
      // Real notes have no id (and a bare load() of a note fails on the web for the same reason: unknown props).
      id: { get: (t) => { if (t.a.kind === 'note') throw new Error('sim: a Note has no id'); return t.a.id; } },
      content: { get: (t) => t.a.content, set: (t, v) => void (t.a.content = String(v)) },
      authorName: { get: (t) => t.a.author },
    };
  }
  get id(): string { return this.getProp('id'); }
  get content(): string { return this.getProp('content'); }
  set content(v: string) { this.setProp('content', v); }
  get authorName(): string { return this.getProp('authorName'); }

  getLocation(): Range {
    this.context.addPath('getLocation', []);
    return new Range(this.context, () => {
      const { sheet, a } = this.resolve();
      this.context.need(API[a.kind], 'getLocation');
      return { sheet, area: { top: a.row, left: a.col, bottom: a.row, right: a.col } };
    });
  }

  delete(): void {
    this.method('delete', [], ({ sheet, a }) => {
      this.context.need(API[a.kind], 'delete');
      sheet.annotations.splice(sheet.annotations.indexOf(a), 1);
    });
  }
}

/** workbook.notes / worksheet.notes (sheet given) or workbook.comments. */
export class AnnotationCollection extends SimCollection<Located, Annotation> {
  constructor(
    context: ConstructorParameters<typeof SimProxy<Located[]>>[0],
    private readonly kind: Kind,
    private readonly sheetOf?: () => SimSheet,
  ) {
    super(context, () => (context.need(API[kind], `${kind}s`), all(context.model, kind, sheetOf?.())));
  }

  protected makeItem(t: Located): Annotation {
    return new Annotation(this.context, () => t);
  }

  private locate(cellAddress: Range | string): { sheet: SimSheet; row: number; col: number } {
    if (typeof cellAddress !== 'string') {
      const t = cellAddress.resolve();
      if (t.area.top !== t.area.bottom || t.area.left !== t.area.right) throw new SimError('InvalidArgument', 'not a single cell');
      return { sheet: t.sheet, row: t.area.top, col: t.area.left };
    }
    const { sheet: name, local } = splitSheet(cellAddress);
    const sheet = name === undefined ? this.sheetOf?.() : this.context.model.findSheet(name);
    if (!sheet) throw new SimError('InvalidArgument', `no sheet in ${cellAddress}`);
    const a = parseLocal(local);
    if (a.top !== a.bottom || a.left !== a.right) throw new SimError('InvalidArgument', 'not a single cell');
    return { sheet, row: a.top, col: a.left };
  }

  add(cellAddress: Range | string, content: string): Annotation {
    let made: Located | null = null;
    this.method('add', [typeof cellAddress === 'string' ? cellAddress : '<range>', content], () => {
      const { sheet, row, col } = this.locate(cellAddress);
      const there = sheet.annotations.find((a) => a.row === row && a.col === col);
      if (there) throw new SimError('InvalidArgument', `the cell already has a ${there.kind}`);
      const a: SimAnnotation = { kind: this.kind, id: simId(this.kind.toUpperCase()), row, col, content: String(content), author: 'Sim User' };
      sheet.annotations.push(a);
      made = { sheet, a };
    }, API[this.kind]);
    return new Annotation(this.context, () => {
      if (!made) throw new SimError('ItemNotFound', `${this.kind} not added`);
      return made;
    });
  }
}
