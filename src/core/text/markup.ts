/**
 * HTML left in cell text by PDF/Word/HTML conversions: find the first tag or entity, or strip them all.
 * Only known tag names and well-formed entities count, so "Tỷ lệ < 5%", "a<b", "Sở A -> Sở B" or
 * "Kế hoạch & Đầu tư" are ordinary text. Pure string code, no DOM.
 */

const TAG_NAMES =
  'strong|strike|span|font|table|tbody|thead|small|sup|sub|div|del|ins|img|em|br|hr|ul|ol|li|tr|td|th|' +
  'h[1-6]|o:p|a|b|i|p|s|u';
/** Attributes must be name=value pairs: "<b and c>" is not a tag, "<span style='x'>" is. */
const ATTRS = `(?:\\s+[A-Za-z_:][\\w:.-]*\\s*=\\s*(?:"[^"]*"|'[^']*'|[^\\s"'<>=\`]+))*`;
const TAG = `<(/?)(${TAG_NAMES})${ATTRS}\\s*/?>`;

/** Named entities decoded by stripMarkup (and the only named ones findMarkup reports). */
const NAMED: Record<string, string> = {
  nbsp: '\u00a0', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ndash: '\u2013', mdash: '\u2014',
  hellip: '\u2026', lsquo: '\u2018', rsquo: '\u2019', ldquo: '\u201c', rdquo: '\u201d', bull: '\u2022',
  middot: '\u00b7', laquo: '\u00ab', raquo: '\u00bb', deg: '\u00b0', plusmn: '\u00b1', times: '\u00d7',
  divide: '\u00f7', le: '\u2264', ge: '\u2265', ne: '\u2260', copy: '\u00a9', reg: '\u00ae',
  trade: '\u2122', euro: '\u20ac', shy: '\u00ad', ensp: '\u2002', emsp: '\u2003', thinsp: '\u2009',
};
// Latin-1 accented vowels used by Vietnamese HTML: &agrave; &Aacute; &ecirc; &otilde; ...
const ACCENTS: Record<string, string> = { grave: '\u0300', acute: '\u0301', circ: '\u0302', tilde: '\u0303' };
for (const v of 'aeiouyAEIOUY') {
  for (const [name, mark] of Object.entries(ACCENTS)) {
    const ch = (v + mark).normalize('NFC');
    if (ch.length === 1 && ch.charCodeAt(0) <= 0xff) NAMED[v + name] = ch;
  }
}

const ENTITY = `&(?:#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|(?:${Object.keys(NAMED).join('|')});|nbsp(?![A-Za-z0-9]))`;

const FIND = new RegExp(`${TAG}|${ENTITY}`, 'i');
const TAG_G = new RegExp(TAG, 'gi');
const ENTITY_G = new RegExp(ENTITY, 'gi');
const BREAKS = new Set(['br', 'p', 'li', 'div', 'tr', 'ul', 'ol', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const CELLS = new Set(['td', 'th']);

/** Quick gate: no "<" and no "&" means nothing to find. */
function mayHoldMarkup(text: string): boolean {
  return text.indexOf('<') >= 0 || text.indexOf('&') >= 0;
}

/** The first HTML tag or entity in `text` (as written), or undefined. */
export function findMarkup(text: string): string | undefined {
  if (!mayHoldMarkup(text)) return undefined;
  const m = FIND.exec(text);
  return m ? m[0] : undefined;
}

function decodeEntity(entity: string): string {
  const body = entity.replace(/^&/, '').replace(/;$/, '');
  if (body.charAt(0) !== '#') return NAMED[body] ?? NAMED[body.toLowerCase()] ?? entity;
  const hexa = body.charAt(1) === 'x' || body.charAt(1) === 'X';
  const code = parseInt(body.slice(hexa ? 2 : 1), hexa ? 16 : 10);
  const ok = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
  return ok ? String.fromCodePoint(code) : entity;
}

/**
 * Text with tags removed (br, p, li, div, tr, headings and lists become line breaks; td/th a space) and
 * entities decoded, for matching. Runs of spaces around line breaks are tidied; the result is trimmed.
 */
export function stripMarkup(text: string): string {
  if (!mayHoldMarkup(text) || !FIND.test(text)) return text;
  const noTags = text.replace(TAG_G, (_tag: string, _slash: string, name: string) => {
    const n = name.toLowerCase();
    return BREAKS.has(n) ? '\n' : CELLS.has(n) ? ' ' : '';
  });
  return noTags
    .replace(ENTITY_G, decodeEntity)
    .replace(/[ \t]*\n[ \t\n]*/g, '\n')
    .replace(/[ \t]{2,}/g, ' ')
    .trim();
}
