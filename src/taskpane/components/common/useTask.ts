import { useCallback, useRef, useState } from 'react';
import { describeError } from '../../tabs';
import type { Progress } from '../../use-cases';

/** One long-running use-case at a time: busy flag, progress, last error. */
export function useTask() {
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<Progress | undefined>();
  const [error, setError] = useState<string | undefined>();
  const running = useRef(false);

  const run = useCallback(async <T,>(work: (onProgress: (p: Progress) => void) => Promise<T>): Promise<T | undefined> => {
    if (running.current) return undefined;
    running.current = true;
    setBusy(true);
    setError(undefined);
    setProgress(undefined);
    try {
      return await work((p) => setProgress({ ...p }));
    } catch (e) {
      setError(describeError(e));
      return undefined;
    } finally {
      running.current = false;
      setBusy(false);
      setProgress(undefined);
    }
  }, []);

  return { busy, progress, error, run };
}
