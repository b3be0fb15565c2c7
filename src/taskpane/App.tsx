import { makeStyles, Spinner, Tab, TabList, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import { CheckTab } from './components/check/CheckTab';
import { useCheck } from './components/check/useCheck';
import { ErrorBar } from './components/common/Status';
import { SettingsTab } from './components/settings/SettingsTab';
import { useSettingsForm } from './components/settings/useSettingsForm';
import { SummaryTab } from './components/summary/SummaryTab';
import { useSummary } from './components/summary/useSummary';
import { TemplateTab } from './components/template/TemplateTab';
import { useTemplate } from './components/template/useTemplate';
import { pickLang, STRINGS } from './i18n';
import { describeError, TAB_IDS, type TabId } from './tabs';
import type { AddinSettings, AddinUseCases } from './use-cases';

/** Used until the document's settings are read, and if they cannot be (the engine's default horizon). */
const FALLBACK_SETTINGS: AddinSettings = { dueSoonDays: 15, extraAgencies: [] };

const useStyles = makeStyles({
  app: { display: 'flex', flexDirection: 'column', minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground2 },
  header: {
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  tabs: { backgroundColor: tokens.colorNeutralBackground1, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  main: { flexGrow: 1 },
});

export interface AppProps {
  useCases: AddinUseCases;
  initialTab?: TabId;
  /** Office's display language, e.g. "vi-VN". */
  displayLanguage?: string;
  builtInAgencies: readonly string[];
}

export function App({ useCases, initialTab = 'check', displayLanguage, builtInAgencies }: AppProps) {
  const s = useStyles();
  const [settings, setSettings] = useState<AddinSettings | undefined>();
  const [loadError, setLoadError] = useState<string | undefined>();
  const [tab, setTab] = useState<TabId>(initialTab);

  useEffect(() => {
    let live = true;
    useCases.loadSettings().then(
      (loaded) => live && setSettings(loaded),
      (e: unknown) => {
        if (!live) return;
        setLoadError(describeError(e));
        setSettings(FALLBACK_SETTINGS);
      },
    );
    return () => {
      live = false;
    };
  }, [useCases]);

  const current = settings ?? FALLBACK_SETTINGS;
  const lang = pickLang(settings?.lang, displayLanguage);
  const t = STRINGS[lang];
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t.appName;
  }, [lang, t]);

  const onSaved = useCallback((next: AddinSettings) => setSettings(next), []);
  const check = useCheck(useCases);
  const summary = useSummary(useCases, current.dueSoonDays);
  const template = useTemplate(useCases);
  const form = useSettingsForm(useCases, current, onSaved);

  return (
    <div className={s.app}>
      <header className={s.header}>
        <img src="assets/icon-32.png" alt="" width={24} height={24} />
        <h1 className={s.title}>{t.appName}</h1>
      </header>
      <TabList className={s.tabs} selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as TabId)} aria-label={t.appName}>
        {TAB_IDS.map((id) => (
          <Tab key={id} value={id} id={`tab-${id}`} aria-controls="tab-panel" data-testid={`tab-${id}`}>
            {t.tabs[id]}
          </Tab>
        ))}
      </TabList>
      <main id="tab-panel" role="tabpanel" aria-labelledby={`tab-${tab}`} className={s.main}>
        <ErrorBar t={t} error={loadError} />
        {!settings ? (
          <Spinner label={t.loading} />
        ) : tab === 'check' ? (
          <CheckTab t={t} lang={lang} state={check} />
        ) : tab === 'summary' ? (
          <SummaryTab t={t} state={summary} />
        ) : tab === 'template' ? (
          <TemplateTab t={t} state={template} />
        ) : (
          <SettingsTab t={t} state={form} builtIn={builtInAgencies} />
        )}
      </main>
    </div>
  );
}
