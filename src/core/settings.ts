import { z } from 'zod';
import { extendDirectory } from './agency/extend';
import { AgencyEntrySchema, type AgencyDirectory, OutdatedEntrySchema } from './agency/types';
import { type ColumnSchema, RoleSchema, TableKindSchema } from './schema/column-schema';

/** A province's settings file: extra header synonyms, extra agencies, plan year. Everything optional, everything added to the defaults. */
export const SettingsSchema = z
  .object({
    planYear: z.number().int().min(2000).max(2100).optional(),
    synonyms: z.partialRecord(RoleSchema, z.array(z.string().min(1))).optional(),
    tableKinds: z.array(TableKindSchema).optional(),
    agencies: z.array(AgencyEntrySchema).optional(),
    outdated: z.array(OutdatedEntrySchema).optional(),
  })
  .strict();
export type Settings = z.infer<typeof SettingsSchema>;

export function applySettings(schema: ColumnSchema, directory: AgencyDirectory, settings: Settings) {
  const synonyms = { ...schema.synonyms };
  for (const [role, extra] of Object.entries(settings.synonyms ?? {}) as [keyof typeof synonyms, string[]][]) {
    synonyms[role] = [...(synonyms[role] ?? []), ...extra];
  }
  return {
    schema: { synonyms, tableKinds: settings.tableKinds ?? schema.tableKinds },
    directory: extendDirectory(directory, { agencies: settings.agencies ?? [], outdated: settings.outdated ?? [] }),
  };
}
