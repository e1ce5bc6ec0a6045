import { type QueryKey, useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { makeStale } from '../api/query-client';
import type { Staleness } from '../api/query-keys';

type Changes = QueryKey[] | Staleness;
const NOTHING: Changes = [];

/**
 * Runs a change to the server as a TanStack mutation and keeps its refusal for display next to the control
 * that caused it. When it succeeds, what it changed (keys of api/query-keys.ts: the hook's `changes`, or the
 * call's own) is made stale and what a page shows is fetched again before `run` resolves, so the caller sees
 * the result on screen.
 */
export function useAction(changes: Changes = NOTHING): {
  error: unknown;
  busy: boolean;
  run(change: () => Promise<unknown>, changed?: Changes): Promise<boolean>;
} {
  const client = useQueryClient();
  const { mutateAsync, error, isPending } = useMutation({
    mutationFn: ({ change }: { change: () => Promise<unknown>; changed: Changes }) => change(),
    onSuccess: (_result, { changed }) =>
      makeStale(client, Array.isArray(changed) ? { refetch: changed, later: [] } : changed),
  });
  const run = useCallback(
    (change: () => Promise<unknown>, changed: Changes = changes) =>
      mutateAsync({ change, changed }).then(
        () => true,
        () => false,
      ),
    [mutateAsync, changes],
  );
  return { error, busy: isPending, run };
}
