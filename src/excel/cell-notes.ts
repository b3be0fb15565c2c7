/**
 * Use cases "Ghi chú ô": each flagged cell gets the report's messages as a note (ExcelApi 1.18) or, on older
 * hosts, a comment (1.10); taking them off deletes only the add-in's own. Ours = a note whose text is one the
 * add-in wrote on that sheet (fingerprints in the document settings), wherever sorting moved it; a comment
 * someone replied to is theirs. A cell holding the user's note or comment is left alone. A flagged cell inside a
 * merged area has its note on the area's top-left cell. Syncs: sheets; notes (and the flagged cells' merged areas);
 * their cells (when there are any), the same for comments on a notes host; the writes (WRITE_CHUNK per sync).
 */
import type { FileReport } from '../core/report';
import type { NotesRemoved, NotesResult } from '../taskpane/use-cases';
import { cellAddress, parseAddress, quoteSheet } from './address';
import { flaggedCells } from './fill-memory';
import { sheetIds } from './highlight';
import { encodeNotes, fingerprint, type NoteKind, noteTexts, type WrittenNote, writtenNotes } from './note-memory';
import { putSettings, SETTING_KEYS } from './office-env';
import { probeMerges } from './merged-cells';
import { supports } from './requirements';

/** Notes written per request: at most ~3 KB each, far under Excel on the web's 5 MB. */
const WRITE_CHUNK = 500;
const API: Record<NoteKind, 'notes' | 'comments'> = { note: 'notes', comment: 'comments' };

/** What this host can attach: notes, else comments, else nothing. */
export function noteKind(): NoteKind | null {
  return supports('notes') ? 'note' : supports('comments') ? 'comment' : null;
}

type Annotation = Excel.Note | Excel.Comment;
type Found = Map<string, { item: Annotation; content: string; replies: number }>;

const keyOf = (sheetId: string, address: string) => `${sheetId}\n${address}`;
const sheetOfKey = (k: string) => k.slice(0, k.indexOf('\n'));

/** Every note (or comment) of the workbook by sheet id and cell ("{id}\nC12"). */
async function existing(ctx: Excel.RequestContext, kind: NoteKind, idByName: Map<string, string>): Promise<Found> {
  // Only the content: a bare load() of notes also asks for size and visibility, which Excel on the web refuses.
  const list: { items: Annotation[] } = kind === 'note' ? ctx.workbook.notes.load('items/content') : ctx.workbook.comments.load('items/content');
  await ctx.sync();
  const out: Found = new Map();
  if (list.items.length === 0) return out;
  const located = list.items.map((item) => ({
    item,
    at: item.getLocation().load('address'),
    replies: kind === 'comment' ? (item as Excel.Comment).replies.load('items/id') : undefined,
  }));
  await ctx.sync();
  for (const { item, at, replies } of located) {
    const p = parseAddress(at.address);
    const sheetId = p?.sheet === undefined ? undefined : idByName.get(p.sheet);
    if (p && sheetId) out.set(keyOf(sheetId, cellAddress(p.area.top, p.area.left)), { item, content: item.content, replies: replies?.items.length ?? 0 });
  }
  return out;
}

/** The add-in's own among `found`: each remembered text claims one unreplied note with that text on its sheet. */
function oursOf(found: Found, memory: readonly WrittenNote[]): Found {
  const left = new Map<string, number>();
  for (const n of memory) left.set(keyOf(n.sheetId, n.print), (left.get(keyOf(n.sheetId, n.print)) ?? 0) + 1);
  const out: Found = new Map();
  for (const [k, e] of found) {
    const claim = keyOf(sheetOfKey(k), fingerprint(e.content));
    const n = left.get(claim) ?? 0;
    if (e.replies > 0 || n === 0) continue;
    left.set(claim, n - 1);
    out.set(k, e);
  }
  return out;
}

async function flush(ctx: Excel.RequestContext, ops: (() => void)[]): Promise<void> {
  for (let i = 0; i < ops.length; i += WRITE_CHUNK) {
    for (const op of ops.slice(i, i + WRITE_CHUNK)) op();
    await ctx.sync();
  }
}

function cannotRemove(kind: NoteKind): Error {
  return new Error(`This Excel cannot remove the add-in's ${kind}s (ExcelApi ${kind === 'note' ? '1.18' : '1.10'}).`);
}

/** Deletes the add-in's notes of `kind`; returns how many. */
async function deleteOurs(ctx: Excel.RequestContext, kind: NoteKind, memory: readonly WrittenNote[], ids: Map<string, string>): Promise<number> {
  const ours = oursOf(await existing(ctx, kind, ids), memory);
  await flush(ctx, [...ours.values()].map((e) => () => e.item.delete()));
  return ours.size;
}

