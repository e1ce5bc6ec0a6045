import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, IsNull, Repository } from 'typeorm';
import type { AuthenticatedProject } from '../common/auth/authenticated-project.js';
import { isUuid } from '../common/ids.js';
import { OutboxService } from '../outbox/outbox.service.js';
import { Subscriber } from './subscriber.entity.js';
import { subscriberOfRow, type SubscriberRow } from './subscriber-row.js';
import { ChatNotSubscribed, SubscriberNotFound } from './subscribers.errors.js';
import { type Channel } from '../common/channels.js';
import { sqlOfManager } from '../common/database/sql.js';

export interface SubscriberInput {
  channel: Channel;
  /** Required for telegram/max; a virtual customer without one gets a new subscriber each time. */
  chat_id?: number | null;
  first_name?: string | null;
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
    @InjectRepository(Subscriber) private readonly subscribers: Repository<Subscriber>,
    private readonly outbox: OutboxService,
  ) {}

  /**
   * The chat contacted the project (bot side: its help link, an accepted request, a message): finds the
   * customer's row for (project, channel, chat_id) or creates it, inside the caller's transaction, and marks
   * it contacted. A new row writes `subscription.created` to the outbox. Names and language sent again
   * refresh the stored ones (people rename themselves). A virtual customer (no chat id) gets a new row.
   */
  async findOrCreate(
    project: AuthenticatedProject,
    manager: EntityManager,
    input: SubscriberInput,
  ): Promise<FoundSubscriber> {
    const chatId = input.chat_id ?? null;
    const values = {
      projectId: project.id,
      channel: input.channel,
      chatId,
      firstName: input.first_name ?? null,
      username: input.username ?? null,
      lang: input.lang ?? null,
      contactedAt: null,
    };
    if (chatId === null) return this.insertNew(project, manager, values);
    // One round trip either way: the read of a returning customer (the common case), or the insert of a new
    // one. When another transaction inserted the same chat at the same moment, ON CONFLICT DO NOTHING waits
    // for it and returns nothing, and the row it committed is read again: two first messages from one chat at
    // once create one customer.
    const parameters = [project.id, input.channel, chatId, values.firstName, values.username, values.lang];
    let row: (SubscriberRow & { created?: boolean }) | undefined;
    // A second try only when the conflicting row was gone again by the time it was read (erased at once).
    for (let attempt = 0; !row && attempt < 2; attempt++) {
      [row] = await manager.query(FIND_OR_CREATE_BY_CHAT, parameters);
      row ??= (await manager.query(FIND_BY_CHAT, parameters.slice(0, 3)))[0];
    }
    if (!row) throw new Error(`the customer of chat ${chatId} was erased while being created`);
    if (row.created) {
      const created = subscriberOfRow(row);
      await this.announce(project, manager, created);
      return { subscriber: created, created: true };
    }
    // A row the API wrote before chats had to contact a project first becomes a customer now.
    const contact: Partial<Subscriber> = row.contacted_at === null ? { contactedAt: new Date() } : {};
    return { subscriber: await this.refresh(manager, subscriberOfRow(row), input, contact), created: false };
  }

  /**
   * The customer of a new ticket. The bot's tickets come from the chat itself (`fromChat`), and a virtual
   * customer is the API's own; over the API or MCP one bot serves every project, so a messenger ticket needs
   * a chat that already contacted this project (`requireCustomer`).
   */
  async forNewTicket(
    project: AuthenticatedProject,
    manager: EntityManager,
    fromChat: boolean,
    input: SubscriberInput,
  ): Promise<Subscriber> {
    const chatId = input.chat_id ?? null;
    if (fromChat || input.channel === 'virtual' || chatId === null)
      return (await this.findOrCreate(project, manager, input)).subscriber;
    return this.requireCustomer(project, manager, { ...input, chat_id: chatId });
  }

  /**
   * The project's customer of a messenger chat, for a ticket opened over the API or MCP, inside the caller's
   * transaction: one indexed read. A chat that never contacted the project → ChatNotSubscribed (422), and
   * nothing is written. Names and language sent refresh the stored ones.
   */
  async requireCustomer(
    project: AuthenticatedProject,
    manager: EntityManager,
    input: SubscriberInput & { chat_id: number },
  ): Promise<Subscriber> {
    const [row]: SubscriberRow[] = await manager.query(FIND_CUSTOMER_BY_CHAT, [
      project.id,
      input.channel,
      input.chat_id,
    ]);
    if (!row) throw new ChatNotSubscribed();
    return this.refresh(manager, subscriberOfRow(row), input, {});
  }

  private async refresh(
    manager: EntityManager,
    subscriber: Subscriber,
    input: SubscriberInput,
    refresh: Partial<Subscriber>,
  ): Promise<Subscriber> {
    if (input.first_name != null && input.first_name !== subscriber.firstName) refresh.firstName = input.first_name;
    if (input.username != null && input.username !== subscriber.username) refresh.username = input.username;
    if (input.lang != null && input.lang !== subscriber.lang) refresh.lang = input.lang;
    if (Object.keys(refresh).length > 0) {
      await manager.update(Subscriber, { id: subscriber.id }, refresh);
      Object.assign(subscriber, refresh);
    }
    return subscriber;
  }

  async get(project: AuthenticatedProject, subscriberId: string, manager?: EntityManager): Promise<Subscriber> {
    const repository = manager ? manager.getRepository(Subscriber) : this.subscribers;
    const subscriber = isUuid(subscriberId)
      ? await repository.findOneBy({ id: subscriberId, projectId: project.id })
      : null;
    if (!subscriber) throw new SubscriberNotFound();
    return subscriber;
  }

  findByChat(
    project: AuthenticatedProject,
    channel: Channel,
    chatId: number,
    manager?: EntityManager,
  ): Promise<Subscriber | null> {
    const repository = manager ? manager.getRepository(Subscriber) : this.subscribers;
    return repository.findOneBy({ projectId: project.id, channel, chatId });
  }

  /** The customer blocked the bot (or unblocked it: `blocked` false). */
  async setBlocked(
    project: AuthenticatedProject,
    subscriberId: string,
    blocked: boolean,
    manager?: EntityManager,
  ): Promise<void> {
    const repository = manager ? manager.getRepository(Subscriber) : this.subscribers;
    await repository.update(
      blocked
        ? { id: subscriberId, projectId: project.id, blockedAt: IsNull() }
        : { id: subscriberId, projectId: project.id },
      { blockedAt: blocked ? new Date() : null },
    );
  }

  private async insertNew(
    project: AuthenticatedProject,
    manager: EntityManager,
    values: Partial<Subscriber>,
  ): Promise<FoundSubscriber> {
    const subscriber = await manager.save(Subscriber, manager.create(Subscriber, values));
    await this.announce(project, manager, subscriber);
    return { subscriber, created: true };
  }

  private async announce(project: AuthenticatedProject, manager: EntityManager, subscriber: Subscriber): Promise<void> {
    await this.outbox.append(sqlOfManager(manager), [
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

const SUBSCRIBER_COLUMNS =
  'id, project_id, channel, chat_id, first_name, username, lang, blocked_at, contacted_at, created_at';

const FIND_BY_CHAT = `SELECT ${SUBSCRIBER_COLUMNS} FROM subscriber
  WHERE project_id = $1 AND channel = $2 AND chat_id = $3`;

/** Fixed text, so it is prepared once per connection (it usually goes with the counted write's BEGIN). */
const FIND_OR_CREATE_BY_CHAT = `WITH found AS (${FIND_BY_CHAT}),
inserted AS (
  INSERT INTO subscriber (project_id, channel, chat_id, first_name, username, lang, contacted_at)
  SELECT $1, $2, $3, $4::text, $5::text, $6::text, now() WHERE NOT EXISTS (SELECT 1 FROM found)
  ON CONFLICT (project_id, channel, chat_id) DO NOTHING
  RETURNING ${SUBSCRIBER_COLUMNS})
SELECT *, true AS created FROM inserted UNION ALL SELECT *, false AS created FROM found`;

/** The unique index (project_id, channel, chat_id) answers it; only a chat that contacted the project counts. */
const FIND_CUSTOMER_BY_CHAT = `${FIND_BY_CHAT} AND contacted_at IS NOT NULL`;
