import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuthenticatedProject } from '../common/auth/authenticated-project.js';
import { isUuid } from '../common/ids.js';
import { OutboxService } from '../outbox/outbox.service.js';
import type { Sql } from '../common/database/sql.js';
import { Subscriber } from './subscriber.entity.js';
import { type SubscriberChanges, SubscriberStore } from './subscriber.store.js';
import { subscriberOfRow, type SubscriberRow } from './subscriber-row.js';
import { ChatNotSubscribed, SubscriberNotFound } from './subscribers.errors.js';
import { type Channel } from '../common/channels.js';

export interface SubscriberInput {
  channel: Channel;
  /** Required for telegram/max; a virtual customer without one gets a new subscriber each time. */
  chat_id?: number | null;
  first_name?: string | null;
  last_name?: string | null;
  username?: string | null;
  lang?: string | null;
}

export interface FoundSubscriber {
  subscriber: Subscriber;
  created: boolean;
}

/** `subscription.created` webhook data. */
export function toSubscriptionCreatedPayload(subscriber: Subscriber): Record<string, unknown> {
  return {
    subscriber_id: subscriber.id,
    channel: subscriber.channel,
    chat_id: subscriber.chatId,
    first_name: subscriber.firstName,
    username: subscriber.username,
  };
}

@Injectable()
export class SubscribersService {
  constructor(
    private readonly store: SubscriberStore,
    private readonly outbox: OutboxService,
  ) {}

  /**
   * The chat contacted the project (bot side: its help link, an accepted request, a message): finds the
   * customer's row for (project, channel, chat_id) or creates it, inside the caller's transaction, and marks
   * it contacted. A new row writes `subscription.created` to the outbox. Names and language sent again
   * refresh the stored ones (people rename themselves). A virtual customer (no chat id) gets a new row.
   */
  async findOrCreate(project: AuthenticatedProject, sql: Sql, input: SubscriberInput): Promise<FoundSubscriber> {
    const chatId = input.chat_id ?? null;
    const fields = {
      firstName: input.first_name ?? null,
      lastName: input.last_name ?? null,
      username: input.username ?? null,
      lang: input.lang ?? null,
    };
    if (chatId === null) {
      const inserted = await this.store.insert(sql, project.id, input.channel, null, { ...fields, contactedAt: null });
      const subscriber = subscriberOfRow(inserted);
      await this.announce(project, sql, subscriber);
      return { subscriber, created: true };
    }
    // One round trip either way: the read of a returning customer (the common case), or the insert of a new
    // one. When another transaction inserted the same chat at the same moment, ON CONFLICT DO NOTHING waits
    // for it and returns nothing, and the row it committed is read again: two first messages from one chat at
    // once create one customer.
    let row: (SubscriberRow & { created?: boolean }) | undefined;
    // A second try only when the conflicting row was gone again by the time it was read (erased at once).
    for (let attempt = 0; !row && attempt < 2; attempt++) {
      row = await this.store.findOrCreateByChat(sql, project.id, input.channel, chatId, fields);
      row ??= await this.store.findByChatIn(sql, project.id, input.channel, chatId);
    }
    if (!row) throw new Error(`the customer of chat ${chatId} was erased while being created`);
    if (row.created) {
      const created = subscriberOfRow(row);
      await this.announce(project, sql, created);
      return { subscriber: created, created: true };
    }
    // A row the API wrote before chats had to contact a project first becomes a customer now.
    const contact: SubscriberChanges = row.contacted_at === null ? { contactedAt: new Date() } : {};
    return { subscriber: await this.refresh(sql, subscriberOfRow(row), input, contact), created: false };
  }

  /**
   * The customer of a new ticket. The bot's tickets come from the chat itself (`fromChat`), and a virtual
   * customer is the API's own; over the API or MCP one bot serves every project, so a messenger ticket needs
   * a chat that already contacted this project (`requireCustomer`).
   */
  async forNewTicket(
    project: AuthenticatedProject,
    sql: Sql,
    fromChat: boolean,
    input: SubscriberInput,
  ): Promise<Subscriber> {
    const chatId = input.chat_id ?? null;
    if (fromChat || input.channel === 'virtual' || chatId === null)
      return (await this.findOrCreate(project, sql, input)).subscriber;
    return this.requireCustomer(project, sql, { ...input, chat_id: chatId });
  }

