import { useCallback, useState } from 'react';
import type { FileReport } from '../../../core/report';
import { describeError } from '../../tabs';
import type { AddinUseCases, NotesRemoved, NotesResult, Scope } from '../../use-cases';
import { useTask } from '../common/useTask';
import type { IssueRow } from './report-view';

export type CheckUseCases = Pick<AddinUseCases, 'validate' | 'selectCell' | 'highlight' | 'clearHighlights' | 'noteKind' | 'attachNotes' | 'removeNotes' | 'notesRemembered'>;

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
  const [noteKind] = useState(() => useCases.noteKind());
  // Notes written in an earlier session are still on the cells: the switch shows it, and a re-run updates them.
  const [notesOn, setNotesOn] = useState(() => useCases.notesRemembered());
  const [notesWritten, setNotesWritten] = useState<NotesResult | undefined>();
  const [notesRemoved, setNotesRemoved] = useState<NotesRemoved | undefined>();
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
      // Notes follow the new report in place: fixed cells lose theirs, the others get the new text.
      if (notesOn) setNotesWritten(await useCases.attachNotes(r));
      return r;
    });
    return result;
  }, [runTask, useCases, scope, highlightOn, notesOn]);

  /**
   * A switch over a workbook action: it moves at once, then `act` runs on the report; if the workbook refused, the
   * switch rests where `refused` says.
   */
  const flip = useCallback(
    async (setOn: (on: boolean) => void, on: boolean, act: (r: FileReport) => Promise<void>, refused: boolean) => {
      if (!report) return;
      setActionError(undefined);
      setCleared(false);
      setNotesRemoved(undefined);
      setOn(on);
      const done = await runTask(async () => {
        await act(report);
        return true;
      });
      if (!done) setOn(refused);
    },
    [runTask, report],
  );

  const toggleHighlight = useCallback(
    (on: boolean) =>
      flip(setHighlightOn, on, async (r) => {
        if (on) {
          setHighlighted(await useCases.highlight(r));
        } else {
          await useCases.clearHighlights();
          setHighlighted(undefined);
          setCleared(true);
        }
      }, !on),
    [flip, useCases],
  );

  // A refusal midway may leave some notes written: the switch stays on so that turning it off takes them away.
  const toggleNotes = useCallback(
    (on: boolean) =>
      flip(setNotesOn, on, async (r) => {
        if (on) setNotesWritten(await useCases.attachNotes(r));
        else {
          setNotesRemoved(await useCases.removeNotes());
          setNotesWritten(undefined);
        }
      }, true),
    [flip, useCases],
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
    noteKind,
    notesOn,
    notesWritten,
    notesRemoved,
    selected,
    run,
    toggleHighlight,
    toggleNotes,
    select,
  };
}

export type CheckState = ReturnType<typeof useCheck>;
