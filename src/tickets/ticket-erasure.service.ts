import { Injectable } from '@nestjs/common';
import type { AuthenticatedProject } from '../common/auth/authenticated-project.js';
import type { Sql } from '../common/database/sql.js';
import { AttachmentStorageService } from '../attachments/attachment-storage.service.js';
import { TicketErasureStore } from './ticket-erasure.store.js';

/**
 * The tickets' side of erasing a customer (GDPR, 152-FZ): in the caller's transaction, every message the
 * customer wrote loses its text and files, and their tickets lose the chat id and subject. The tickets
 * themselves stay, so reports keep counting them.
 */
@Injectable()
export class TicketErasureService {
  constructor(
    private readonly store: TicketErasureStore,
    private readonly attachments: AttachmentStorageService,
  ) {}

  async eraseCustomer(project: AuthenticatedProject, sql: Sql, subscriberId: string): Promise<void> {
    const messageIds = await this.store.eraseCustomerMessages(sql, project.id, subscriberId);
    await this.attachments.eraseOfMessages(project.id, sql, messageIds);
    await this.store.detachTickets(sql, project.id, subscriberId);
  }
}
