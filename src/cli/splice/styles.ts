/** styles.xml: the cell formats the summary sheets ask for, merged into the workbook's own and reused where equal. */
import { attrsOf, element, elements, escAttr, rootPrefix, setAttr, type XmlElement } from '../xlsx-xml';
import { SpliceUnsupported } from './errors';

/** A cell format: what the summary sheets ask of styles.xml. */
export interface XfSpec {
  font: { name: string; size: number; bold?: boolean; italic?: boolean; underline?: boolean; color?: string };
  /** Solid fill colour (ARGB). */
  fill?: string;
  border?: Partial<Record<'left' | 'right' | 'top' | 'bottom', { style: string; color: string }>>;
  numFmt?: string;
  alignment?: { horizontal?: 'left' | 'center'; vertical?: 'top' | 'center'; wrapText?: boolean };
}

const BUILTIN_FORMATS: Record<string, number> = { General: 0, '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '0%': 9, '0.00%': 10 };

/** styles.xml with cell formats appended: the existing ones (and so every index the kept sheets use) stay as they are. */
export class StyleBook {
  private readonly p: string;
  private readonly base: Record<'numFmts' | 'fonts' | 'fills' | 'borders' | 'cellXfs', number>;
  private readonly numFmtIds = new Map<string, number>();
  private nextNumFmt: number;
  private readonly fonts = new Map<string, number>();
  private readonly fills = new Map<string, number>();
  private readonly borders = new Map<string, number>();
  private readonly xfs = new Map<string, number>();
  private readonly newNumFmts: string[] = [];
  private readonly oldFonts = new Map<string, number>();
  private readonly oldFills = new Map<string, number>();
  private readonly oldBorders = new Map<string, number>();
  private readonly oldXfs = new Map<string, number>();
  private readonly hasStyleXf: boolean;

  constructor(private readonly xml: string) {
    const p = rootPrefix(xml, 'styleSheet');
    if (p === undefined) throw new SpliceUnsupported('unexpected styles part');
    this.p = p;
    const count = (section: string, child: string, known?: Map<string, number>) => {
      const e = element(xml, `${p}${section}`);
      if (!e) return undefined;
      const list = elements(e.inner, `${p}${child}`);
      // Formats written exactly as this writes them (by an earlier run) are reused rather than added again.
      if (known) list.forEach((x, i) => known.has(x.xml) || known.set(x.xml, i));
      return list.length;
    };
    const fonts = count('fonts', 'font', this.oldFonts);
    const fills = count('fills', 'fill', this.oldFills);
    const borders = count('borders', 'border', this.oldBorders);
    const cellXfs = count('cellXfs', 'xf', this.oldXfs);
    if (!fonts || !fills || !borders || !cellXfs) throw new SpliceUnsupported('styles.xml without fonts, fills, borders or cell formats');
    this.base = { numFmts: count('numFmts', 'numFmt') ?? 0, fonts, fills, borders, cellXfs };
    this.hasStyleXf = (count('cellStyleXfs', 'xf') ?? 0) > 0;
    let max = 163;
    const nf = element(xml, `${p}numFmts`);
    for (const e of nf ? elements(nf.inner, `${p}numFmt`) : []) {
      const a = attrsOf(e.tag);
      const id = Number(a.get('numFmtId'));
      if (!Number.isFinite(id)) continue;
      max = Math.max(max, id);
      const code = a.get('formatCode');
      if (code !== undefined && !this.numFmtIds.has(code)) this.numFmtIds.set(code, id);
    }
    this.nextNumFmt = max + 1;
  }

  /** The index in cellXfs of this format (added on first use). */
  xf(s: XfSpec): number {
    const p = this.p;
    const fontId = this.intern(this.oldFonts, this.fonts, this.base.fonts, fontXml(p, s.font));
    const fillId = s.fill ? this.intern(this.oldFills, this.fills, this.base.fills, `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${escAttr(s.fill)}"/></${p}patternFill></${p}fill>`) : 0;
    const borderId = s.border ? this.intern(this.oldBorders, this.borders, this.base.borders, borderXml(p, s.border)) : 0;
    const numFmtId = s.numFmt === undefined ? 0 : this.numFmt(s.numFmt);
    const al = s.alignment;
    const alignment = al ? `<${p}alignment${al.horizontal ? ` horizontal="${al.horizontal}"` : ''}${al.vertical ? ` vertical="${al.vertical}"` : ''}${al.wrapText ? ' wrapText="1"' : ''}/>` : '';
    const applies = [numFmtId ? ' applyNumberFormat="1"' : '', ' applyFont="1"', fillId ? ' applyFill="1"' : '', borderId ? ' applyBorder="1"' : '', alignment ? ' applyAlignment="1"' : ''].join('');
    const xml = `<${p}xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}"${this.hasStyleXf ? ' xfId="0"' : ''}${applies}${alignment ? `>${alignment}</${p}xf>` : '/>'}`;
    return this.intern(this.oldXfs, this.xfs, this.base.cellXfs, xml);
  }

  /** The new styles.xml, or undefined when nothing was added. */
  render(): string | undefined {
    if (this.xfs.size === 0 && this.newNumFmts.length === 0) return undefined;
    const p = this.p;
    let xml = this.xml;
    const append = (section: string, items: Iterable<string>, total: number) => {
      const list = [...items];
      if (list.length === 0) return;
      const e = element(xml, `${p}${section}`) as XmlElement;
      const tag = setAttr(e.tag.replace(/\s*\/>$/, '>'), 'count', String(total));
      xml = xml.slice(0, e.start) + tag + e.inner + list.join('') + `</${p}${section}>` + xml.slice(e.end);
    };
    if (this.newNumFmts.length) {
      if (element(xml, `${p}numFmts`)) append('numFmts', this.newNumFmts, this.base.numFmts + this.newNumFmts.length);
      else {
        const fonts = element(xml, `${p}fonts`) as XmlElement;
        xml = xml.slice(0, fonts.start) + `<${p}numFmts count="${this.newNumFmts.length}">${this.newNumFmts.join('')}</${p}numFmts>` + xml.slice(fonts.start);
      }
    }
    append('fonts', this.fonts.keys(), this.base.fonts + this.fonts.size);
    append('fills', this.fills.keys(), this.base.fills + this.fills.size);
    append('borders', this.borders.keys(), this.base.borders + this.borders.size);
    append('cellXfs', this.xfs.keys(), this.base.cellXfs + this.xfs.size);
    return xml;
  }

  private numFmt(code: string): number {
    const builtin = BUILTIN_FORMATS[code];
    if (builtin !== undefined) return builtin;
    const known = this.numFmtIds.get(code);
    if (known !== undefined) return known;
    const id = this.nextNumFmt++;
    this.numFmtIds.set(code, id);
    this.newNumFmts.push(`<${this.p}numFmt numFmtId="${id}" formatCode="${escAttr(code)}"/>`);
    return id;
  }

  private intern(old: Map<string, number>, map: Map<string, number>, base: number, xml: string): number {
    let id = old.get(xml) ?? map.get(xml);
    if (id === undefined) {
      id = base + map.size;
      map.set(xml, id);
    }
    return id;
  }
}

function fontXml(p: string, f: XfSpec['font']): string {
  return `<${p}font>${f.bold ? `<${p}b/>` : ''}${f.italic ? `<${p}i/>` : ''}${f.underline ? `<${p}u/>` : ''}<${p}sz val="${f.size}"/>${f.color ? `<${p}color rgb="${escAttr(f.color)}"/>` : ''}<${p}name val="${escAttr(f.name)}"/></${p}font>`;
}

function borderXml(p: string, b: NonNullable<XfSpec['border']>): string {
  const side = (k: 'left' | 'right' | 'top' | 'bottom') => {
    const s = b[k];
    return s ? `<${p}${k} style="${s.style}"><${p}color rgb="${escAttr(s.color)}"/></${p}${k}>` : `<${p}${k}/>`;
  };
  return `<${p}border>${side('left')}${side('right')}${side('top')}${side('bottom')}<${p}diagonal/></${p}border>`;
}
