import { Button, Link, Spinner, Text } from '@fluentui/react-components';
import type { Strings } from '../../i18n';
import { useCommonStyles } from '../common/common.styles';
import { ErrorBar, InfoBar } from '../common/Status';
import type { TemplateState } from './useTemplate';

/** The Mẫu tab: pure render of useTemplate's state. */
export function TemplateTab({ t, state }: { t: Strings; state: TemplateState }) {
  const c = useCommonStyles();
  return (
    <div className={c.panel}>
      <Text>{t.template.intro}</Text>
      <ul className={c.list}>
        {t.template.contents.map((line) => (
          <li key={line}>
            <Text>{line}</Text>
          </li>
        ))}
      </ul>
      <div className={c.row}>
        <Button appearance="primary" onClick={() => void state.insert()} disabled={state.busy} data-testid="insert-template">
          {t.template.insert}
        </Button>
        {state.busy && <Spinner size="tiny" aria-label={t.loading} />}
      </div>
      <ErrorBar t={t} error={state.error} />
      {state.sheet && (
        <div aria-live="polite" className={c.stack} data-testid="template-result">
          <InfoBar text={t.template.inserted(state.sheet)} intent="success" />
          <div>
            <Link as="button" onClick={() => void state.goTo()}>
              {t.template.goTo}
            </Link>
          </div>
        </div>
      )}
    </div>
  );
}
