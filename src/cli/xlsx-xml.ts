/** Small XML helpers for writing and editing SpreadsheetML parts as text. */

const INVALID_XML = /[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]/g;
const NEEDS_TEXT_WORK = /[&<>\r\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|_x[0-9a-fA-F]{4}_/;

const hex4 = (c: string) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`;

/**
 * Cell text as SpreadsheetML stores it: XML-escaped, with characters XML cannot carry (and CR, which XML parsers
 * fold into LF) written as Excel's `_xHHHH_`, and a literal `_xHHHH_` protected as `_x005F_xHHHH_`.
 */
export function escText(s: string): string {
  if (!NEEDS_TEXT_WORK.test(s)) return s;
  return s
    .replace(/_(x[0-9a-fA-F]{4}_)/g, '_x005F_$1')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '_x000D_')
    .replace(INVALID_XML, hex4);
}

/** An attribute value (double-quoted). */
export function escAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(INVALID_XML, '').replace(/[\t\n\r]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Resolves the five predefined entities and character references. */
export function unescXml(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (_m, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[e] ?? '';
  });
}

/** Attributes of a start tag (`<name a="1" b='2'>`), keyed by qualified name, values unescaped. */
export function attrsOf(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  const re = /([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  const open = tag.replace(/^<[^\s/>]+/, '');
  for (let m = re.exec(open); m; m = re.exec(open)) out.set(m[1] as string, unescXml(m[2] ?? m[3] ?? ''));
  return out;
}

/** Sets (or adds) an attribute in a start tag. */
export function setAttr(tag: string, name: string, value: string): string {
  const re = new RegExp(`(\\s${name.replace(/[.]/g, '\\.')}\\s*=\\s*)(?:"[^"]*"|'[^']*')`);
  if (re.test(tag)) return tag.replace(re, `$1"${escAttr(value)}"`);
  return tag.replace(/\s*(\/?>)$/, ` ${name}="${escAttr(value)}"$1`);
}

export interface XmlElement {
  /** The whole element, from `<` of the start tag to the end of the end tag (or of the empty tag). */
  xml: string;
  start: number;
  end: number;
  /** The start tag alone. */
  tag: string;
  /** Text between the tags ('' for an empty element). */
  inner: string;
}

/**
 * Elements named `qname` in `xml` from `from`, not nested in each other (SpreadsheetML's flat lists: sheets,
 * definedNames, relationships, styles' fonts …). `qname` includes any prefix.
 */
export function elements(xml: string, qname: string, from = 0, to = xml.length): XmlElement[] {
  const out: XmlElement[] = [];
  const q = qname.replace(/[.]/g, '\\.');
  const re = new RegExp(`<${q}(?=[\\s/>])(?:[^>"']|"[^"]*"|'[^']*')*>`, 'g');
  re.lastIndex = from;
  for (let m = re.exec(xml); m && m.index < to; m = re.exec(xml)) {
    const tag = m[0];
    const start = m.index;
    if (tag.endsWith('/>')) {
      out.push({ xml: tag, start, end: start + tag.length, tag, inner: '' });
      continue;
    }
    const close = xml.indexOf(`</${qname}>`, start + tag.length);
    if (close < 0) throw new Error(`unclosed <${qname}>`);
    const end = close + qname.length + 3;
    out.push({ xml: xml.slice(start, end), start, end, tag, inner: xml.slice(start + tag.length, close) });
    re.lastIndex = end;
  }
  return out;
}

/** The first element named `qname`, or undefined. */
export function element(xml: string, qname: string, from = 0): XmlElement | undefined {
  return elements(xml, qname, from)[0];
}

/** The prefix (with its colon, or '') of the document element if it is `local`; undefined if the root is another element. */
export function rootPrefix(xml: string, local: string): string | undefined {
  const m = /<(?!\?|!)([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)[\s/>]/.exec(xml);
  return m && m[2] === local ? (m[1] ?? '') : undefined;
}
