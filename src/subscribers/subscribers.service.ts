import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, IsNull, Repository } from 'typeorm';
import type { AuthenticatedProject } from '../common/auth/authenticated-project.js';
import { isUuid } from '../common/ids.js';
import { OutboxService } from '../outbox/outbox.service.js';
import { Subscriber } from './subscriber.entity.js';
import { subscriberOfRow, type SubscriberRow } from './subscriber-row.js';
import { SubscriberNotFound } from './subscribers.errors.js';
import { type Channel } from '../common/channels.js';

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
   * Finds the customer's row for (project, channel, chat_id) or creates it, inside the caller's
   * transaction. A new row writes `subscription.created` to the outbox. Names and language sent again
   * refresh the stored ones (people rename themselves).
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
    };
    if (chatId === null) return this.insertNew(project, manager, values);
    // A returning customer is the common case: one read. A new one is inserted with ON CONFLICT DO NOTHING
    // and read again when that found a conflict: two first messages from one chat at once create one row.
    const where = { projectId: project.id, channel: input.channel, chatId };
    // A fixed statement (prepared with the counted write's BEGIN), not a query built per request.
    const [found]: SubscriberRow[] = await manager.query(FIND_BY_CHAT, [project.id, input.channel, chatId]);
    let subscriber = found ? subscriberOfRow(found) : null;
    if (!subscriber) {
      const inserted: Array<{ id: string }> = await manager.query(
        `INSERT INTO subscriber (project_id, channel, chat_id, first_name, username, lang)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (project_id, channel, chat_id) DO NOTHING
         RETURNING id`,
        [project.id, input.channel, chatId, values.firstName, values.username, values.lang],
      );
      if (inserted.length > 0) {
        const created = await manager.findOneByOrFail(Subscriber, { id: inserted[0].id });
        await this.announce(project, manager, created);
        return { subscriber: created, created: true };
      }
      subscriber = await manager.findOneByOrFail(Subscriber, where);
    }
    const refresh: Partial<Subscriber> = {};
    if (input.first_name != null && input.first_name !== subscriber.firstName) refresh.firstName = input.first_name;
    if (input.username != null && input.username !== subscriber.username) refresh.username = input.username;
    if (input.lang != null && input.lang !== subscriber.lang) refresh.lang = input.lang;
    if (Object.keys(refresh).length > 0) {
      await manager.update(Subscriber, { id: subscriber.id }, refresh);
      Object.assign(subscriber, refresh);
    }
    return { subscriber, created: false };
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
    await this.outbox.append(manager, [
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

const FIND_BY_CHAT = `SELECT id, project_id, channel, chat_id, first_name, username, lang, blocked_at, created_at
  FROM subscriber WHERE project_id = $1 AND channel = $2 AND chat_id = $3`;
