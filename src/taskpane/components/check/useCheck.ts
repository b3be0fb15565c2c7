import { useCallback, useState } from 'react';
import type { FileReport } from '../../../core/report';
import { describeError } from '../../tabs';
import type { AddinUseCases, Scope } from '../../use-cases';
import { useTask } from '../common/useTask';
import type { IssueRow } from './report-view';

export type CheckUseCases = Pick<AddinUseCases, 'validate' | 'selectCell' | 'highlight' | 'clearHighlights'>;

/** State and actions of the Kiểm tra tab. */
export function useCheck(useCases: CheckUseCases) {
  const task = useTask();
  const runTask = task.run;
  const [scope, setScope] = useState<Scope>('sheet');
  const [report, setReport] = useState<FileReport | undefined>();
  const [errorsOnly, setErrorsOnly] = useState(false);
  const [highlightOn, setHighlightOn] = useState(false);
  const [highlighted, setHighlighted] = useState<number | undefined>();
  const [cleared, setCleared] = useState(false);
  const [selected, setSelected] = useState<string | undefined>();
  const [actionError, setActionError] = useState<string | undefined>();

  const run = useCallback(async () => {
    setActionError(undefined);
    setSelected(undefined);
    const result = await runTask(async (onProgress) => {
      // Highlights follow the new report: the old ones are taken off first, then put back if still wanted.
      if (highlightOn) await useCases.clearHighlights();
      const r = await useCases.validate(scope, onProgress);
      setReport(r);
      if (highlightOn) setHighlighted(await useCases.highlight(r));
      return r;
    });
    return result;
  }, [runTask, useCases, scope, highlightOn]);

  const toggleHighlight = useCallback(
    async (on: boolean) => {
      if (!report) return;
      setActionError(undefined);
      setCleared(false);
      // The switch moves at once; it moves back if the workbook refused.
      setHighlightOn(on);
      const done = await runTask(async () => {
        if (on) {
          setHighlighted(await useCases.highlight(report));
        } else {
          await useCases.clearHighlights();
          setHighlighted(undefined);
          setCleared(true);
        }
        return true;
      });
      if (!done) setHighlightOn(!on);
    },
    [runTask, useCases, report],
  );

  const select = useCallback(
    async (row: IssueRow) => {
      setSelected(row.key);
      try {
        await useCases.selectCell(row.sheet, row.address);
      } catch (e) {
        setActionError(describeError(e));
      }
    },
    [useCases],
  );

  return {
    busy: task.busy,
    progress: task.progress,
    error: task.error ?? actionError,
    scope,
    setScope,
    report,
    errorsOnly,
    setErrorsOnly,
    highlightOn,
    highlighted,
    cleared,
    selected,
    run,
    toggleHighlight,
    select,
  };
}

export type CheckState = ReturnType<typeof useCheck>;
