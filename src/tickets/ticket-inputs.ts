import type { AuthenticatedProject } from '../common/auth/authenticated-project.js';
import type { Sql } from '../common/database/sql.js';
import type { IdempotencyClaim } from './idempotency.service.js';
import type { BulkAction, ChangeSource, TicketStatus } from './ticket-enums.js';
import type { TicketListFilter } from './ticket-list.store.js';
import type { MessageAttachment } from './ticket-message.entity.js';
import { type Channel } from '../common/channels.js';

export interface CreateTicketInput {
  text: string;
  subject?: string | null;
  channel?: Channel;
  chat_id?: number | null;
  first_name?: string | null;
  /** From the messenger's profile (the bot's tickets); the API takes first_name and username only. */
  last_name?: string | null;
  username?: string | null;
  lang?: string | null;
  /** Must be an enabled ticket type of the project (422 otherwise); its name is stored with the ticket. */
  ticket_type_id?: string | null;
  attachments?: MessageAttachment[];
  /** Values of the project's custom fields, already checked (TicketEditsService.newTicketValues). */
  custom_fields?: Record<string, unknown>;
}

export interface ReplyInput {
  /** Exactly one of `text` and `canned_response_id`. */
  text?: string;
  canned_response_id?: string;
  internal?: boolean;
  member_id?: string | null;
  attachments?: MessageAttachment[];
  /** The last message the agent saw: newer ones refuse the reply (409 ticket_changed). */
  after_message_id?: string;
}

export interface CustomerMessageInput {
  text: string;
  attachments?: MessageAttachment[];
}

/** A ticket of a messenger chat as the bot needs it. */
export interface ChatTicketRow {
  id: string;
  projectId: string;
  projectName: string;
  /** The ticket's project as auth resolves one (read in the same statement, so no second lookup). */
  project: AuthenticatedProject;
  ticketNumber: number;
  subject: string | null;
  status: TicketStatus;
  /** The chat's customer in that project, and whether they had blocked the bot. */
  subscriberId: string;
  subscriberBlocked: boolean;
  /** The project's team blocked this customer: their messages are dropped. */
  customerBlocked: boolean;
}

export interface ListTicketsFilter extends TicketListFilter {
  limit?: number;
  offset?: number;
  cursor?: string;
}

export interface BulkInput {
  ticket_ids: string[];
  action: BulkAction;
  value?: unknown;
}

export interface ChangeOptions {
  source: ChangeSource;
  /** The signed-in member making the change, recorded in status history (null: the API key, the bot, automatic). */
  memberId?: string | null;
  idempotency?: IdempotencyClaim;
  /**
   * Runs in the transaction right after the message is written: what must commit with the message
   * (its files' rows, the messenger's id of the customer's message) and nothing else.
   */
  withMessage?: (sql: Sql, message: StoredMessageRef) => Promise<void>;
  /**
   * `withMessage` only writes (through `writeThrough`) and reads nothing back, so in a counted write the
   * message and its rows can all wait for the commit round trip.
   */
  withMessageWritesOnly?: boolean;
}

/** The message a change just wrote, for `withMessage`. */
export interface StoredMessageRef {
  id: string;
  ticketId: string;
  projectId: string;
}

/**
 * Whether a change's message can wait for the commit round trip: nothing in the transaction reads it
 * back (no `withMessage`, or one that only writes).
 */
export function messageAtCommit(options: ChangeOptions): boolean {
  return !options.withMessage || options.withMessageWritesOnly === true;
}
