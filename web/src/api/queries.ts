import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { api, ApiError, call, type Member } from './client';
import { queryKeys } from './query-keys';
import type { operations } from './schema';

// One hook per server read. Keys come from query-keys.ts, so changes and live events make them stale in one
// place; openapi-fetch passes `signal` on, so a fetch made stale while in flight is aborted, not raced.

export type TicketListQuery = NonNullable<operations['Tickets_list']['parameters']['query']>;

/** A page of the ticket list under these filters, with "Load more" (keyset paging through `cursor`). */
export function useTicketList(query: TicketListQuery) {
  return useInfiniteQuery({
    queryKey: queryKeys.tickets(query),
    queryFn: ({ pageParam, signal }) =>
      call(api.GET('/v1/helpdesk/tickets', { params: { query: { ...query, cursor: pageParam } }, signal })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.next_cursor ?? undefined,
  });
}

/** The 100 most recent tickets, for the tab title's unread count. */
export function useRecentTickets() {
  return useQuery({
    queryKey: queryKeys.recentTickets,
    queryFn: ({ signal }) => call(api.GET('/v1/helpdesk/tickets', { params: { query: { limit: 100 } }, signal })),
  });
}

export function useTicket(ticketId: string) {
  return useQuery({
    queryKey: queryKeys.ticket(ticketId),
    queryFn: ({ signal }) => call(api.GET('/v1/helpdesk/tickets/{id}', { params: { path: { id: ticketId } }, signal })),
  });
}

const NO_MEMBERS: Member[] = [];

/** The project's team (names for assignees, authors and history). */
export function useMembers(): { members: Member[]; nameOf(id: string | null | undefined): string | null } {
  const { data } = useQuery({
    queryKey: queryKeys.members,
    queryFn: ({ signal }) => call(api.GET('/v1/team/members', { signal })),
  });
  const members = data?.members ?? NO_MEMBERS;
  const nameOf = useCallback(
    (id: string | null | undefined) => (id ? (members.find((member) => member.id === id)?.name ?? null) : null),
    [members],
  );
  return { members, nameOf };
}

export function useTicketTypes() {
  return useQuery({
    queryKey: queryKeys.ticketTypes,
    queryFn: ({ signal }) => call(api.GET('/v1/helpdesk/ticket-types/config', { signal })),
  });
}

export function useCannedResponses() {
  return useQuery({
    queryKey: queryKeys.cannedResponses,
    queryFn: ({ signal }) => call(api.GET('/v1/helpdesk/canned-responses', { signal })),
  });
}

export function useCustomFields() {
  return useQuery({
    queryKey: queryKeys.customFields,
    queryFn: ({ signal }) => call(api.GET('/v1/helpdesk/custom-fields', { signal })),
  });
}

export function useMacros() {
  return useQuery({
    queryKey: queryKeys.macros,
    queryFn: ({ signal }) => call(api.GET('/v1/helpdesk/macros', { signal })),
  });
}

export function useRoutingRules() {
  return useQuery({
    queryKey: queryKeys.routingRules,
    queryFn: ({ signal }) => call(api.GET('/v1/helpdesk/routing-rules', { signal })),
  });
}

export function useSettings() {
  return useQuery({
    queryKey: queryKeys.settings,
    queryFn: ({ signal }) => call(api.GET('/v1/helpdesk/settings', { signal })),
  });
}

export function useTeamChat() {
  return useQuery({
    queryKey: queryKeys.teamChat,
    queryFn: ({ signal }) => call(api.GET('/v1/helpdesk/team-chat', { signal })),
  });
}

/** Credits left for public replies; a reply event makes them stale (query-keys.ts). */
export function useCredits() {
  return useQuery({ queryKey: queryKeys.credits, queryFn: ({ signal }) => call(api.GET('/v1/credits', { signal })) });
}

export function useSavedViews() {
  return useQuery({
    queryKey: queryKeys.savedViews,
    queryFn: ({ signal }) => call(api.GET('/v1/team/me/views', { signal })),
  });
}

/**
 * The delivery log, and the webhook itself once the log says one is set: an unset webhook is the empty
 * form (null), not a 404 to show.
 */
export function useWebhook() {
  const deliveries = useQuery({
    queryKey: queryKeys.webhookDeliveries,
    queryFn: ({ signal }) => call(api.GET('/v1/webhook/deliveries', { signal })),
  });
  const configured = deliveries.data?.webhook_configured;
  const webhook = useQuery({
    queryKey: queryKeys.webhook,
    queryFn: ({ signal }) =>
      call(api.GET('/v1/webhook', { signal })).catch((error: unknown) =>
        error instanceof ApiError && error.status === 404 ? null : Promise.reject(error),
      ),
    enabled: configured === true,
  });
  return { deliveries, webhook: configured ? (webhook.data ?? null) : null, webhookError: webhook.error };
}

/** Customers, most recently seen first, matching `search` (name, @username, chat id), 50 a page. */
export function useCustomers(search: string) {
  return useInfiniteQuery({
    queryKey: queryKeys.customers(search),
    queryFn: ({ pageParam, signal }) =>
      call(
        api.GET('/v1/helpdesk/customers', {
          params: { query: { q: search || undefined, cursor: pageParam, limit: 50 } },
          signal,
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.next_cursor ?? undefined,
  });
}

export function useCustomer(customerId: string) {
  return useQuery({
    queryKey: queryKeys.customer(customerId),
    queryFn: ({ signal }) =>
      call(api.GET('/v1/helpdesk/customers/{customer_id}', { params: { path: { customer_id: customerId } }, signal })),
  });
}

export type ReportQuery = Omit<NonNullable<operations['Reports_report']['parameters']['query']>, 'timezone'>;

/** The report of a range in the browser's time zone; the previous one stays shown while another loads. */
export function useReport(range: ReportQuery, timeZone: string) {
  return useQuery({
    queryKey: queryKeys.report(range, timeZone),
    queryFn: ({ signal }) =>
      call(api.GET('/v1/helpdesk/reports', { params: { query: { ...range, timezone: timeZone } }, signal })),
    placeholderData: keepPreviousData,
  });
}
