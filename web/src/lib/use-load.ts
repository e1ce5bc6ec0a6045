import { useCallback, useEffect, useState } from 'react';

/** Loads once, again when a value of `deps` changes, and on reload(); keeps the value and the error. */
export function useLoad<T>(
  loader: () => Promise<T>,
  deps: unknown[] = [],
): { value: T | null; error: unknown; reload(): Promise<void> } {
  const [value, setValue] = useState<T | null>(null);
  const [error, setError] = useState<unknown>(null);
  const reload = useCallback(async () => {
    try {
      setValue(await loader());
      setError(null);
    } catch (caught) {
      setError(caught);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller names what the loader depends on
  }, deps);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { value, error, reload };
}

/** Runs a change and keeps its refusal for display next to the control that caused it. */
export function useAction(): { error: unknown; busy: boolean; run(change: () => Promise<unknown>): Promise<boolean> } {
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const run = useCallback(async (change: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await change();
      return true;
    } catch (caught) {
      setError(caught);
      return false;
    } finally {
      setBusy(false);
    }
  }, []);
  return { error, busy, run };
}
