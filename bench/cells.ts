/** Random but deterministic cell contents: task wording, deadlines in every form annexes use, agency lists. */
import { GENERIC_SUPPORTS, LEADS, OBJECTS, OUTDATED, OUTPUTS, PLAN_YEAR, PURPOSES, SCOPES, VERBS } from './vocab';

export type Cell = string | number | Date | null;

/** mulberry32: small, fast, and the same sequence on every machine. */
export class Rng {
  private s: number;
  constructor(seed: number) {
    this.s = seed >>> 0;
  }
  next(): number {
    this.s = (this.s + 0x6d2b79f5) >>> 0;
    let t = this.s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)] as T;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

export function taskText(rng: Rng): string {
  const parts = [rng.pick(VERBS), rng.pick(OBJECTS), rng.pick(SCOPES)];
  if (rng.chance(0.35)) parts.push(rng.pick(PURPOSES));
  return parts.join(' ');
}

export function outputText(rng: Rng): string | null {
  return rng.chance(0.1) ? null : rng.pick(OUTPUTS);
}

/** Splits text at a space near `share` of its length; both halves keep at least 3 words. */
export function splitText(text: string, share: number): [string, string] | undefined {
  const words = text.split(' ');
  if (words.length < 6) return undefined;
  const at = Math.min(words.length - 3, Math.max(3, Math.round(words.length * share)));
  return [words.slice(0, at).join(' '), words.slice(at).join(' ')];
}

const ROMAN_Q = ['I', 'II', 'III', 'IV'];
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export type DeadlineForm =
  | 'date-text' | 'date-cell' | 'quarter' | 'month' | 'half' | 'year' | 'continuous' | 'quarterly' | 'conditional'
  | 'before' | 'outside-plan' | 'missing';

const FORMS: readonly [DeadlineForm, number][] = [
  ['date-text', 14], ['date-cell', 14], ['quarter', 12], ['month', 10], ['half', 6], ['year', 10],
  ['continuous', 10], ['quarterly', 5], ['conditional', 4], ['before', 6],
];
const FORM_TOTAL = FORMS.reduce((s, [, w]) => s + w, 0);

/** A day of the plan year after the plan's issue date (15/01), so that only 'outside-plan' is reported. */
function dayInPlan(rng: Rng): [number, number] {
  const m = rng.int(2, 12);
  return [rng.int(1, DAYS[m - 1] ?? 28), m];
}

const pad = (n: number) => String(n).padStart(2, '0');

export function pickDeadline(rng: Rng, missingRate: number, outsideRate: number): { form: DeadlineForm; cell: Cell } {
  const roll = rng.next();
  if (roll < missingRate) return { form: 'missing', cell: null };
  if (roll < missingRate + outsideRate) return { form: 'outside-plan', cell: `30/6/${PLAN_YEAR + 1}` };
  let w = rng.next() * FORM_TOTAL;
  let form: DeadlineForm = 'date-text';
  for (const [f, weight] of FORMS) {
    form = f;
    if ((w -= weight) < 0) break;
  }
  const y = PLAN_YEAR;
  const [d, m] = dayInPlan(rng);
  switch (form) {
    case 'date-text':
      return { form, cell: rng.chance(0.5) ? `${pad(d)}/${pad(m)}/${y}` : `${d}/${m}/${y}` };
    case 'date-cell':
      return { form, cell: new Date(Date.UTC(y, m - 1, d)) };
    case 'quarter':
      return { form, cell: rng.chance(0.8) ? `Quý ${rng.pick(ROMAN_Q)}/${y}` : `Quý ${rng.pick(ROMAN_Q)} năm ${y}` };
    case 'month':
      return { form, cell: rng.chance(0.8) ? `Tháng ${m}/${y}` : `Tháng ${m} năm ${y}` };
    case 'half':
      return { form, cell: `6 tháng ${rng.chance(0.6) ? 'đầu' : 'cuối'} năm ${y}` };
    case 'year':
      return { form, cell: `Trong năm ${y}` };
    case 'continuous':
      return { form, cell: 'Thường xuyên' };
    case 'quarterly':
      return { form, cell: 'Hằng quý' };
    case 'conditional':
      return { form, cell: 'Theo kế hoạch của Bộ Nội vụ' };
    default:
      return { form, cell: `Hoàn thành trước ngày ${d}/${m}/${y}` };
  }
}

export interface Agencies {
  lead: string | null;
  support: string | null;
  /** Agencies the engine should read as leads (0 = missing-lead, 2 = multiple-leads). */
  leadCount: number;
  /** Outdated names written in the lead and support cells. */
  outdatedInLead: number;
  outdatedInSupport: number;
}

export interface AgencyRates {
  missingLead: number;
  outdatedLead: number;
  twoLeads: number;
  outdatedSupport: number;
}

/** The canonical names a lead or support stands for, to keep a lead out of its own support list. */
function canonical(name: string): string {
  return OUTDATED.find((o) => o.name === name)?.successor ?? name;
}

export function pickAgencies(rng: Rng, rates: AgencyRates): Agencies {
  const roll = rng.next();
  let leads: string[];
  let outdatedInLead = 0;
  if (roll < rates.missingLead) leads = [];
  else if (roll < rates.missingLead + rates.outdatedLead) {
    leads = [rng.pick(OUTDATED).name];
    outdatedInLead = 1;
  } else if (roll < rates.missingLead + rates.outdatedLead + rates.twoLeads) {
    const first = rng.pick(LEADS);
    let second = rng.pick(LEADS);
    while (second === first) second = rng.pick(LEADS);
    leads = [first, second];
  } else leads = [rng.pick(LEADS)];
  const taken = new Set(leads.map(canonical));
  const support: string[] = [];
  let outdatedInSupport = 0;
  if (rng.chance(rates.outdatedSupport)) {
    const o = rng.pick(OUTDATED);
    if (!taken.has(o.successor)) {
      support.push(o.name);
      taken.add(o.successor);
      outdatedInSupport = 1;
    }
  }
  const wanted = rng.chance(0.15) ? 0 : rng.int(1, 3);
  for (let tries = 0; support.length < wanted + outdatedInSupport && tries < 10; tries++) {
    const name = rng.chance(0.2) ? rng.pick(GENERIC_SUPPORTS) : rng.pick(LEADS);
    if (!taken.has(canonical(name))) {
      support.push(name);
      taken.add(canonical(name));
    }
  }
  const joint = rng.chance(0.7) ? '; ' : ', ';
  return {
    lead: leads.length === 0 ? null : leads.join('; '),
    support: support.length === 0 ? null : support.join(joint),
    leadCount: leads.length,
    outdatedInLead,
    outdatedInSupport,
  };
}
