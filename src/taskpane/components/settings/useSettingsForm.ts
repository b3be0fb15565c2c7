import { useCallback, useEffect, useState } from 'react';
import type { Lang } from '../../../core/messages';
import { describeError } from '../../tabs';
import type { AddinSettings, AddinUseCases } from '../../use-cases';
import { useTask } from '../common/useTask';

export type SettingsUseCases = Pick<AddinUseCases, 'saveSettings' | 'importAgenciesFromSelection'>;
export type LangChoice = Lang | 'auto';
export type SettingsNote = { kind: 'saved' } | { kind: 'imported'; count: number };

/** Adds names not already present (compared without case and extra spaces). */
export function mergeNames(list: string[], extra: string[]): string[] {
  const key = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
  const seen = new Set(list.map(key));
  const out = [...list];
  for (const raw of extra) {
    const name = raw.normalize('NFC').replace(/\s+/g, ' ').trim();
    if (name && !seen.has(key(name))) {
      seen.add(key(name));
      out.push(name);
    }
  }
  return out;
}

/** The Cài đặt tab's draft of the settings; saved to the document on demand. */
export function useSettingsForm(useCases: SettingsUseCases, settings: AddinSettings, onSaved: (s: AddinSettings) => void) {
  const task = useTask();
  const runTask = task.run;
  const [planYear, setPlanYear] = useState(settings.planYear ? String(settings.planYear) : '');
  const [dueSoonDays, setDueSoonDays] = useState(settings.dueSoonDays);
  const [lang, setLang] = useState<LangChoice>(settings.lang ?? 'auto');
  const [agencies, setAgencies] = useState(settings.extraAgencies);
  const [newAgency, setNewAgency] = useState('');
  const [note, setNote] = useState<SettingsNote | undefined>();
  const [importError, setImportError] = useState<string | undefined>();

  useEffect(() => {
    setPlanYear(settings.planYear ? String(settings.planYear) : '');
    setDueSoonDays(settings.dueSoonDays);
    setLang(settings.lang ?? 'auto');
    setAgencies(settings.extraAgencies);
  }, [settings]);

  const year = planYear.trim() === '' ? undefined : Number(planYear);
  const valid = (year === undefined || (Number.isInteger(year) && year >= 2000 && year <= 2100)) && dueSoonDays >= 0;

  const addAgency = useCallback(() => {
    setAgencies((list) => mergeNames(list, [newAgency]));
    setNewAgency('');
    setNote(undefined);
  }, [newAgency]);

  const removeAgency = useCallback((name: string) => setAgencies((list) => list.filter((a) => a !== name)), []);

  const importSelection = useCallback(async () => {
    setImportError(undefined);
    try {
      const merged = mergeNames(agencies, await useCases.importAgenciesFromSelection());
      setAgencies(merged);
      setNote({ kind: 'imported', count: merged.length - agencies.length });
    } catch (e) {
      setImportError(describeError(e));
    }
  }, [useCases, agencies]);

  const save = useCallback(async () => {
    if (!valid) return;
    const next: AddinSettings = { dueSoonDays, extraAgencies: agencies };
    if (year !== undefined) next.planYear = year;
    if (lang !== 'auto') next.lang = lang;
    const ok = await runTask(async () => {
      await useCases.saveSettings(next);
      return true;
    });
    if (ok) {
      setNote({ kind: 'saved' });
      onSaved(next);
    }
  }, [valid, dueSoonDays, agencies, year, lang, runTask, useCases, onSaved]);

  return {
    busy: task.busy,
    error: task.error ?? importError,
    planYear,
    setPlanYear,
    dueSoonDays,
    setDueSoonDays,
    lang,
    setLang,
    agencies,
    newAgency,
    setNewAgency,
    addAgency,
    removeAgency,
    importSelection,
    valid,
    save,
    note,
  };
}

export type SettingsFormState = ReturnType<typeof useSettingsForm>;
