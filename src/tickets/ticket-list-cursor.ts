import { CursorOfAnotherSort, MalformedCursor } from './tickets.errors.js';

export const SLA_FILTERS = ['breached', 'at_risk'] as const;
export type SlaFilter = (typeof SLA_FILTERS)[number];

export const TICKET_SORTS = ['created_at', 'updated_at', 'priority', 'sla_due'] as const;
export type TicketSort = (typeof TICKET_SORTS)[number];
export const SORT_ORDERS = ['asc', 'desc'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

/** Where a page ends: the last ticket's sort key (as the database wrote it; none for created_at) and number. */
export interface ListPosition {
  key: string | null;
  ticketNumber: number;
}

export interface ListOrder {
  sort: TicketSort;
  order: SortOrder;
}

export function listOrderOf(filter: { sort?: TicketSort; order?: SortOrder }): ListOrder {
  return { sort: filter.sort ?? 'created_at', order: filter.order ?? 'desc' };
}

const isDefaultOrder = (order: ListOrder) => order.sort === 'created_at' && order.order === 'desc';

/**
 * The keyset cursor after a ticket: opaque to clients. The default order (newest first) keeps the short
 * `n:<number>` form of earlier releases; any other names its sort and order, so a cursor is refused (422)
 * with a list sorted another way instead of silently skipping tickets.
 */
export function encodeCursor(position: ListPosition, order: ListOrder = listOrderOf({})): string {
  const text = isDefaultOrder(order)
    ? `n:${position.ticketNumber}`
    : `s:${order.sort}:${order.order}:${position.ticketNumber}:${position.key ?? ''}`;
  return Buffer.from(text).toString('base64url');
}

export function decodeCursor(cursor: string, order: ListOrder = listOrderOf({})): ListPosition {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const plain = /^n:(\d{1,10})$/.exec(text);
  if (plain) {
    if (!isDefaultOrder(order)) throw new CursorOfAnotherSort();
    return { key: null, ticketNumber: Number(plain[1]) };
  }
  const sorted = /^s:([a-z_]+):(asc|desc):(\d{1,10}):(.{0,64})$/.exec(text);
  if (!sorted || !(TICKET_SORTS as readonly string[]).includes(sorted[1])) throw new MalformedCursor();
  if (sorted[1] !== order.sort || sorted[2] !== order.order) throw new CursorOfAnotherSort();
  const key = sorted[4];
  if (order.sort !== 'created_at' && !isValidKey(order.sort, key)) throw new MalformedCursor();
  return { key: order.sort === 'created_at' ? null : key, ticketNumber: Number(sorted[3]) };
}

function isValidKey(sort: TicketSort, key: string): boolean {
  if (sort === 'priority') return /^[1-4]$/.test(key);
  // A timestamp as PostgreSQL prints it, or infinity (a ticket without a due time).
  return key === 'infinity' || /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?[+-]\d{2}(:\d{2})?$/.test(key);
}
