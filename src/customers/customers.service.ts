import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthenticatedProject } from '../common/auth/authenticated-project.js';
import { sqlOfManager } from '../common/database/sql.js';
import { isUuid } from '../common/ids.js';
import { SubscribersService } from '../subscribers/subscribers.service.js';
import { SubscriberNotFound } from '../subscribers/subscribers.errors.js';
import { TicketErasureService } from '../tickets/ticket-erasure.service.js';
import { ChatErasureService } from '../messengers/chat-erasure.service.js';
import { type CustomerCursor, type CustomerListFilter, CustomerStore } from './customer.store.js';
import { toCustomerResponse, toCustomerTicketResponse } from './customer.mapper.js';
import { CustomerNotFound, MalformedCustomerCursor } from './customers.errors.js';
import type { CustomerDetailsResponse, CustomerListResponse } from './dto/customer.dto.js';

const DEFAULT_LIMIT = 50;
const RECENT_TICKETS = 20;

export interface CustomerChanges {
  note?: string | null;
  blocked?: boolean;
}

/**
 * Customers (the `subscriber` rows of a project): the list and profile, the team's note and block, and
 * erasure. Rows are written by SubscribersService, tickets by TicketErasureService; erasure runs both in one
 * transaction, with the `customer.erased` webhook.
 */
@Injectable()
export class CustomersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly customers: CustomerStore,
    private readonly subscribers: SubscribersService,
    private readonly ticketErasure: TicketErasureService,
    private readonly chatErasure: ChatErasureService,
  ) {}

  async list(
    project: AuthenticatedProject,
    filter: CustomerListFilter & { limit?: number; cursor?: string },
  ): Promise<CustomerListResponse> {
    const limit = filter.limit ?? DEFAULT_LIMIT;
    const after = filter.cursor === undefined ? undefined : decodeCustomerCursor(filter.cursor);
    const rows = await this.customers.page(project.id, filter, limit + 1, after);
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return {
      customers: page.map(toCustomerResponse),
      next_cursor: rows.length > limit && last ? encodeCustomerCursor({ seenMicros: last.seen_us, id: last.id }) : null,
    };
  }

  async get(project: AuthenticatedProject, customerId: string): Promise<CustomerDetailsResponse> {
    const row = isUuid(customerId) ? await this.customers.find(project.id, customerId) : undefined;
    if (!row) throw new CustomerNotFound();
    const tickets = await this.customers.recentTickets(project.id, customerId, RECENT_TICKETS);
    return { ...toCustomerResponse(row), recent_tickets: tickets.map(toCustomerTicketResponse) };
  }

  async update(
    project: AuthenticatedProject,
    customerId: string,
    changes: CustomerChanges,
  ): Promise<CustomerDetailsResponse> {
    await this.asCustomer(() =>
      this.dataSource.transaction((manager) =>
        this.subscribers.updateProfile(project, sqlOfManager(manager), customerId, changes),
      ),
    );
    return this.get(project, customerId);
  }

  /**
   * Irreversible: names, username, chat id and note, the text of every message the customer wrote and
   * their files' bytes are deleted; their tickets stay (for reports). Fires `customer.erased`.
   */
  async erase(project: AuthenticatedProject, customerId: string): Promise<void> {
    await this.asCustomer(() =>
      this.dataSource.transaction(async (manager) => {
        const sql = sqlOfManager(manager);
        // Read before the row loses its chat id; the erase below locks it, so a second erasure waits, then 404s.
        const customer = isUuid(customerId) ? await this.customers.find(project.id, customerId, sql) : undefined;
        await this.subscribers.erase(project, sql, customerId);
        await this.ticketErasure.eraseCustomer(project, sql, customerId);
        if (customer?.chat_id && customer.channel !== 'virtual')
          await this.chatErasure.forgetChat(project, sql, customer.channel, Number(customer.chat_id));
      }),
    );
  }

  private async asCustomer<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      if (error instanceof SubscriberNotFound) throw new CustomerNotFound();
      throw error;
    }
  }
}

export function encodeCustomerCursor(cursor: CustomerCursor): string {
  return Buffer.from(`s:${cursor.seenMicros}|${cursor.id}`).toString('base64url');
}

export function decodeCustomerCursor(cursor: string): CustomerCursor {
  const match = /^s:(-?\d{1,18})\|([0-9a-f-]{36})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match || !isUuid(match[2])) throw new MalformedCustomerCursor();
  return { seenMicros: match[1], id: match[2] };
}
