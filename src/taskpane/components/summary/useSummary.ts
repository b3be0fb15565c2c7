import { useCallback, useEffect, useState } from 'react';
import { describeError, localIsoDate } from '../../tabs';
import type { AddinUseCases } from '../../use-cases';
import { useTask } from '../common/useTask';

export type SummaryUseCases = Pick<AddinUseCases, 'writeSummary' | 'selectCell'>;

/** State and actions of the Tổng hợp tab. */
export function useSummary(useCases: SummaryUseCases, defaultDueSoonDays: number) {
  const task = useTask();
  const runTask = task.run;
  const [today, setToday] = useState(() => localIsoDate());
  const [dueSoonDays, setDueSoonDays] = useState(defaultDueSoonDays);
  const [sheets, setSheets] = useState<string[] | undefined>();
  const [linkError, setLinkError] = useState<string | undefined>();

  useEffect(() => setDueSoonDays(defaultDueSoonDays), [defaultDueSoonDays]);

  const valid = /^\d{4}-\d{2}-\d{2}$/.test(today) && Number.isInteger(dueSoonDays) && dueSoonDays >= 0;

  const create = useCallback(async () => {
    if (!valid) return;
    setLinkError(undefined);
    const result = await runTask((onProgress) => useCases.writeSummary({ today, dueSoonDays }, onProgress));
    if (result) setSheets(result.sheets);
  }, [runTask, useCases, today, dueSoonDays, valid]);

  const goTo = useCallback(
    async (sheet: string) => {
      try {
        await useCases.selectCell(sheet, 'A1');
      } catch (e) {
        setLinkError(describeError(e));
      }
    },
    [useCases],
  );

  return {
    busy: task.busy,
    progress: task.progress,
    error: task.error ?? linkError,
    today,
    setToday,
    dueSoonDays,
    setDueSoonDays,
    valid,
    sheets,
    create,
    goTo,
  };
}

export type SummaryState = ReturnType<typeof useSummary>;
