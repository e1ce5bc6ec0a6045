import type { QueryKey } from '@tanstack/react-query';
import type { TicketEvent } from '../lib/events';

/**
 * The console's cache keys, one per resource read from the API, and what each change and live event makes
 * stale. Lists and single items have different roots (`tickets` / `ticket`), so "every ticket list" is one
 * prefix that does not also hit every open ticket.
 */
export const queryKeys = {
  session: ['session'] as const,
  /** Every ticket list: the list page under each filter, and the tab title's unread count. */
  ticketLists: ['tickets'] as const,
  tickets: (query: object) => ['tickets', 'list', query] as const,
  recentTickets: ['tickets', 'recent'] as const,
  /** Every ticket's details: a bulk change touches several. */
  ticketDetails: ['ticket'] as const,
  ticket: (ticketId: string) => ['ticket', ticketId] as const,
  members: ['members'] as const,
  ticketTypes: ['ticket-types'] as const,
  cannedResponses: ['canned-responses'] as const,
  customFields: ['custom-fields'] as const,
  macros: ['macros'] as const,
  routingRules: ['routing-rules'] as const,
  settings: ['settings'] as const,
  teamChat: ['team-chat'] as const,
  /** The webhook and its delivery log: a change to one shows in the other. */
  webhookAll: ['webhook'] as const,
  webhook: ['webhook', 'config'] as const,
  webhookDeliveries: ['webhook', 'deliveries'] as const,
  credits: ['credits'] as const,
  savedViews: ['saved-views'] as const,
  customerLists: ['customers'] as const,
  customers: (search: string) => ['customers', search] as const,
  customer: (customerId: string) => ['customer', customerId] as const,
  reports: ['reports'] as const,
  report: (range: object, timeZone: string) => ['reports', range, timeZone] as const,
};

/** What is made stale, split by whether an open page should fetch it again at once. */
export interface Staleness {
  /** Open pages fetch these again now (the ticket on screen, the list, the credits badge). */
  refetch: QueryKey[];
  /** Costly or rarely watched: fetched again only when a page next shows them (reports, customer lists). */
  later: QueryKey[];
}

/**
 * What a change to one ticket (or, without an id, to several) makes stale; a reply (or a macro that may
 * send one) also spends a credit.
 */
export function ticketsChanged(ticketId?: string, { replied = false } = {}): Staleness {
  const refetch: QueryKey[] = [ticketId ? queryKeys.ticket(ticketId) : queryKeys.ticketDetails, queryKeys.ticketLists];
  if (replied) refetch.push(queryKeys.credits);
  return { refetch, later: [queryKeys.reports, queryKeys.customerLists] };
}

/**
 * The keys a live event of `/v1/events` makes stale: the ticket itself, everything listing or counting
 * tickets, its customer; a reply also the credits. Written once here; LiveUpdates applies it to every event.
 */
export function keysChangedBy({ event, ticket }: TicketEvent): Staleness {
  const staleness = ticketsChanged(ticket.id, { replied: event === 'ticket.replied' });
  if (ticket.subscriber_id) staleness.refetch.push(queryKeys.customer(ticket.subscriber_id));
  return staleness;
}
