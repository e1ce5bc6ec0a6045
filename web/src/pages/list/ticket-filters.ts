import { type Channel, CHANNELS, type Priority, PRIORITIES, STATUSES, type TicketStatus } from '../../api/client';

/** The ticket list's filters and sort, kept for the browser tab (sessionStorage). */
export interface Filters {
  status: TicketStatus | '';
  /** '' anyone, 'me', 'none' unassigned, or a member id */
  assignee: string;
  priority: Priority | '';
  channel: Channel | '';
  ticketTypeId: string;
  tag: string;
  q: string;
  sla: '' | 'breached' | 'at_risk';
  sort: Sort;
  order: 'asc' | 'desc';
}

export type Sort = 'created_at' | 'updated_at' | 'priority' | 'sla_due';
export const SORTS: Sort[] = ['created_at', 'updated_at', 'priority', 'sla_due'];
export const EMPTY: Filters = {
  status: '',
  assignee: '',
  priority: '',
  channel: '',
  ticketTypeId: '',
  tag: '',
  q: '',
  sla: '',
  sort: 'created_at',
  order: 'desc',
};
export const PAGE_SIZE = 50;
export const FILTERS_KEY = 'zapnoty.ticketFilters';

export function savedFilters(): Filters {
  try {
    return { ...EMPTY, ...(JSON.parse(window.sessionStorage.getItem(FILTERS_KEY) ?? '{}') as Partial<Filters>) };
  } catch {
    return EMPTY;
  }
}

/** The list's query parameters (GET /v1/helpdesk/tickets) for these filters: what a saved view stores. */
export function filtersToParams(filters: Filters, myId: string): Record<string, string> {
  const params: Record<string, string> = {};
  const put = (name: string, value: string) => {
    if (value) params[name] = value;
  };
  put('status', filters.status);
  put('assigned_to', filters.assignee === 'me' ? myId : filters.assignee);
  put('priority', filters.priority);
  put('channel', filters.channel);
  put('ticket_type_id', filters.ticketTypeId);
  put('tag', filters.tag.trim());
  put('q', filters.q.trim());
  put('sla', filters.sla);
  if (filters.sort !== 'created_at') params.sort = filters.sort;
  if (filters.order !== 'desc') params.order = filters.order;
  return params;
}

const oneOf = <T extends string>(value: string | undefined, allowed: readonly T[]): T | '' =>
  allowed.includes(value as T) ? (value as T) : '';

/** A saved view's query parameters back into the list's filters (unknown names and values are dropped). */
export function paramsToFilters(params: Record<string, string>, myId: string): Filters {
  const assignee = params.assigned_to ?? '';
  return {
    status: oneOf(params.status, STATUSES),
    assignee: assignee && assignee === myId ? 'me' : assignee,
    priority: oneOf(params.priority, PRIORITIES),
    channel: oneOf(params.channel, CHANNELS),
    ticketTypeId: params.ticket_type_id ?? '',
    tag: params.tag ?? '',
    q: params.q ?? '',
    sla: oneOf(params.sla, ['breached', 'at_risk'] as const),
    sort: oneOf(params.sort, SORTS) || 'created_at',
    order: params.order === 'asc' ? 'asc' : 'desc',
  };
}