  /**
   * The project's customer of a messenger chat, for a ticket opened over the API or MCP, inside the caller's
   * transaction: one indexed read. A chat that never contacted the project → ChatNotSubscribed (422), and
   * nothing is written. Names and language sent refresh the stored ones.
   */
  async requireCustomer(
    project: AuthenticatedProject,
    sql: Sql,
    input: SubscriberInput & { chat_id: number },
  ): Promise<Subscriber> {
    const row = await this.store.findCustomerByChat(sql, project.id, input.channel, input.chat_id);
    if (!row) throw new ChatNotSubscribed();
    return this.refresh(sql, subscriberOfRow(row), input, {});
  }

  private async refresh(
    sql: Sql,
    subscriber: Subscriber,
    input: SubscriberInput,
    refresh: SubscriberChanges,
  ): Promise<Subscriber> {
    if (input.first_name != null && input.first_name !== subscriber.firstName) refresh.firstName = input.first_name;
    if (input.last_name != null && input.last_name !== subscriber.lastName) refresh.lastName = input.last_name;
    if (input.username != null && input.username !== subscriber.username) refresh.username = input.username;
    if (input.lang != null && input.lang !== subscriber.lang) refresh.lang = input.lang;
    if (Object.keys(refresh).length > 0) {
      await this.store.update(sql, subscriber.id, refresh);
      Object.assign(subscriber, refresh);
    }
    return subscriber;
  }

  async get(project: AuthenticatedProject, subscriberId: string, manager?: EntityManager): Promise<Subscriber> {
    const subscriber = isUuid(subscriberId) ? await this.store.findInProject(project.id, subscriberId, manager) : null;
    if (!subscriber) throw new SubscriberNotFound();
    return subscriber;
  }

  findByChat(
    project: AuthenticatedProject,
    channel: Channel,
    chatId: number,
    manager?: EntityManager,
  ): Promise<Subscriber | null> {
    return this.store.findByChat(project.id, channel, chatId, manager);
  }

  /** The customer blocked the bot (or unblocked it: `blocked` false). */
  async setBlocked(
    project: AuthenticatedProject,
    subscriberId: string,
    blocked: boolean,
    manager?: EntityManager,
  ): Promise<void> {
    await this.store.setBlocked(project.id, subscriberId, blocked, manager);
  }

  /** The customer wrote to the project (in the caller's transaction): last seen now. */
  async touchSeen(projectId: string, sql: Sql, channel: Channel, chatId: number): Promise<void> {
    await this.store.touchSeen(sql, projectId, channel, chatId);
  }

  /** Changes the team's note and block of a live customer; a foreign, erased or unknown id → 404. */
  async updateProfile(
    project: AuthenticatedProject,
    sql: Sql,
    subscriberId: string,
    changes: { note?: string | null; blocked?: boolean },
  ): Promise<void> {
    if (!isUuid(subscriberId) || !(await this.store.updateProfile(sql, project.id, subscriberId, changes)))
      throw new SubscriberNotFound();
  }

  /**
   * Erases a live customer's personal data and writes `customer.erased`, in the caller's transaction (the
   * tickets' side is TicketErasureService's). A foreign, erased or unknown id → 404.
   */
  async erase(project: AuthenticatedProject, sql: Sql, subscriberId: string): Promise<void> {
    const erasedAt = isUuid(subscriberId) ? await this.store.erase(sql, project.id, subscriberId) : null;
    if (!erasedAt) throw new SubscriberNotFound();
    await this.outbox.append(sql, [
      {
        projectId: project.id,
        topic: 'webhook',
        eventType: 'customer.erased',
        aggregateId: subscriberId,
        payload: { customer_id: subscriberId, erased_at: erasedAt.toISOString() },
      },
    ]);
  }

  private async announce(project: AuthenticatedProject, sql: Sql, subscriber: Subscriber): Promise<void> {
    await this.outbox.append(sql, [
      {
        projectId: project.id,
        topic: 'webhook',
        eventType: 'subscription.created',
        aggregateId: subscriber.id,
        payload: toSubscriptionCreatedPayload(subscriber),
      },
    ]);
  }
}
