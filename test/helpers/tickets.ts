import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ApiClient } from './test-app.js';
import { UUID_PATTERN } from '../../src/common/ids.js';

export const UUID = UUID_PATTERN;
export const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
export const NO_SUCH_ID = '00000000-0000-4000-8000-000000000000';

/** The whole message object the API answers with, for a plain text message (no files, never edited). */
export function expectedMessage(fields: {
  author: 'agent' | 'customer';
  text: string;
  member_id?: string | null;
  internal?: boolean;
}): Record<string, unknown> {
  return {
    id: expect.stringMatching(UUID),
    member_id: null,
    internal: false,
    attachments: [],
    delivery: null,
    delivery_error: null,
    edited_at: null,
    edits: [],
    erased: false,
    created_at: expect.stringMatching(ISO),
    ...fields,
  };
}

/** Creates a ticket through the API and returns its body (asserting 201). */
export async function createTicket(api: ApiClient, body: Record<string, unknown> = {}): Promise<Record<string, any>> {
  const response = await api.post('/v1/helpdesk/tickets', { text: 'Verification code not arriving', ...body });
  if (response.status !== 201) throw new Error(`create ticket: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

/**
 * Makes a messenger chat a customer of the project, as opening its help link or accepting one of its
 * requests does: the API and MCP open telegram/max tickets only for such chats (422 chat_not_subscribed).
 */
export async function subscribeChat(
  app: INestApplication,
  projectId: string,
  chatId: number,
  channel: 'telegram' | 'max' = 'telegram',
): Promise<void> {
  await app.get(DataSource).query(
    `INSERT INTO subscriber (project_id, channel, chat_id, contacted_at) VALUES ($1, $2, $3, now())
     ON CONFLICT (project_id, channel, chat_id) DO UPDATE SET contacted_at = coalesce(subscriber.contacted_at, now())`,
    [projectId, channel, chatId],
  );
}

export async function addMember(api: ApiClient, name = 'Agent'): Promise<string> {
  const email = `${name.toLowerCase()}-${Math.random().toString(36).slice(2, 10)}@example.com`;
  const response = await api.post('/v1/team/members', { email, name, role: 'support' });
  if (response.status !== 201) throw new Error(`add member: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.id;
}

export interface StoredEvent {
  topic: string;
  event_type: string;
  aggregate_id: string | null;
  payload: Record<string, any>;
}

/** Outbox rows of a project, oldest first (optionally only those after `afterId`). */
export async function outboxEvents(
  app: INestApplication,
  projectId: string,
): Promise<Array<StoredEvent & { id: string }>> {
  return app
    .get(DataSource)
    .query('SELECT id, topic, event_type, aggregate_id, payload FROM outbox_event WHERE project_id = $1 ORDER BY id', [
      projectId,
    ]);
}

/** Returns a function that yields the events written since the previous call. */
export function outboxCursor(app: INestApplication, projectId: string): () => Promise<StoredEvent[]> {
  let seen = 0;
  return async () => {
    const all = await outboxEvents(app, projectId);
    const fresh = all.slice(seen);
    seen = all.length;
    return fresh;
  };
}
