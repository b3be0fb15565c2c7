/** Range.dataValidation (ExcelApi 1.8): rule, prompt, error alert, clear; list sources are checked like Excel does. */
import { contains, intersects, parseLocal, splitSheet } from './address';
import type { RangeTarget } from './cells';
import { SimError } from './errors';
import type { SimValidation } from './model';
import type { SimWorkbook } from './workbook-model';
import { type PropTable, SimProxy } from './proxy';

function checkRule(wb: SimWorkbook, rule: Record<string, unknown>): void {
  const list = rule.list as { source?: unknown } | undefined;
  if (!list) return;
  const source = String(list.source ?? '');
  if (source.startsWith('=')) {
    const { sheet, local } = splitSheet(source.slice(1));
    if (sheet !== undefined && !wb.findSheet(sheet)) throw new SimError('InvalidArgument', `list source sheet "${sheet}" does not exist`);
    parseLocal(local);
  } else if (source.length > 255) {
    throw new SimError('InvalidArgument', 'An inline list source is limited to 255 characters.');
  }
}

function entryFor(t: RangeTarget): SimValidation {
  let v = t.sheet.validations.find((x) => x.area.top === t.area.top && x.area.left === t.area.left && x.area.bottom === t.area.bottom && x.area.right === t.area.right);
  if (!v) {
    clearArea(t);
    v = { area: { ...t.area }, rule: {} };
    t.sheet.validations.push(v);
  }
  return v;
}

function clearArea(t: RangeTarget): void {
  const overlapping = t.sheet.validations.filter((v) => intersects(v.area, t.area));
  if (overlapping.some((v) => !contains(t.area, v.area))) {
    // Excel splits the old rule; the simulator keeps it simple and refuses partial overlaps.
    throw new SimError('InvalidOperation', 'data validation partly overlaps an existing rule; clear it first');
  }
  t.sheet.validations = t.sheet.validations.filter((v) => !intersects(v.area, t.area));
}

export class DataValidation extends SimProxy<RangeTarget> {
  protected props(): PropTable<RangeTarget> {
    const find = (t: RangeTarget) => t.sheet.validations.find((v) => contains(v.area, t.area));
    return {
      rule: { api: '1.8', get: (t) => find(t)?.rule ?? null, set: (t, v) => this.setRule(t, v as Record<string, unknown>) },
      prompt: { api: '1.8', get: (t) => find(t)?.prompt ?? null, set: (t, v) => void (entryFor(t).prompt = v as SimValidation['prompt']) },
      errorAlert: { api: '1.8', get: (t) => find(t)?.errorAlert ?? null, set: (t, v) => void (entryFor(t).errorAlert = v as SimValidation['errorAlert']) },
      ignoreBlanks: { api: '1.8', get: (t) => find(t)?.ignoreBlanks ?? true, set: (t, v) => void (entryFor(t).ignoreBlanks = Boolean(v)) },
      type: { api: '1.8', get: (t) => Object.keys(find(t)?.rule ?? {})[0] ?? 'None' },
    };
  }

  private setRule(t: RangeTarget, rule: Record<string, unknown>): void {
    checkRule(this.context.model, rule);
    const e = entryFor(t);
    e.rule = rule;
  }

  get rule(): Record<string, unknown> { return this.getProp('rule'); }
  set rule(v: Record<string, unknown>) { this.setProp('rule', v); }
  get prompt(): SimValidation['prompt'] { return this.getProp('prompt'); }
  set prompt(v: SimValidation['prompt']) { this.setProp('prompt', v); }
  get errorAlert(): SimValidation['errorAlert'] { return this.getProp('errorAlert'); }
  set errorAlert(v: SimValidation['errorAlert']) { this.setProp('errorAlert', v); }
  set ignoreBlanks(v: boolean) { this.setProp('ignoreBlanks', v); }

  clear(): void {
    this.method('clear', [], (t) => void (t.sheet.validations = t.sheet.validations.filter((v) => !intersects(v.area, t.area))), '1.8');
  }
}
