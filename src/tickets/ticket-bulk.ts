import { isUuid } from '../common/ids.js';
import {
  BULK_ACTIONS,
  type BulkAction,
  type ChangeSource,
  TAG_MAX_LENGTH,
  TICKET_PRIORITIES,
  TICKET_STATUSES,
  type TicketPriority,
  type TicketStatus,
} from './ticket-enums.js';
import {
  type PlannedTicket,
  type TicketChange,
  planAddTag,
  planAssign,
  planPriority,
  planRemoveTag,
  planStatus,
} from './ticket-change.js';
import { BulkLimitExceeded, InvalidBulkValue, InvalidTag } from './tickets.errors.js';

export const MAX_BULK_IDS = 100;

/** A bulk action with its value checked. */
export type BulkPlan =
  | { kind: 'status'; status: TicketStatus }
  | { kind: 'assign'; memberId: string | null }
  | { kind: 'priority'; priority: TicketPriority }
  | { kind: 'add_tag' | 'remove_tag'; tag: string };

/** The distinct ids of a bulk request, checked against the limit (422 for none or too many). */
export function bulkTicketIds(ticketIds: string[]): string[] {
  const ids = [...new Set(ticketIds)];
  if (ids.length === 0) throw new BulkLimitExceeded('ticket_ids must not be empty');
  if (ids.length > MAX_BULK_IDS) throw new BulkLimitExceeded(`ticket_ids may hold at most ${MAX_BULK_IDS} ids`);
  return ids;
}

export function parseBulkAction(action: BulkAction, value: unknown): BulkPlan {
  if (!(BULK_ACTIONS as readonly string[]).includes(action)) {
    throw new InvalidBulkValue(`action must be one of ${BULK_ACTIONS.join(', ')}`);
  }
  switch (action) {
    case 'close':
      return { kind: 'status', status: 'closed' };
    case 'set_status':
      if (typeof value !== 'string' || !(TICKET_STATUSES as readonly string[]).includes(value)) {
        throw new InvalidBulkValue(`value must be one of ${TICKET_STATUSES.join(', ')} for set_status`);
      }
      return { kind: 'status', status: value as TicketStatus };
    case 'assign':
      if (value === null || value === undefined) return { kind: 'assign', memberId: null };
      if (!isUuid(value)) throw new InvalidBulkValue('value must be a member id (uuid) or null for assign');
      return { kind: 'assign', memberId: value };
    case 'set_priority':
      if (typeof value !== 'string' || !(TICKET_PRIORITIES as readonly string[]).includes(value)) {
        throw new InvalidBulkValue(`value must be one of ${TICKET_PRIORITIES.join(', ')} for set_priority`);
      }
      return { kind: 'priority', priority: value as TicketPriority };
    case 'add_tag':
    case 'remove_tag': {
      if (typeof value !== 'string') throw new InvalidBulkValue(`value must be a tag (string) for ${action}`);
      const tag = value.trim();
      if (tag.length === 0 || tag.length > TAG_MAX_LENGTH) throw new InvalidTag(TAG_MAX_LENGTH);
      return { kind: action, tag };
    }
  }
}

/** Plans one ticket's part of a bulk action. */
export function planBulk(
  ticket: PlannedTicket,
  plan: BulkPlan,
  change: TicketChange,
  who: { source: ChangeSource; memberId?: string | null },
): void {
  switch (plan.kind) {
    case 'status':
      return planStatus(ticket, plan.status, who.source, change, who.memberId);
    case 'assign':
      return planAssign(ticket, plan.memberId, change);
    case 'priority':
      return planPriority(ticket, plan.priority, change);
    case 'add_tag':
      return planAddTag(ticket, plan.tag, change);
    case 'remove_tag':
      return planRemoveTag(ticket, plan.tag, change);
  }
}
