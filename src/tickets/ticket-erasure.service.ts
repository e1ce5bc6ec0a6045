import { Injectable } from '@nestjs/common';
import type { AuthenticatedProject } from '../common/auth/authenticated-project.js';
import type { Sql } from '../common/database/sql.js';
import { AttachmentStorageService } from '../attachments/attachment-storage.service.js';
import { OutboxService } from '../outbox/outbox.service.js';
import { TicketErasureStore } from './ticket-erasure.store.js';

/**
 * The tickets' side of erasing a customer (GDPR, 152-FZ): in the caller's transaction, every message the
 * customer wrote loses its text and files, and their tickets lose the chat id and subject. The tickets
 * themselves stay, so reports keep counting them. The events already stored about the customer and their
 * tickets lose the same data (`withoutCustomerData`): webhooks redeliver them and GET /v1/events replays them.
 */
@Injectable()
export class TicketErasureService {
  constructor(
    private readonly store: TicketErasureStore,
    private readonly attachments: AttachmentStorageService,
    private readonly outbox: OutboxService,
  ) {}

  async eraseCustomer(project: AuthenticatedProject, sql: Sql, subscriberId: string): Promise<void> {
    const messageIds = await this.store.eraseCustomerMessages(sql, project.id, subscriberId);
    await this.attachments.eraseOfMessages(project.id, sql, messageIds);
    const ticketIds = await this.store.detachTickets(sql, project.id, subscriberId);
    await this.outbox.rewritePayloads(sql, project.id, [subscriberId, ...ticketIds], withoutCustomerData);
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Keys of an event's data that hold what a customer gave: their names, their chat, their words. */
const CUSTOMER_KEYS = ['subject', 'chat_id', 'first_name', 'last_name', 'username'];

/**
 * An event's data (a ticket in API shape with `customer` and maybe `message`, a chat delivery, or
 * `subscription.created`) without what an erased customer gave: names, chat id and subject null, and a
 * message they wrote as the API shows an erased one (no text, no earlier texts, no file names).
 */
export function withoutCustomerData(data: Record<string, unknown>): Record<string, unknown> {
  const redacted: Record<string, unknown> = { ...data };
  for (const key of CUSTOMER_KEYS) if (key in redacted) redacted[key] = null;
  if (isRecord(data.customer))
    redacted.customer = Object.fromEntries(Object.keys(data.customer).map((key) => [key, null]));
  const message = data.message;
  if (isRecord(message) && message.author === 'customer')
    redacted.message = {
      ...message,
      text: null,
      edits: [],
      erased: true,
      attachments: Array.isArray(message.attachments)
        ? message.attachments.map((file: unknown) => (isRecord(file) ? { ...file, file_name: null } : file))
        : message.attachments,
    };
  return redacted;
}
