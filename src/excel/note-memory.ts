/**
 * "Ghi chú ô": the notes (or comments) the add-in writes on flagged cells, and what it keeps to take exactly those
 * off again — each cell with a fingerprint of the text written. A note whose text the user changed is theirs now
 * and stays. Pure data functions.
 */
import type { FileReport, IssueReport } from '../core/report';
import type { NoteKind } from '../taskpane/use-cases';
import { flaggedIssues } from './fill-memory';
import { getSetting, SETTING_KEYS } from './office-env';

export type { NoteKind };

export interface WrittenNote {
  sheetId: string;
  sheetName: string;
  address: string;
  /** fingerprint(content) of the text the add-in wrote. */
  print: string;
}

interface StoredNotes {
  v: 1;
  kind: NoteKind;
  sheets: { id: string; name: string; cells: [string, string][] }[];
}

/** Excel keeps a note's text as given; long ones are hard to read on a cell anyway. */
export const MAX_NOTE_CHARS = 1000;
const TITLE = 'Trợ lý Phụ lục (Annex Assistant)';

/**
 * FNV-1a, 32 bits, base 36, of the text with its line ends and edge spaces evened out (a host may hand the text back
 * with "\r\n"): enough to tell our text from a user's edit of it.
 */
export function fingerprint(text: string): string {
  const t = text.replace(/\r\n?/g, '\n').replace(/[ \t]+$/gm, '').trim();
  let h = 0x811c9dc5;
  for (let i = 0; i < t.length; i++) h = Math.imul(h ^ t.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

function line(i: IssueReport): string {
  return `• ${i.message}${i.hint ? ` — ${i.hint}` : ''}`;
}

/**
 * The note text of each flagged cell (errors and warnings, as highlighted), by sheet name and address. `at` moves a
 * cell to where it shows (a merged area's top-left cell); the messages of cells moved together share one note.
 */
export function noteTexts(report: FileReport, at: (sheet: string, address: string) => string = (_s, a) => a): Map<string, { sheet: string; address: string; text: string }> {
  const byCell = new Map<string, { sheet: string; address: string; lines: string[] }>();
  for (const { issue, address: flagged } of flaggedIssues(report)) {
    const address = at(issue.sheet, flagged);
    const key = `${issue.sheet}\n${address}`;
    let c = byCell.get(key);
    if (!c) byCell.set(key, (c = { sheet: issue.sheet, address, lines: [] }));
    const l = line(issue);
    if (!c.lines.includes(l)) c.lines.push(l);
  }
  const out = new Map<string, { sheet: string; address: string; text: string }>();
  for (const [key, c] of byCell) {
    const text = [TITLE, ...c.lines].join('\n');
    out.set(key, { sheet: c.sheet, address: c.address, text: text.length > MAX_NOTE_CHARS ? `${text.slice(0, MAX_NOTE_CHARS - 1)}…` : text });
  }
  return out;
}

export function encodeNotes(kind: NoteKind, notes: readonly WrittenNote[]): StoredNotes | undefined {
  if (notes.length === 0) return undefined;
  const sheets = new Map<string, StoredNotes['sheets'][number]>();
  for (const n of notes) {
    let s = sheets.get(n.sheetId);
    if (!s) sheets.set(n.sheetId, (s = { id: n.sheetId, name: n.sheetName, cells: [] }));
    s.cells.push([n.address, n.print]);
  }
  return { v: 1, kind, sheets: [...sheets.values()] };
}

export function decodeNotes(raw: unknown): { kind: NoteKind; notes: WrittenNote[] } | undefined {
  const m = raw as Partial<StoredNotes> | null | undefined;
  if (!m || m.v !== 1 || (m.kind !== 'note' && m.kind !== 'comment') || !Array.isArray(m.sheets)) return undefined;
  const notes: WrittenNote[] = [];
  for (const s of m.sheets) {
    if (typeof s?.id !== 'string' || !Array.isArray(s.cells)) continue;
    for (const [address, print] of s.cells) {
      if (typeof address === 'string' && typeof print === 'string') notes.push({ sheetId: s.id, sheetName: String(s.name), address, print });
    }
  }
  return { kind: m.kind, notes };
}

export function writtenNotes(): { kind: NoteKind; notes: WrittenNote[] } | undefined {
  return decodeNotes(getSetting(SETTING_KEYS.notes));
}
