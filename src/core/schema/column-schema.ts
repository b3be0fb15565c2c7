import { z } from 'zod';
import { ROLES } from './roles';

export const RoleSchema = z.enum(ROLES);

/** Which roles a table must have to be checked as a table of that kind. */
export const TableKindSchema = z.object({
  name: z.string(),
  /** The table is of this kind when all these roles are mapped. */
  signature: z.array(RoleSchema),
  required: z.array(RoleSchema),
});

export const ColumnSchemaSchema = z.object({
  /**
   * Header texts per role; matched through matchKey (case, diacritics, punctuation, spacing ignored), as the whole
   * label or inside a longer one; a text starting with "=" only as the whole label.
   */
  synonyms: z.record(RoleSchema, z.array(z.string())),
  /** Most specific first: the first kind whose signature is mapped decides the required roles. */
  tableKinds: z.array(TableKindSchema).min(1),
});
export type ColumnSchema = z.infer<typeof ColumnSchemaSchema>;
export type TableKind = z.infer<typeof TableKindSchema>;
