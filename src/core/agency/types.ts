import { z } from 'zod';

/** One entry of the agency directory. Names are matched through matchKey(), so spelling of case/diacritics does not matter. */
export const AgencyEntrySchema = z.object({
  /** Canonical name as it should be written: "Sở Tài chính". */
  name: z.string().min(1),
  aliases: z.array(z.string()).default([]),
  /** 'agency' = one accountable body; 'generic' = a group ("Các sở, ban, ngành") that cannot be held accountable alone. */
  kind: z.enum(['agency', 'generic']).default('agency'),
});
export type AgencyEntry = z.infer<typeof AgencyEntrySchema>;

/** A name that no longer exists since 1 July 2025, with its successor. */
export const OutdatedEntrySchema = z.object({
  name: z.string().min(1),
  aliases: z.array(z.string()).default([]),
  successor: z.string().min(1),
});
export type OutdatedEntry = z.infer<typeof OutdatedEntrySchema>;

export const AgencyDirectorySchema = z.object({
  agencies: z.array(AgencyEntrySchema),
  outdated: z.array(OutdatedEntrySchema),
});
export type AgencyDirectory = z.infer<typeof AgencyDirectorySchema>;

export type AgencyMatch =
  | { kind: 'agency'; text: string; canonical: string }
  | { kind: 'generic'; text: string; canonical: string }
  | { kind: 'outdated'; text: string; canonical: string; successor: string }
  | { kind: 'unknown'; text: string };
