import { type QueryKey, QueryClient } from '@tanstack/react-query';
import { ApiError } from './client';
import type { Staleness } from './query-keys';

/** How long a read counts as fresh: within it, a page shown again uses the cache without asking the API. */
export const STALE_MS = 60_000;

/**
 * The console's one cache. Ticket data does not need polling or focus refetches: every change to a ticket
 * reaches the open console through `/v1/events` (resumed with Last-Event-ID after a drop), and LiveUpdates
 * turns each event into invalidations; the console's own changes invalidate what they touch. So a read
 * stays fresh for a minute, and coming back to the window fetches nothing (a focus refetch would ask again
 * for every list on screen each time an agent switches windows). Settings and other admin lists, which no
 * event covers, are fetched again when a page shows them after that minute.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: STALE_MS,
        refetchOnWindowFocus: false,
        // A refusal (403, 404, 422…) will not change by asking again: show it at once. A network error or a
        // 5xx may pass: two more tries.
        retry: (failures, error) =>
          !(error instanceof ApiError && error.status >= 400 && error.status < 500) && failures < 2,
      },
    },
  });
}

/** Marks keys stale: the ones in `refetch` are fetched again now where a page shows them. */
export async function makeStale(client: QueryClient, { refetch, later }: Staleness): Promise<void> {
  for (const queryKey of later) void client.invalidateQueries({ queryKey, refetchType: 'none' });
  await Promise.all(refetch.map((queryKey: QueryKey) => client.invalidateQueries({ queryKey })));
}
