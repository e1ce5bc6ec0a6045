import type { Channel } from '../common/channels.js';
import { chatIdTransformer, Subscriber } from './subscriber.entity.js';

/** A subscriber row as plain SQL reads it (snake_case columns), for the hot paths that skip TypeORM's builder. */
export interface SubscriberRow {
  id: string;
  project_id: string;
  channel: Channel;
  chat_id: string | null;
  first_name: string | null;
  last_name: string | null;
  username: string | null;
  lang: string | null;
  blocked_at: Date | null;
  contacted_at: Date | null;
  created_at: Date;
}

export function subscriberOfRow(row: SubscriberRow): Subscriber {
  return Object.assign(new Subscriber(), {
    id: row.id,
    projectId: row.project_id,
    channel: row.channel,
    chatId: chatIdTransformer.from(row.chat_id),
    firstName: row.first_name,
    lastName: row.last_name,
    username: row.username,
    lang: row.lang,
    blockedAt: row.blocked_at,
    contactedAt: row.contacted_at,
    createdAt: row.created_at,
  });
}
