import { Button, Divider, Field, Input, Radio, RadioGroup, Text } from '@fluentui/react-components';
import type { Strings } from '../../i18n';
import { useCommonStyles } from '../common/common.styles';
import { DaysField } from '../common/DaysField';
import { ErrorBar, InfoBar } from '../common/Status';
import { useSettingsStyles } from './settings.styles';
import type { LangChoice, SettingsFormState } from './useSettingsForm';

interface Props {
  t: Strings;
  state: SettingsFormState;
  /** Names of the built-in directory, for viewing. */
  builtIn: readonly string[];
}

/** The Cài đặt tab: pure render of useSettingsForm's state. */
export function SettingsTab({ t, state, builtIn }: Props) {
  const c = useCommonStyles();
  const s = useSettingsStyles();
  const note =
    state.note?.kind === 'saved' ? t.settings.saved : state.note?.kind === 'imported' ? t.settings.imported(state.note.count) : undefined;
  return (
    <form
      className={c.panel}
      onSubmit={(e) => {
        e.preventDefault();
        void state.save();
      }}
    >
      <Text className={c.muted}>{t.settings.intro}</Text>
      <div className={s.fields}>
        <Field label={t.settings.planYear} hint={t.settings.planYearHint} className={s.number}>
          <Input type="number" min={2000} max={2100} value={state.planYear} onChange={(_, d) => state.setPlanYear(d.value)} />
        </Field>
        <DaysField label={t.settings.dueSoonDays} className={s.number} value={state.dueSoonDays} onChange={state.setDueSoonDays} />
      </div>
      <Field label={t.settings.language}>
        <RadioGroup value={state.lang} onChange={(_, d) => state.setLang(d.value as LangChoice)}>
          <Radio value="auto" label={t.settings.langAuto} />
          <Radio value="vi" label="Tiếng Việt" lang="vi" />
          <Radio value="en" label="English" lang="en" />
        </RadioGroup>
      </Field>
      <Divider />
      <h2 className={s.heading}>{t.settings.agencies}</h2>
      <details className={s.details}>
        <summary className={s.summary}>{t.settings.builtIn(builtIn.length)}</summary>
        <ul className={s.builtIn}>
          {builtIn.map((name) => (
            <li key={name}>{name}</li>
          ))}
        </ul>
      </details>
      <Text weight="semibold">{t.settings.extra}</Text>
      {state.agencies.length === 0 ? (
        <Text className={c.muted}>{t.settings.noExtra}</Text>
      ) : (
        <ul className={s.agencies} data-testid="extra-agencies">
          {state.agencies.map((name) => (
            <li key={name} className={s.agency}>
              <Text>{name}</Text>
              <Button size="small" appearance="subtle" onClick={() => state.removeAgency(name)} aria-label={t.settings.remove(name)}>
                ✕
              </Button>
            </li>
          ))}
        </ul>
      )}
      <div className={s.add}>
        <Field label={t.settings.newAgency} className={s.grow}>
          <Input
            value={state.newAgency}
            onChange={(_, d) => state.setNewAgency(d.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                state.addAgency();
              }
            }}
          />
        </Field>
        <Button onClick={state.addAgency} disabled={!state.newAgency.trim()}>
          {t.settings.add}
        </Button>
      </div>
      <div className={c.row}>
        <Button onClick={() => void state.importSelection()}>{t.settings.importSelection}</Button>
      </div>
      <Divider />
      <ErrorBar t={t} error={state.error} />
      <InfoBar text={note} intent="success" />
      <div className={c.row}>
        <Button appearance="primary" type="submit" disabled={state.busy || !state.valid} data-testid="save-settings">
          {t.settings.save}
        </Button>
      </div>
    </form>
  );
}
