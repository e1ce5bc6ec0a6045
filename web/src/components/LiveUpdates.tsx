import { type QueryKey, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { makeStale } from '../api/query-client';
import { keysChangedBy } from '../api/query-keys';
import { useTicketEvents } from '../lib/events';

/**
 * Events are gathered this long before the cache is told: a burst (a bulk change of 50 tickets, a macro
 * that sets status, tags and assignee at once) becomes one refetch of each list on screen, not fifty.
 */
const GATHER_MS = 150;

/** Turns the live events of `/v1/events` into invalidations of the query cache (api/query-keys.ts says which). */
export function LiveUpdates() {
  const client = useQueryClient();
  const pending = useRef({ refetch: new Map<string, QueryKey>(), later: new Map<string, QueryKey>() });
  const timer = useRef<number | null>(null);

  useEffect(
    () => () => {
      if (timer.current !== null) window.clearTimeout(timer.current);
    },
    [],
  );

  useTicketEvents((event) => {
    const { refetch, later } = keysChangedBy(event);
    for (const key of refetch) pending.current.refetch.set(JSON.stringify(key), key);
    for (const key of later) pending.current.later.set(JSON.stringify(key), key);
    if (timer.current !== null) return;
    timer.current = window.setTimeout(() => {
      timer.current = null;
      const gathered = pending.current;
      pending.current = { refetch: new Map(), later: new Map() };
      void makeStale(client, { refetch: [...gathered.refetch.values()], later: [...gathered.later.values()] });
    }, GATHER_MS);
  });
  return null;
}
