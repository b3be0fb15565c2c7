import { eachMatch } from '../text/each-match';
import { expandDepartmentList } from './department-list';
import { cleanText, memo } from '../text/normalize';
import { QUALIFIER_RE, directoryIndex, lookupAgency, lookupKey, pieceKey, remember, type DirectoryIndex } from './directory';
import { startsLowercase } from '../text/case';
import { AGENCY_OPENING_RE } from './opening';
import type { AgencyDirectory } from './types';

/** hard: ";" or a new bulleted line, never joined; soft: ",", "/" or a line break; and: "và"/"với". */
type Separator = 'hard' | 'soft' | 'and';

interface Piece {
  start: number;
  end: number;
  /** Separator after this piece; null for the last one. */
  sep: Separator | null;
  /** "va"/"voi" when the separator holds that word, else "": joined names keep it in their key. */
  joint: string;
}

interface Segment {
  start: number;
  end: number;
  known: boolean;
  sep: Separator | null;
}

const BULLET = String.raw`(?:[-+•*–—]|\d{1,2}[.)])\s+`;
const LEADING_BULLET_RE = new RegExp(`^${BULLET}`, 'u');
const SEPARATOR_RE = new RegExp(
  String.raw`\s*\n(${BULLET})?(?:(?:và|với)\s+)?|\s*(;)\s*|\s*,\s*(?:(?:và|với)\s+)?|(?<=\p{L}{2})\s*\/\s*(?=\p{L}{2})|\s+(?:và|với)\s+(?=\S)`,
  'giu',
);
const JOINT_RE = /(và|với)\s+$/iu;
const PARENTHESES_RE = /\([^()]*\)/g;
const EDGE_PUNCTUATION_RE = /^[\s\-+•*–—.,;:]+|[\s\-+•*–—.,;:]+$/gu;
const LABEL_RE = /^(?:(?:cơ quan\s+)?(?:chủ trì|phối hợp)\s*:\s*|(?:và|với)\s+)/iu;
const ROLE_TAIL_RE = /\s*(?:\(\s*(?:chủ trì|phối hợp)\s*\)|(?<=^|\s)(?:chủ trì|phối hợp)|\s(?:và|với))$/iu;
const HAS_WORD_RE = /[\p{L}\p{N}]/u;

function nextChar(s: string, at: number): string {
  let k = at;
  while (s.charCodeAt(k) === 32) k++;
  return s.charAt(k);
}

function tokenise(s: string): Piece[] {
  const guarded: Array<[number, number]> = [];
  if (s.includes('(')) eachMatch(PARENTHESES_RE, s, (m) => guarded.push([m.index, m.index + m[0].length]));
  const pieces: Piece[] = [];
  let start = 0;
  eachMatch(SEPARATOR_RE, s, (m) => {
    if (guarded.length > 0 && guarded.some(([a, b]) => m.index > a && m.index < b)) return;
    const isLine = m[0].includes('\n');
    // "Sở Nội vụ" / "(Phòng CCHC)": a note in parentheses on the next line stays with the name.
    if (isLine && nextChar(s, m.index + m[0].length) === '(') return;
    const hard = m[2] !== undefined || (isLine && m[1] !== undefined);
    const sep: Separator = hard ? 'hard' : /[,\n/]/.test(m[0]) ? 'soft' : 'and';
    const word = JOINT_RE.exec(m[0])?.[1]?.toLowerCase();
    pieces.push({ start, end: m.index, sep, joint: word === undefined ? '' : word === 'và' ? 'va' : 'voi' });
    start = m.index + m[0].length;
  });
  pieces.push({ start, end: s.length, sep: null, joint: '' });
  return pieces.filter((p) => p.end > p.start);
}

const TINH_WORD_RE = /(?:^| )tinh(?: |$)/;

function lastBeforeHard(pieces: Piece[], j: number): number {
  let k = j;
  while (k + 1 < pieces.length && pieces[k]?.sep !== 'hard') k++;
  return k;
}

/** Index of the last piece of the longest known name starting at piece i, or -1. */
function longestKnown(s: string, pieces: Piece[], i: number, index: DirectoryIndex): number {
  let best = -1;
  let key = '';
  let placeAllowed = true;
  for (let j = i; j < pieces.length; j++) {
    const piece = pieces[j];
    if (!piece || (j > i && pieces[j - 1]?.sep === 'hard')) break;
    const text = s.slice(piece.start, piece.end);
    const pk = pieceKey(text, index);
    key = j === i ? pk : [key, pieces[j - 1]?.joint ?? '', pk].filter((k) => k !== '').join(' ');
    if (j === i ? lookupAgency(text, index) : lookupKey(key, index, placeAllowed)) {
      // A qualifying clause ("… được phân công chủ trì …, nhiệm vụ …") runs on to the next ";".
      if (QUALIFIER_RE.test(pk)) return lastBeforeHard(pieces, j);
      best = j;
    }
    if (!index.prefixes.has(key)) break;
    if (TINH_WORD_RE.test(pk)) placeAllowed = false;
  }
  return best;
}

