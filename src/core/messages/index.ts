import type { Issue } from '../issues/issue';
import { MESSAGES_EN, ROLE_LABELS_EN } from './en';
import type { Lang, MessageTable, RoleLabels, Wording } from './types';
import { MESSAGES_VI, ROLE_LABELS_VI } from './vi';

export type { Lang, Wording } from './types';

const TABLES: Record<Lang, MessageTable> = { vi: MESSAGES_VI, en: MESSAGES_EN };
const ROLES: Record<Lang, RoleLabels> = { vi: ROLE_LABELS_VI, en: ROLE_LABELS_EN };

export function describeIssue(issue: Pick<Issue, 'code' | 'params'>, lang: Lang): Wording {
  const fn = TABLES[lang][issue.code] as (p: unknown) => Wording;
  return fn(issue.params);
}

export function roleLabel(role: keyof RoleLabels, lang: Lang): string {
  return ROLES[lang][role];
}
