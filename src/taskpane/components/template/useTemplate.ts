import { useCallback, useState } from 'react';
import { describeError } from '../../tabs';
import type { AddinUseCases } from '../../use-cases';
import { useTask } from '../common/useTask';

export type TemplateUseCases = Pick<AddinUseCases, 'insertTemplate' | 'selectCell'>;

/** State and actions of the Mẫu tab. */
export function useTemplate(useCases: TemplateUseCases) {
  const task = useTask();
  const runTask = task.run;
  const [sheet, setSheet] = useState<string | undefined>();
  const [linkError, setLinkError] = useState<string | undefined>();

  const insert = useCallback(async () => {
    setLinkError(undefined);
    const name = await runTask(() => useCases.insertTemplate());
    if (name) setSheet(name);
  }, [runTask, useCases]);

  const goTo = useCallback(async () => {
    if (!sheet) return;
    try {
      await useCases.selectCell(sheet, 'A1');
    } catch (e) {
      setLinkError(describeError(e));
    }
  }, [useCases, sheet]);

  return { busy: task.busy, error: task.error ?? linkError, sheet, insert, goTo };
}

export type TemplateState = ReturnType<typeof useTemplate>;
