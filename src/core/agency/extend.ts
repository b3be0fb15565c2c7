import { agencyKey } from './directory';
import { deepFreeze } from './directory-data';
import { AgencyDirectorySchema, type AgencyDirectory } from './types';

const ExtensionSchema = AgencyDirectorySchema.partial().strict();

/**
 * Adds a province's own entries (JSON settings) to `base`. An extra entry whose name or alias resolves like a base
 * name replaces that base entry (or just the clashing alias), so a province can e.g. declare "Sở Ngoại vụ" outdated.
 * Throws the ZodError of an invalid `extra`.
 */
export function extendDirectory(base: AgencyDirectory, extra: unknown): AgencyDirectory {
  const ext = ExtensionSchema.parse(extra);
  const agencies = ext.agencies ?? [];
  const outdated = ext.outdated ?? [];
  const taken = new Set([...agencies, ...outdated].flatMap((e) => [e.name, ...e.aliases]).map(agencyKey));
  const keep = <E extends { name: string; aliases: string[] }>(list: readonly E[]): E[] =>
    list
      .filter((e) => !taken.has(agencyKey(e.name)))
      .map((e) => ({ ...e, aliases: e.aliases.filter((a) => !taken.has(agencyKey(a))) }));
  return deepFreeze({
    agencies: [...agencies, ...keep(base.agencies)],
    outdated: [...outdated, ...keep(base.outdated)],
  });
}