export async function attachNotes(report: FileReport): Promise<NotesResult> {
  const kind = noteKind();
  if (!kind) throw new Error('Notes need ExcelApi 1.18 and comments 1.10; this Excel has neither.');
  const covered = new Set([...report.tables.map((t) => t.sheet), ...report.sheetsWithoutTable]);
  const result = await Excel.run(async (ctx) => {
    const ids = await sheetIds(ctx);
    const shown = probeMerges(ctx, [...flaggedCells(report).values()].filter((c) => ids.has(c.sheet)));
    let memory = writtenNotes();
    // Written the other way on another Excel (comments, now notes): those go first.
    if (memory && memory.kind !== kind) {
      if (!supports(API[memory.kind])) throw cannotRemove(memory.kind);
      await deleteOurs(ctx, memory.kind, memory.notes, ids);
      await putSettings({ [SETTING_KEYS.notes]: undefined });
      memory = undefined;
    }
    const found = await existing(ctx, kind, ids);
    const wanted = noteTexts(report, shown.relocate());
    // On a notes host a user's comment holds its cell too.
    const comments = kind === 'note' && supports('comments') ? await existing(ctx, 'comment', ids) : new Map();
    const ours = oursOf(found, memory?.notes ?? []);
    const nameById = new Map([...ids].map(([name, id]) => [id, name]));
    const ops: (() => void)[] = [];
    const written: WrittenNote[] = [];
    const pending: WrittenNote[] = [];
    const keep = new Set<string>();
    let skipped = 0;
    const missing = new Set<string>();
    for (const w of wanted.values()) {
      const sheetId = ids.get(w.sheet);
      if (!sheetId) {
        missing.add(w.sheet);
        continue;
      }
      const k = keyOf(sheetId, w.address);
      const mine = ours.get(k);
      if ((found.has(k) && !mine) || comments.has(k)) {
        skipped++;
        continue;
      }
      keep.add(k);
      written.push({ sheetId, sheetName: w.sheet, address: w.address, print: fingerprint(w.text) });
      if (mine && mine.content !== w.text) {
        pending.push({ sheetId, sheetName: w.sheet, address: w.address, print: fingerprint(mine.content) });
        ops.push(() => void (mine.item.content = w.text));
      } else if (!mine && kind === 'note') {
        ops.push(() => void ctx.workbook.worksheets.getItem(sheetId).notes.add(w.address, w.text));
      } else if (!mine) {
        ops.push(() => void ctx.workbook.comments.add(`${quoteSheet(w.sheet)}!${w.address}`, w.text));
      }
    }
    for (const [k, e] of ours) {
      if (keep.has(k)) continue;
      const sheetId = sheetOfKey(k);
      const entry = { sheetId, sheetName: nameById.get(sheetId) ?? '', address: k.slice(sheetId.length + 1), print: fingerprint(e.content) };
      // A check of one sheet says nothing of the others: their notes stay.
      if (covered.has(entry.sheetName)) {
        pending.push(entry);
        ops.push(() => e.item.delete());
      } else written.push(entry);
    }
    // Remembered before writing: should Excel refuse midway, what it did write can still be taken off.
    await putSettings({ [SETTING_KEYS.notes]: encodeNotes(kind, [...written, ...pending]) });
    await flush(ctx, ops);
    return { written, skipped, missingSheets: [...missing] };
  });
  await putSettings({ [SETTING_KEYS.notes]: encodeNotes(kind, result.written) });
  return { kind, written: result.written.length, skipped: result.skipped, missingSheets: result.missingSheets };
}

/** True when the document remembers notes the add-in wrote. */
export function notesRemembered(): boolean {
  return (writtenNotes()?.notes.length ?? 0) > 0;
}

/** Deletes the add-in's notes the user has not edited or replied to. */
export async function removeNotes(): Promise<NotesRemoved> {
  const memory = writtenNotes();
  if (!memory || memory.notes.length === 0) return { kind: noteKind() ?? 'note', removed: 0 };
  // Written as notes, opened in an Excel without them: keep the memory for an Excel that can take them off.
  if (!supports(API[memory.kind])) throw cannotRemove(memory.kind);
  const removed = await Excel.run(async (ctx) => deleteOurs(ctx, memory.kind, memory.notes, await sheetIds(ctx)));
  await putSettings({ [SETTING_KEYS.notes]: undefined });
  return { kind: memory.kind, removed };
}
