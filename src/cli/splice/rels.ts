/** Package relationships: reading and adding them, and dropping the parts no relationship reaches any more. */
import { attrsOf, elements, escAttr, rootPrefix } from '../xlsx-xml';
import { SpliceUnsupported } from './errors';
import type { PartStore } from './parts';
import { relsOf, resolveTarget } from './paths';

export const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const REL_OFFICE_DOC = `${NS_REL}/officeDocument`;
export const REL_WORKSHEET = `${NS_REL}/worksheet`;
export const REL_TABLE = `${NS_REL}/table`;
export const REL_CALC_CHAIN = `${NS_REL}/calcChain`;
export const REL_STYLES = `${NS_REL}/styles`;

export interface Rel {
  id: string;
  type: string;
  target: string;
  external: boolean;
  xml: string;
}

export function parseRels(xml: string): Rel[] {
  const p = rootPrefix(xml, 'Relationships');
  if (p === undefined) throw new SpliceUnsupported('unexpected relationships part');
  return elements(xml, `${p}Relationship`).map((e) => {
    const a = attrsOf(e.tag);
    return { id: a.get('Id') ?? '', type: a.get('Type') ?? '', target: a.get('Target') ?? '', external: a.get('TargetMode') === 'External', xml: e.xml };
  });
}

export function addRelsXml(xml: string, rels: string): string {
  const at = xml.lastIndexOf('</');
  if (at < 0) {
    // `<Relationships …/>`: an empty relationships part.
    return xml.replace(/\/>\s*$/, `>${rels}</Relationships>`);
  }
  return xml.slice(0, at) + rels + xml.slice(at);
}

export const relXml = (id: string, type: string, target: string) => `<Relationship Id="${escAttr(id)}" Type="${type}" Target="${escAttr(target)}"/>`;

/** A new relationships part holding these `<Relationship>` elements. */
export const relsPartXml = (rels: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`;

/** Parts reachable from the package relationships (entry names as stored). */
export function reachable(parts: PartStore): Set<string> {
  const seen = new Set<string>();
  const queue: string[] = [''];
  while (queue.length) {
    const source = queue.shift() as string;
    const rels = source === '' ? '_rels/.rels' : relsOf(source);
    if (!parts.has(rels)) continue;
    for (const r of parseRels(parts.text(rels))) {
      if (r.external) continue;
      const e = parts.find(resolveTarget(source, r.target));
      if (!e || seen.has(e.name)) continue;
      seen.add(e.name);
      queue.push(e.name);
    }
  }
  return seen;
}

/** Removes the relationships `remove` picks from a relationships part, and drops every part only they reached. */
export function removeRels(parts: PartStore, relsPart: string, remove: (r: Rel) => boolean): void {
  const before = reachable(parts);
  let relsXml = parts.text(relsPart);
  for (const r of parseRels(relsXml)) {
    if (remove(r)) relsXml = relsXml.replace(r.xml, '');
  }
  parts.edit(relsPart, relsXml);
  const after = reachable(parts);
  for (const part of before) {
    if (after.has(part)) continue;
    parts.drop(part);
    parts.drop(relsOf(part));
  }
}