/** Where a piece holding two names with no separator ("Sở Tư pháp Các sở") should be cut, or -1. */
function runOnCut(s: string, piece: Piece, index: DirectoryIndex): number {
  const text = s.slice(piece.start, piece.end);
  const words = pieceKey(text, index).split(' ');
  if (words.length < 2 || !index.prefixes.has(words[0] ?? '')) return -1;
  const cutsTwoNames = (left: string, right: string): boolean =>
    lookupKey(left, index) !== undefined && (index.prefixes.has(right) || lookupKey(right, index) !== undefined);
  let possible = false;
  for (let n = 1; n < words.length && !possible; n++) {
    possible = cutsTwoNames(words.slice(0, n).join(' '), words.slice(n).join(' '));
  }
  if (!possible) return -1;
  for (const m of text.matchAll(/\s+/g)) {
    const left = pieceKey(text.slice(0, m.index), index);
    const right = text.slice(m.index + m[0].length);
    const rightKey = pieceKey(right, index);
    // A lone word that only opens names is not a second body: "Thanh tra Sở" is the department's inspectorate.
    const body = lookupKey(rightKey, index) !== undefined || /\S\s+\S/.test(right);
    if (body && cutsTwoNames(left, rightKey)) return m.index;
  }
  return -1;
}

function segment(s: string, pieces: Piece[], index: DirectoryIndex): Segment[] {
  const segments: Segment[] = [];
  for (let i = 0; i < pieces.length; ) {
    const piece = pieces[i];
    if (!piece) break;
    const j = longestKnown(s, pieces, i, index);
    const last = pieces[j];
    if (last) {
      segments.push({ start: piece.start, end: last.end, known: true, sep: last.sep });
      i = j + 1;
      continue;
    }
    const cut = runOnCut(s, piece, index);
    if (cut > 0) {
      const rightStart = piece.start + cut + (s.slice(piece.start + cut).match(/^\s+/)?.[0].length ?? 0);
      const left: Piece = { start: piece.start, end: piece.start + cut, sep: 'hard', joint: '' };
      pieces.splice(i, 1, left, { ...piece, start: rightStart });
      continue;
    }
    segments.push({ start: piece.start, end: piece.end, known: false, sep: piece.sep });
    i++;
  }
  return segments;
}

/** Past "và" an unknown name goes on unless another body's name opens: "… tỉnh và Hải quan cửa khẩu …" is two. */
const afterAnd = (prev: Segment, text: string) => prev.sep === 'and' && !AGENCY_OPENING_RE.test(text);
/**
 * Past a comma, in a body's name ("Phòng …", "Trung tâm …") not yet complete ("… tỉnh"), before a lower-case word or
 * an "A và B" tail: "Phòng Công chức, viên chức", "Phòng Kinh tế, Hạ tầng và Đô thị"; not "Mobifone, Viettel và VNPT".
 */
const afterComma = (prev: Segment, text: string, before: string) =>
  prev.sep === 'soft' && AGENCY_OPENING_RE.test(before) && !/\stỉnh$/u.test(before) && !AGENCY_OPENING_RE.test(text) &&
  (startsLowercase(text) || /\svà\s/u.test(text));

function mergeUnknownRuns(s: string, segments: Segment[], goesOn: (prev: Segment, text: string, before: string) => boolean): Segment[] {
  const out: Segment[] = [];
  for (const seg of segments) {
    const prev = out[out.length - 1];
    if (prev && !prev.known && !seg.known && goesOn(prev, s.slice(seg.start, seg.end), s.slice(prev.start, prev.end).trim())) {
      out[out.length - 1] = { ...prev, end: seg.end, sep: seg.sep };
    } else {
      out.push(seg);
    }
  }
  return out;
}

/** Labels, bullets and role words off a part's edges; parts repeat ("Sở Y tế"), so each is tidied once. */
const tidy = memo(20_000, 120, (part) => {
  let t = part.replace(/\s+/g, ' ').replace(EDGE_PUNCTUATION_RE, '').replace(LABEL_RE, '');
  for (let prev = ''; prev !== t; ) {
    prev = t;
    t = t.replace(ROLE_TAIL_RE, '').replace(EDGE_PUNCTUATION_RE, '');
  }
  return t;
});

function splitClean(s: string, index: DirectoryIndex): string[] {
  return mergeUnknownRuns(s, mergeUnknownRuns(s, segment(s, tokenise(s), index), afterAnd), afterComma)
    .map((seg) => tidy(s.slice(seg.start, seg.end)))
    .filter((part) => HAS_WORD_RE.test(part));
}

/** Only ";" outside parentheses, never after a ",", is a hard cut in every reading: "A; B" splits as A, then B. */
const SIMPLE_HARD_RE = /^[^(\n]*;[^(\n]*$/;
const COMMA_SEMICOLON_RE = /,\s*;/;

function compute(text: string, index: DirectoryIndex): readonly string[] {
  const s = expandDepartmentList(cleanText(text).replace(LEADING_BULLET_RE, ''), index);
  if (!SIMPLE_HARD_RE.test(s) || COMMA_SEMICOLON_RE.test(s)) return splitClean(s, index);
  // The parts repeat across cells far more than whole cells do ("Sở Nội vụ; Sở Tài chính"): each is split once.
  return s.split(';').flatMap((part) => {
    const p = part.trim();
    return index.parts.get(p) ?? remember(index.parts, p, splitClean(p, index));
  });
}

/**
 * Splits a "Cơ quan chủ trì/phối hợp" cell into agency names, keeping names that contain "," or "và" whole when the
 * directory knows them. Unknown names split on ",", ";", "/" and line breaks, on "và" only before another body's name.
 */
export function splitAgencies(text: string, dir: AgencyDirectory): string[] {
  const index = directoryIndex(dir);
  return [...(index.splits.get(text) ?? remember(index.splits, text, compute(text, index)))];
}
