/**
 * Use cases "Ghi chú ô": each flagged cell gets the report's messages as a note (ExcelApi 1.18) or, on older
 * hosts, a comment (1.10); taking them off deletes only the notes the add-in wrote whose text is unchanged.
 * A cell that already holds the user's own note is left alone. Syncs: sheets; the notes; their cells (when there
 * are any); the writes (one per WRITE_CHUNK notes).
 */
import type { FileReport } from '../core/report';
import type { NotesResult } from '../taskpane/use-cases';
import { cellAddress, parseAddress, quoteSheet } from './address';
import { encodeNotes, fingerprint, type NoteKind, noteTexts, type WrittenNote, writtenNotes } from './note-memory';
import { putSettings, SETTING_KEYS } from './office-env';
import { supports } from './requirements';

/** Notes written per request: at most ~3 KB each, far under Excel on the web's 5 MB. */
const WRITE_CHUNK = 500;

/** What this host can attach: notes, else comments, else nothing. */
export function noteKind(): NoteKind | null {
  return supports('notes') ? 'note' : supports('comments') ? 'comment' : null;
}

type Annotation = Excel.Note | Excel.Comment;

interface Existing {
  item: Annotation;
  content: string;
}

const keyOf = (sheetId: string, address: string) => `${sheetId}\n${address}`;
const splitKey = (k: string) => ({ sheetId: k.slice(0, k.indexOf('\n')), address: k.slice(k.indexOf('\n') + 1) });

/** Every note (or comment) of the workbook by sheet id and cell, e.g. "{id}\nC12". */
async function existing(ctx: Excel.RequestContext, kind: NoteKind, idByName: Map<string, string>): Promise<Map<string, Existing>> {
  // Only the content: a bare load() of notes also asks for size and visibility, which Excel on the web refuses.
  const list: { items: Annotation[] } = kind === 'note' ? ctx.workbook.notes.load('items/content') : ctx.workbook.comments.load('items/content');
  await ctx.sync();
  const out = new Map<string, Existing>();
  if (list.items.length === 0) return out;
  const located = list.items.map((item) => ({ item, at: item.getLocation().load('address') }));
  await ctx.sync();
  for (const { item, at } of located) {
    const p = parseAddress(at.address);
    const sheetId = p?.sheet === undefined ? undefined : idByName.get(p.sheet);
    if (p && sheetId) out.set(keyOf(sheetId, cellAddress(p.area.top, p.area.left)), { item, content: item.content });
  }
  return out;
}

async function sheetIds(ctx: Excel.RequestContext): Promise<Map<string, string>> {
  const sheets = ctx.workbook.worksheets.load('items/id,items/name');
  await ctx.sync();
  return new Map(sheets.items.map((s) => [s.name, s.id]));
}

/** Ours: written by the add-in (remembered) and still holding the text it wrote. */
function oursOf(found: Map<string, Existing>, kind: NoteKind): Map<string, Existing> {
  const memory = writtenNotes();
  const out = new Map<string, Existing>();
  if (!memory || memory.kind !== kind) return out;
  for (const n of memory.notes) {
    const k = keyOf(n.sheetId, n.address);
    const e = found.get(k);
    if (e && fingerprint(e.content) === n.print) out.set(k, e);
  }
  return out;
}

async function flush(ctx: Excel.RequestContext, ops: (() => void)[]): Promise<void> {
  for (let i = 0; i < ops.length; i += WRITE_CHUNK) {
    for (const op of ops.slice(i, i + WRITE_CHUNK)) op();
    await ctx.sync();
  }
}

export async function attachNotes(report: FileReport): Promise<NotesResult> {
  const kind = noteKind();
  if (!kind) throw new Error('Notes need ExcelApi 1.18 and comments 1.10; this Excel has neither.');
  const wanted = noteTexts(report);
  const result = await Excel.run(async (ctx) => {
    const ids = await sheetIds(ctx);
    const found = await existing(ctx, kind, ids);
    const ours = oursOf(found, kind);
    const ops: (() => void)[] = [];
    const written: WrittenNote[] = [];
    let skipped = 0;
    const keep = new Set<string>();
    for (const w of wanted.values()) {
      const sheetId = ids.get(w.sheet);
      if (!sheetId) continue;
      const k = keyOf(sheetId, w.address);
      const mine = ours.get(k);
      if (found.has(k) && !mine) {
        skipped++;
        continue;
      }
      keep.add(k);
      written.push({ sheetId, sheetName: w.sheet, address: w.address, print: fingerprint(w.text) });
      if (mine) {
        if (mine.content !== w.text) ops.push(() => void (mine.item.content = w.text));
      } else if (kind === 'note') {
        ops.push(() => void ctx.workbook.worksheets.getItem(sheetId).notes.add(w.address, w.text));
      } else {
        ops.push(() => void ctx.workbook.comments.add(`${quoteSheet(w.sheet)}!${w.address}`, w.text));
      }
    }
    const stale = [...ours].filter(([k]) => !keep.has(k));
    for (const [, e] of stale) ops.push(() => e.item.delete());
    // Remembered before writing: should Excel refuse midway, what it did write can still be taken off.
    const pending = stale.map(([k, e]) => ({ ...splitKey(k), sheetName: '', print: fingerprint(e.content) }));
    await putSettings({ [SETTING_KEYS.notes]: encodeNotes(kind, [...written, ...pending]) });
    await flush(ctx, ops);
    return { kind, written, skipped };
  });
  await putSettings({ [SETTING_KEYS.notes]: encodeNotes(kind, result.written) });
  return { kind, written: result.written.length, skipped: result.skipped };
}

/** Deletes the add-in's notes the user has not edited; returns how many. */
export async function removeNotes(): Promise<number> {
  const memory = writtenNotes();
  if (!memory || memory.notes.length === 0) return 0;
  const kind = memory.kind;
  // Written as notes, opened in an Excel without them: keep the memory for an Excel that can take them off.
  if (!supports(kind === 'note' ? 'notes' : 'comments')) throw new Error(`This Excel cannot remove ${kind}s (ExcelApi ${kind === 'note' ? '1.18' : '1.10'}).`);
  const removed = await Excel.run(async (ctx) => {
    const ours = oursOf(await existing(ctx, kind, await sheetIds(ctx)), kind);
    await flush(ctx, [...ours.values()].map((e) => () => e.item.delete()));
    return ours.size;
  });
  await putSettings({ [SETTING_KEYS.notes]: undefined });
  return removed;
}
