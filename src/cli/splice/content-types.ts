/** [Content_Types].xml: the content type of each part, and the overrides of the parts dropped and added. */
import { attrsOf, elements, escAttr, rootPrefix } from '../xlsx-xml';
import { SpliceUnsupported } from './errors';
import { resolveTarget, safeDecode } from './paths';

export const CONTENT_TYPES = '[Content_Types].xml';
export const CT_WORKSHEET = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
export const CT_TABLE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml';

/** The overridden content types: decoded part name (lower case) → content type. */
export function readOverrides(types: string): Map<string, string> {
  const p = rootPrefix(types, 'Types') ?? '';
  return new Map(
    elements(types, `${p}Override`).map((e) => {
      const a = attrsOf(e.tag);
      return [safeDecode(resolveTarget('', a.get('PartName') ?? '')).toLowerCase(), a.get('ContentType') ?? ''];
    }),
  );
}

export const overrideXml = (part: string, contentType: string) => `<Override PartName="/${escAttr(part)}" ContentType="${contentType}"/>`;

/** The dropped parts' overrides go, the new parts' (`<Override …/>` elements) come. */
export function editContentTypes(types: string, isDropped: (key: string) => boolean, overrides: readonly string[]): string {
  const typesPrefix = rootPrefix(types, 'Types');
  if (typesPrefix === undefined) throw new SpliceUnsupported('unexpected [Content_Types].xml');
  for (const e of elements(types, `${typesPrefix}Override`)) {
    const name = resolveTarget('', attrsOf(e.tag).get('PartName') ?? '').toLowerCase();
    if (isDropped(name) || isDropped(safeDecode(name))) types = types.replace(e.xml, '');
  }
  const typesEnd = types.lastIndexOf(`</${typesPrefix}Types>`);
  if (typesEnd < 0) throw new SpliceUnsupported('unexpected [Content_Types].xml');
  return types.slice(0, typesEnd) + overrides.join('').replace(/<Override /g, `<${typesPrefix}Override `) + types.slice(typesEnd);
}
