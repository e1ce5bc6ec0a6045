import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, IsNull, Repository } from 'typeorm';
import type { Channel } from '../common/channels.js';
import { type Sql, writeThrough } from '../common/database/sql.js';
import { Subscriber } from './subscriber.entity.js';
import type { SubscriberRow } from './subscriber-row.js';

/** The customer fields a chat sends (null: not sent). */
export interface SubscriberFields {
  firstName: string | null;
  lastName: string | null;
  username: string | null;
  lang: string | null;
}

/** Changed fields of a customer; a null field is left as it is (nothing ever clears them here). */
export interface SubscriberChanges {
  firstName?: string | null;
  lastName?: string | null;
  username?: string | null;
  lang?: string | null;
  contactedAt?: Date | null;
}

/** The statements of `subscriber`: plain SQL on the paths of a counted write, TypeORM elsewhere. */
@Injectable()
export class SubscriberStore {
  constructor(@InjectRepository(Subscriber) private readonly subscribers: Repository<Subscriber>) {}

  /**
   * The customer of (project, channel, chat): read, or inserted as contacted when there is none, in one
   * statement (`created` tells which). Nothing comes back when a concurrent insert of the same chat won:
   * ON CONFLICT DO NOTHING waited for it; read it with `findByChatIn`.
   */
  async findOrCreateByChat(
    sql: Sql,
    projectId: string,
    channel: Channel,
    chatId: number,
    fields: SubscriberFields,
  ): Promise<(SubscriberRow & { created: boolean }) | undefined> {
    const [row] = await sql.query<SubscriberRow & { created: boolean }>(FIND_OR_CREATE_BY_CHAT, [
      projectId,
      channel,
      chatId,
      fields.firstName,
      fields.username,
      fields.lang,
      fields.lastName,
    ]);
    return row;
  }

  async findByChatIn(
    sql: Sql,
    projectId: string,
    channel: Channel,
    chatId: number,
  ): Promise<SubscriberRow | undefined> {
    return (await sql.query<SubscriberRow>(FIND_BY_CHAT, [projectId, channel, chatId]))[0];
  }

  /** The customer of a chat that contacted the project (one indexed read). */
  async findCustomerByChat(
    sql: Sql,
    projectId: string,
    channel: Channel,
    chatId: number,
  ): Promise<SubscriberRow | undefined> {
    return (await sql.query<SubscriberRow>(FIND_CUSTOMER_BY_CHAT, [projectId, channel, chatId]))[0];
  }

  /** A new row (a virtual customer, or a chat's), whatever exists. */
  async insert(
    sql: Sql,
    projectId: string,
    channel: Channel,
    chatId: number | null,
    fields: SubscriberFields & { contactedAt: Date | null },
  ): Promise<SubscriberRow> {
    const [row] = await sql.query<SubscriberRow>(INSERT, [
      projectId,
      channel,
      chatId,
      fields.firstName,
      fields.username,
      fields.lang,
      fields.contactedAt,
      fields.lastName,
    ]);
    return row;
  }

  async update(sql: Sql, subscriberId: string, changes: SubscriberChanges): Promise<void> {
    await sql.query(UPDATE, [
      subscriberId,
      changes.firstName ?? null,
      changes.username ?? null,
      changes.lang ?? null,
      changes.contactedAt ?? null,
      changes.lastName ?? null,
    ]);
  }

  findInProject(projectId: string, subscriberId: string, manager?: EntityManager): Promise<Subscriber | null> {
    return this.repository(manager).findOneBy({ id: subscriberId, projectId });
  }

  findByChat(projectId: string, channel: Channel, chatId: number, manager?: EntityManager): Promise<Subscriber | null> {
    return this.repository(manager).findOneBy({ projectId, channel, chatId });
  }

  /** Marks the customer blocked (once: an earlier time stays), or unblocks them. */
  async setBlocked(projectId: string, subscriberId: string, blocked: boolean, manager?: EntityManager): Promise<void> {
    await this.repository(manager).update(
      blocked ? { id: subscriberId, projectId, blockedAt: IsNull() } : { id: subscriberId, projectId },
      { blockedAt: blocked ? new Date() : null },
    );
  }

