import { z } from 'zod';

export const RoleSchema = z.enum([
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
]);
export type Role = z.infer<typeof RoleSchema>;
export const ROLES: readonly Role[] = RoleSchema.options;
