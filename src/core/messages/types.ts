import type { IssueCode, IssueShape } from '../issues/issue';
import type { Role } from '../schema/roles';

export type Lang = 'vi' | 'en';
export interface Wording {
  message: string;
  hint: string;
}
export type MessageTable = { [C in IssueCode]: (p: Extract<IssueShape, { code: C }>['params']) => Wording };
export type RoleLabels = Record<Role, string>;
