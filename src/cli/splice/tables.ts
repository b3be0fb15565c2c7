/** The package's table parts: their workbook-wide ids and the names new tables may not take. */
import { attrsOf, element, rootPrefix } from '../xlsx-xml';
import { CONTENT_TYPES, CT_TABLE, readOverrides } from './content-types';
import type { PartStore } from './parts';
import { safeDecode } from './paths';
import { reachable } from './rels';

export class TableIndex {
  private overrides: Map<string, string> | undefined;

  constructor(private readonly parts: PartStore) {}

  /** The largest table id in the package (0 without tables). */
  maxId(): number {
    let max = 0;
    for (const name of this.parts.names()) if (this.isTablePart(name)) max = Math.max(max, Number(this.attrs(name).get('id')) || 0);
    return max;
  }

  /**
   * Names a new table may not take (lower case): the tables of the sheets kept and the workbook's defined names,
   * which share one namespace with tables.
   */
  takenNames(definedNames: readonly string[]): Set<string> {
    const out = new Set(definedNames.map((n) => n.toLowerCase()));
    for (const part of reachable(this.parts)) {
      if (!this.isTablePart(part)) continue;
      const a = this.attrs(part);
      for (const k of ['name', 'displayName']) if (a.get(k)) out.add((a.get(k) as string).toLowerCase());
    }
    return out;
  }

  private isTablePart(part: string): boolean {
    this.overrides ??= readOverrides(this.parts.text(CONTENT_TYPES));
    return this.overrides.get(safeDecode(part).toLowerCase()) === CT_TABLE;
  }

  /** The attributes of a table part's root element. */
  private attrs(part: string): Map<string, string> {
    const xml = this.parts.text(part);
    const t = element(xml, `${rootPrefix(xml, 'table') ?? ''}table`);
    return t ? attrsOf(t.tag) : new Map<string, string>();
  }
}
