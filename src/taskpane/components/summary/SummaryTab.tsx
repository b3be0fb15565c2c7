import { Button, Field, Input, Link, Text } from '@fluentui/react-components';
import type { Strings } from '../../i18n';
import { useCommonStyles } from '../common/common.styles';
import { DaysField } from '../common/DaysField';
import { ErrorBar, InfoBar, ProgressView } from '../common/Status';
import type { SummaryState } from './useSummary';

/** The Tổng hợp tab: pure render of useSummary's state. */
export function SummaryTab({ t, state }: { t: Strings; state: SummaryState }) {
  const c = useCommonStyles();
  return (
    <div className={c.panel}>
      <Text>{t.summary.intro}</Text>
      <div className={c.row}>
        <Field label={t.summary.reportDate}>
          <Input type="date" value={state.today} onChange={(_, d) => state.setToday(d.value)} data-testid="report-date" />
        </Field>
        <DaysField label={t.summary.dueSoonDays} value={state.dueSoonDays} onChange={state.setDueSoonDays} />
      </div>
      <div className={c.row}>
        <Button appearance="primary" onClick={() => void state.create()} disabled={state.busy || !state.valid} data-testid="create-summary">
          {state.busy ? t.summary.creating : t.summary.create}
        </Button>
      </div>
      {state.busy && <ProgressView t={t} progress={state.progress} busyLabel={t.summary.creating} />}
      <ErrorBar t={t} error={state.error} />
      {state.sheets && (
        <div aria-live="polite" className={c.stack} data-testid="summary-result">
          <InfoBar text={t.summary.created(state.sheets.length)} intent="success" />
          <ul className={c.list}>
            {state.sheets.map((sheet) => (
              <li key={sheet}>
                <Link as="button" onClick={() => void state.goTo(sheet)} aria-label={t.summary.goTo(sheet)}>
                  {sheet}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
