import { useCallback, useEffect, useState } from 'react';

/** Loads once (and on reload()), keeping the value, the error in words and a loading flag. */
export function useLoad<T>(loader: () => Promise<T>): { value: T | null; error: unknown; reload(): Promise<void> } {
  const [value, setValue] = useState<T | null>(null);
  const [error, setError] = useState<unknown>(null);
  const reload = useCallback(async () => {
    try {
      setValue(await loader());
      setError(null);
    } catch (caught) {
      setError(caught);
    }
  }, []);
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
