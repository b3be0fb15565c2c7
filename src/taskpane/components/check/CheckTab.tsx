import { Badge, Button, Divider, MessageBar, MessageBarBody, Radio, RadioGroup, Field, Switch, Text } from '@fluentui/react-components';
import type { Lang } from '../../../core/messages';
import type { Strings } from '../../i18n';
import type { Scope } from '../../use-cases';
import { useCommonStyles } from '../common/common.styles';
import { ErrorBar, InfoBar, ProgressView } from '../common/Status';
import { useCheckStyles } from './check.styles';
import { IssueList } from './IssueList';
import { groupIssues, severityCounts, taskCount, truncatedCount } from './report-view';
import type { CheckState } from './useCheck';

const SEVERITY_COLOR = { error: 'danger', warning: 'warning', info: 'informative' } as const;

/** The Kiểm tra tab: pure render of useCheck's state. */
export function CheckTab({ t, lang, state }: { t: Strings; lang: Lang; state: CheckState }) {
  const c = useCommonStyles();
  const s = useCheckStyles();
  const { report } = state;
  const counts = report ? severityCounts(report) : undefined;
  const groups = report ? groupIssues(report, lang, state.errorsOnly) : [];
  const truncated = report ? truncatedCount(report) : 0;
  return (
    <div className={c.panel}>
      <Field label={t.check.scope}>
        <RadioGroup
          layout="horizontal"
          value={state.scope}
          onChange={(_, d) => state.setScope(d.value as Scope)}
          disabled={state.busy}
        >
          <Radio value="sheet" label={t.check.scopeSheet} />
          <Radio value="all" label={t.check.scopeAll} />
        </RadioGroup>
      </Field>
      <div className={c.row}>
        <Button appearance="primary" onClick={() => void state.run()} disabled={state.busy} data-testid="run-check">
          {state.busy ? t.check.running : t.check.run}
        </Button>
      </div>
      {state.busy && <ProgressView t={t} progress={state.progress} busyLabel={t.check.running} />}
      <ErrorBar t={t} error={state.error} />
      {report && counts && (
        <section className={s.result} aria-label={t.check.listTitle} data-testid="check-result">
          <div aria-live="polite" aria-atomic="true">
            <MessageBar intent={report.valid ? 'success' : 'error'} data-testid="check-verdict">
              <MessageBarBody>
                <strong>{report.valid ? t.check.valid : t.check.invalid(counts.error)}</strong>
                {report.tables.length > 0 ? ` · ${t.check.tables(report.tables.length, taskCount(report))}` : ''}
              </MessageBarBody>
            </MessageBar>
          </div>
          {report.tables.length === 0 && <Text>{t.check.noTable}</Text>}
          <div className={s.counts} role="group" aria-label={t.check.countsTitle} data-testid="severity-counts">
            {(['error', 'warning', 'info'] as const).map((sev) => (
              <Badge key={sev} appearance={counts[sev] > 0 ? 'filled' : 'outline'} color={SEVERITY_COLOR[sev]} size="large">
                {t.check.severity[sev]}: {counts[sev]}
              </Badge>
            ))}
          </div>
          <div className={s.toggles}>
            <Switch label={t.check.errorsOnly} checked={state.errorsOnly} onChange={(_, d) => state.setErrorsOnly(d.checked)} />
            <Switch
              label={t.check.highlight}
              checked={state.highlightOn}
              disabled={state.busy}
              onChange={(_, d) => void state.toggleHighlight(d.checked)}
              data-testid="highlight-switch"
            />
            <Switch
              label={t.check.notes(state.noteKind ?? 'note')}
              checked={state.notesOn}
              disabled={state.busy || state.noteKind === null}
              onChange={(_, d) => void state.toggleNotes(d.checked)}
              data-testid="notes-switch"
            />
          </div>
          {state.noteKind === null && <Text className={c.muted}>{t.check.notesUnavailable}</Text>}
          <InfoBar text={state.highlightOn && state.highlighted !== undefined ? t.check.highlighted(state.highlighted) : undefined} />
          <InfoBar text={!state.highlightOn && state.cleared ? t.check.highlightsCleared : undefined} intent="success" />
          <InfoBar text={state.notesOn && state.notesWritten ? t.check.notesWritten(state.notesWritten) : undefined} />
          <InfoBar
            text={state.notesOn && state.notesWritten?.missingSheets.length ? t.check.notesMissingSheets(state.notesWritten.missingSheets) : undefined}
            intent="warning"
          />
          <InfoBar
            text={!state.notesOn && state.notesRemoved !== undefined ? t.check.notesRemoved(state.notesRemoved.removed, state.notesRemoved.kind) : undefined}
            intent="success"
          />
          <Divider />
          <h2 className={s.heading}>{t.check.listTitle}</h2>
          {groups.length === 0 ? <Text>{t.check.noIssues}</Text> : <Text className={c.muted}>{t.check.selectHint}</Text>}
          <IssueList t={t} groups={groups} selected={state.selected} onSelect={(row) => void state.select(row)} />
          {truncated > 0 && <Text className={c.muted}>{t.check.truncated(truncated)}</Text>}
          {report.sheetsWithoutTable.length > 0 && (
            <Text className={c.muted}>{t.check.sheetsWithoutTable(report.sheetsWithoutTable.join(', '))}</Text>
          )}
        </section>
      )}
    </div>
  );
}
