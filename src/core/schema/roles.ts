/** Every column role, as plain data (the engine needs no zod at run time; column-schema.ts builds RoleSchema from it). */
export const ROLES = [
  'number',
  'task',
  'lead',
  'support',
  'deadline',
  'output',
  'area',
  'shortcoming',
  'executor',
  'unit',
  'target',
  'directing',
  'status',
  'progress',
  'completion',
  'report',
  'note',
] as const;
export type Role = (typeof ROLES)[number];
