import { Field, MessageBar, MessageBarBody, ProgressBar } from '@fluentui/react-components';
import type { Strings } from '../../i18n';
import type { Progress } from '../../use-cases';

/** A progress bar with the current step, announced politely to screen readers. */
export function ProgressView({ t, progress, busyLabel }: { t: Strings; progress: Progress | undefined; busyLabel: string }) {
  const label = progress ? t.progress(t.step[progress.step], progress.done, progress.total) : busyLabel;
  const value = progress && progress.total > 0 ? Math.min(1, progress.done / progress.total) : undefined;
  return (
    <Field validationMessage={label} validationState="none" aria-live="polite">
      <ProgressBar value={value} thickness="large" aria-label={label} />
    </Field>
  );
}

export function ErrorBar({ t, error }: { t: Strings; error: string | undefined }) {
  if (!error) return null;
  return (
    <MessageBar intent="error" role="alert">
      <MessageBarBody>{t.failed(error)}</MessageBarBody>
    </MessageBar>
  );
}

export function InfoBar({ text, intent = 'info' }: { text: string | undefined; intent?: 'info' | 'success' | 'warning' }) {
  if (!text) return null;
  return (
    <MessageBar intent={intent} role="status">
      <MessageBarBody>{text}</MessageBarBody>
    </MessageBar>
  );
}