  /** The customer wrote: last seen now (a write nobody reads, so it joins a counted write's commit). */
  async touchSeen(sql: Sql, projectId: string, channel: Channel, chatId: number): Promise<void> {
    await writeThrough(sql, TOUCH_SEEN, [projectId, channel, chatId]);
  }

  /** The team's note and block of a live (not erased) customer; false when there is none. */
  async updateProfile(
    sql: Sql,
    projectId: string,
    subscriberId: string,
    changes: { note?: string | null; blocked?: boolean },
  ): Promise<boolean> {
    const rows = await sql.query(UPDATE_PROFILE, [
      projectId,
      subscriberId,
      changes.note !== undefined,
      changes.note ?? null,
      changes.blocked ?? null,
    ]);
    return rows.length > 0;
  }

  /**
   * Erases a live customer: names, username, chat id, language and note are cleared and the row is marked
   * erased (it stays: the customer's tickets point at it). False when there is no such live customer.
   */
  async erase(sql: Sql, projectId: string, subscriberId: string): Promise<Date | null> {
    const [row] = await sql.query<{ erased_at: Date }>(ERASE, [projectId, subscriberId]);
    return row?.erased_at ?? null;
  }

  private repository(manager?: EntityManager): Repository<Subscriber> {
    return manager ? manager.getRepository(Subscriber) : this.subscribers;
  }
}

const SUBSCRIBER_COLUMNS =
  'id, project_id, channel, chat_id, first_name, last_name, username, lang, blocked_at, contacted_at, created_at';

const FIND_BY_CHAT = `SELECT ${SUBSCRIBER_COLUMNS} FROM subscriber
  WHERE project_id = $1 AND channel = $2 AND chat_id = $3`;

/** Fixed text, so it is prepared once per connection (it usually goes with the counted write's BEGIN). */
const FIND_OR_CREATE_BY_CHAT = `WITH found AS (${FIND_BY_CHAT}),
inserted AS (
  INSERT INTO subscriber (project_id, channel, chat_id, first_name, username, lang, last_name, contacted_at)
  SELECT $1, $2, $3, $4::text, $5::text, $6::text, $7::text, now() WHERE NOT EXISTS (SELECT 1 FROM found)
  ON CONFLICT (project_id, channel, chat_id) DO NOTHING
  RETURNING ${SUBSCRIBER_COLUMNS})
SELECT *, true AS created FROM inserted UNION ALL SELECT *, false AS created FROM found`;

/** The unique index (project_id, channel, chat_id) answers it; only a chat that contacted the project counts. */
const FIND_CUSTOMER_BY_CHAT = `${FIND_BY_CHAT} AND contacted_at IS NOT NULL`;

const INSERT = `INSERT INTO subscriber
    (project_id, channel, chat_id, first_name, username, lang, contacted_at, last_name)
  VALUES ($1, $2, $3, $4::text, $5::text, $6::text, $7::timestamptz, $8::text)
  RETURNING ${SUBSCRIBER_COLUMNS}`;

/** Fixed text whatever changed: a null parameter keeps the column (no change here ever clears one). */
const UPDATE = `UPDATE subscriber
  SET first_name = coalesce($2::text, first_name), username = coalesce($3::text, username),
      lang = coalesce($4::text, lang), contacted_at = coalesce($5::timestamptz, contacted_at),
      last_name = coalesce($6::text, last_name)
  WHERE id = $1`;

const TOUCH_SEEN = `UPDATE subscriber SET last_seen_at = now()
  WHERE project_id = $1 AND channel = $2 AND chat_id = $3 AND last_seen_at < now()`;

const UPDATE_PROFILE = `UPDATE subscriber
  SET note = CASE WHEN $3::boolean THEN $4::text ELSE note END,
      agent_blocked = coalesce($5::boolean, agent_blocked)
  WHERE project_id = $1 AND id = $2 AND erased_at IS NULL
  RETURNING id`;

const ERASE = `UPDATE subscriber
  SET first_name = NULL, last_name = NULL, username = NULL, chat_id = NULL, lang = NULL, note = NULL,
      erased_at = now()
  WHERE project_id = $1 AND id = $2 AND erased_at IS NULL
  RETURNING erased_at`;
