import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { TelegramError } from 'telegraf';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthenticatedProject } from '../../common/auth/authenticated-project.js';
import { ProjectsService, toAuthenticated } from '../../projects/projects.service.js';
import { SettingsService } from '../../settings/settings.service.js';
import { SubscribersService } from '../../subscribers/subscribers.service.js';
import { TicketsService } from '../../tickets/tickets.service.js';
import { botTexts, chatLanguage } from '../bot-texts.js';
import { CALLBACK } from '../conversation.service.js';
import type { OutgoingChatMessage } from '../chat-transport.js';
import { MessengerChatsService } from '../messenger-chats.service.js';
import { OutboundPart } from '../outbound-part.entity.js';
import { composeReply, outboundFilesOf, TELEGRAM_LIMITS } from '../outbound-parts.js';
import { splitMessage } from '../split-message.js';
import { TelegramBotService } from './telegram-bot.service.js';

/** A claimed `telegram` outbox row. `attempts` after the claim is the lease token. */
export interface ClaimedChatEvent {
  id: string;
  projectId: string;
  eventType: string;
  aggregateId: string | null;
  payload: Record<string, unknown>;
  attempts: number;
}

// A claimed row is invisible to other workers this long; a worker that dies frees it when it runs out.
const LEASE_SECONDS = 60;
// 5xx and network failures: retried with exponential backoff (1 s, 2 s, 4 s … capped), then failed.
export const MAX_DELIVERY_ATTEMPTS = 10;
const MAX_BACKOFF_SECONDS = 300;
// Longer waits for a chat's send slot give the row back instead of sleeping through the lease.
const MAX_INLINE_WAIT_MS = 10_000;

export type DeliveryResult = 'sent' | 'retry' | 'failed' | 'lost_lease';

/**
 * Sends `telegram` outbox rows (agent replies, close messages with the CSAT survey) to customers' chats.
 * Rows are claimed with FOR UPDATE SKIP LOCKED under a lease, one ticket's rows strictly in order; each
 * part Telegram accepts is recorded at once, so a retry never sends it again.
 */
@Injectable()
export class TelegramDeliveryService {
  private readonly logger = new Logger('TelegramDelivery');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly bot: TelegramBotService,
    private readonly chats: MessengerChatsService,
    private readonly projects: ProjectsService,
    private readonly settings: SettingsService,
    private readonly subscribers: SubscribersService,
    private readonly tickets: TicketsService,
  ) {}

  /**
   * Claims due rows. A row waits while an older row of the same ticket is still pending (in flight,
   * or waiting for a retry), so one ticket's messages reach the chat in order.
   */
  async claim(limit: number, projectId?: string): Promise<ClaimedChatEvent[]> {
    // An UPDATE … RETURNING through TypeORM answers [rows, affected count].
    const [rows]: [Array<Record<string, any>>, number] = await this.dataSource.query(
      `UPDATE outbox_event o
          SET attempts = o.attempts + 1, next_attempt_at = now() + interval '${LEASE_SECONDS} seconds'
        WHERE o.id IN (
          SELECT e.id FROM outbox_event e
           WHERE e.topic = 'telegram' AND e.status = 'pending' AND e.next_attempt_at <= now()
             AND ($2::uuid IS NULL OR e.project_id = $2::uuid)
             AND NOT EXISTS (
               SELECT 1 FROM outbox_event p
                WHERE p.topic = 'telegram' AND p.status = 'pending' AND p.aggregate_id = e.aggregate_id AND p.id < e.id)
           ORDER BY e.id
           LIMIT $1
           FOR UPDATE SKIP LOCKED)
        RETURNING o.id, o.project_id, o.event_type, o.aggregate_id, o.payload, o.attempts`,
      [limit, projectId ?? null],
    );
    return rows
      .map((row) => ({ id: String(row.id), projectId: row.project_id, eventType: row.event_type, aggregateId: row.aggregate_id, payload: row.payload, attempts: Number(row.attempts) }))
      .sort((a, b) => Number(a.id) - Number(b.id));
  }

  /** Sends one claimed event and records the outcome. Never throws for a Telegram or network failure. */
  async deliver(event: ClaimedChatEvent): Promise<DeliveryResult> {
    const chatId = String(event.payload.chat_id ?? '');
    if (!this.bot.transport || !/^-?\d+$/.test(chatId)) return this.fail(event, 'no chat to deliver to', false);
    let messages: OutgoingChatMessage[];
    try {
      messages = await this.compose(event, chatId);
    } catch (error) {
      return this.retry(event, `composing failed: ${(error as Error).message}`);
    }
    if (messages.length === 0) return this.fail(event, `unknown event type ${event.eventType}`, false);
    // One round trip for what decides the sends: is the chat blocked, which parts Telegram already took.
    const [state]: Array<{ blocked: boolean; sent: number[] }> = await this.dataSource.query(
      `SELECT EXISTS (SELECT 1 FROM messenger_chat WHERE channel = 'telegram' AND chat_id = $2 AND blocked_at IS NOT NULL) AS blocked,
              COALESCE((SELECT array_agg(part_index) FROM chat_outbound_part WHERE outbox_event_id = $1), '{}') AS sent`,
      [event.id, chatId],
    );
    if (state.blocked) return this.fail(event, 'the customer blocked the bot', false);
    const sent = new Set(state.sent.map(Number));
    for (let index = 0; index < messages.length; index++) {
      if (sent.has(index)) continue;
      const wait = this.bot.limiter.reserve(chatId);
      if (wait > MAX_INLINE_WAIT_MS) return this.release(event, Math.ceil(wait / 1000), 'waiting for the chat rate limit');
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      let messageIds: string[];
      try {
        messageIds = await this.bot.transport.sendParts(chatId, messages[index]);
      } catch (error) {
        return this.onSendError(event, chatId, error);
      }
      const messageId = messageIds[0];
      // Recorded right after Telegram accepted it; the last part commits together with the row's completion.
      const last = index === messages.length - 1;
      const completed = await this.dataSource.transaction(async (manager) => {
        await manager.insert(OutboundPart, { outboxEventId: event.id, partIndex: index, messageId });
        const ticketId = typeof event.payload.ticket_id === 'string' ? event.payload.ticket_id : null;
        // Every message of an album: a customer's reply to any of them goes to the ticket.
        if (ticketId) for (const id of messageIds) await this.chats.rememberTicketMessage({ channel: 'telegram', chatId, messageId: id, projectId: event.projectId, ticketId }, manager);
        return last ? this.completeIn(manager, event) : false;
      });
      if (last) return completed ? 'sent' : 'lost_lease';
    }
    return this.complete(event);
  }

  /** The chat messages of an event: a reply split at Telegram's limit; a close message and the survey. */
  private async compose(event: ClaimedChatEvent, chatId: string): Promise<OutgoingChatMessage[]> {
    if (event.eventType === 'chat.message') {
      return composeReply(String(event.payload.text ?? ''), outboundFilesOf(event.payload.attachments), TELEGRAM_LIMITS);
    }
    if (event.eventType === 'chat.ticket_closed') {
      const project = await this.projects.get(event.projectId);
      const settings = await this.settings.get(toAuthenticated(project));
      // The chat's language as last seen by the bot, else the one stored with the subscriber.
      const chat = await this.chats.find('telegram', chatId);
      const subscriber = chat ? null : await this.subscribers.findByChat(toAuthenticated(project), 'telegram', Number(chatId));
      const language = chat?.language ?? chatLanguage(subscriber?.lang);
      const messages: OutgoingChatMessage[] = splitMessage(settings.closeMessage[language] || botTexts(language).menuHint).map((text) => ({ text }));
      if (event.payload.csat_survey === true) {
        const ticketId = String(event.payload.ticket_id);
        messages.push({
          text: settings.csatMessageTemplate,
          buttons: [[1, 2, 3, 4, 5].map((rating) => ({ text: `${rating} ⭐`, data: `${CALLBACK.csat}${ticketId}:${rating}` }))],
        });
      }
      return messages;
    }
    return [];
  }

  private async onSendError(event: ClaimedChatEvent, chatId: string, error: unknown): Promise<DeliveryResult> {
    if (error instanceof TelegramError) {
      const description = `telegram ${error.code}: ${error.description}`;
      if (error.code === 429) {
        const waitSeconds = Math.max(1, Number(error.parameters?.retry_after ?? 1));
        this.bot.limiter.pause(chatId, waitSeconds * 1000);
        return this.release(event, waitSeconds, description);
      }
      if (error.code === 403) {
        await this.chats.markBlocked('telegram', chatId);
        return this.fail(event, description, true);
      }
      if (error.code >= 400 && error.code < 500) return this.fail(event, description, false);
      return this.retry(event, description);
    }
    return this.retry(event, this.bot.redact((error as Error)?.message ?? String(error)));
  }

  /** Done, and the ticket message's delivery becomes `sent`, in one transaction. */
  private async complete(event: ClaimedChatEvent): Promise<DeliveryResult> {
    const done = await this.dataSource.transaction((manager) => this.completeIn(manager, event));
    return done ? 'sent' : 'lost_lease';
  }

  private async completeIn(manager: EntityManager, event: ClaimedChatEvent): Promise<boolean> {
    const updated = await this.finish(manager, event, `status = 'done', processed_at = now(), last_error = NULL`);
    if (updated) await this.markMessage(manager, event, 'sent');
    return updated;
  }

  /** Failed for good: the ticket message's delivery becomes `failed`; a blocked bot marks the subscriber blocked. */
  private async fail(event: ClaimedChatEvent, reason: string, blocked: boolean): Promise<DeliveryResult> {
    this.logger.warn({ msg: 'chat delivery failed', outbox_id: event.id, event_type: event.eventType, reason });
    // Read before the transaction: inside it only its manager may be used (embedded PGlite is one session).
    const project = blocked ? toAuthenticated(await this.projects.get(event.projectId)) : null;
    const done = await this.dataSource.transaction(async (manager) => {
      const updated = await this.finish(manager, event, `status = 'failed', processed_at = now(), last_error = $3`, [reason]);
      if (!updated) return false;
      await this.markMessage(manager, event, 'failed');
      if (project) await this.markSubscriberBlocked(manager, project, event);
      return true;
    });
    return done ? 'failed' : 'lost_lease';
  }

  private async markMessage(manager: EntityManager, event: ClaimedChatEvent, delivery: 'sent' | 'failed'): Promise<void> {
    if (event.eventType !== 'chat.message' || typeof event.payload.message_id !== 'string') return;
    await this.tickets.markMessageDelivery(event.payload.message_id, delivery, manager);
  }

  private async markSubscriberBlocked(manager: EntityManager, project: AuthenticatedProject, event: ClaimedChatEvent): Promise<void> {
    const subscriber = await this.subscribers.findByChat(project, 'telegram', Number(event.payload.chat_id), manager);
    if (subscriber) await this.subscribers.setBlocked(project, subscriber.id, true, manager);
  }

  /** 5xx or network: try again later, or give up after MAX_DELIVERY_ATTEMPTS. */
  private async retry(event: ClaimedChatEvent, reason: string): Promise<DeliveryResult> {
    if (event.attempts >= MAX_DELIVERY_ATTEMPTS) return this.fail(event, `gave up after ${event.attempts} attempts: ${reason}`, false);
    const backoff = Math.min(MAX_BACKOFF_SECONDS, 2 ** (event.attempts - 1));
    const done = await this.finish(this.dataSource.manager, event, `next_attempt_at = now() + make_interval(secs => $3), last_error = $4`, [backoff, reason]);
    return done ? 'retry' : 'lost_lease';
  }

  /** Telegram asked to wait (429): not a failed attempt, so it does not count toward giving up. */
  private async release(event: ClaimedChatEvent, waitSeconds: number, reason: string): Promise<DeliveryResult> {
    const done = await this.finish(this.dataSource.manager, event, `attempts = attempts - 1, next_attempt_at = now() + make_interval(secs => $3), last_error = $4`, [waitSeconds, reason]);
    return done ? 'retry' : 'lost_lease';
  }

  /** Applies `set` only while this worker still holds the lease (attempts unchanged since the claim). */
  private async finish(manager: EntityManager, event: ClaimedChatEvent, set: string, extra: unknown[] = []): Promise<boolean> {
    const result: [unknown[], number] = await manager.query(`UPDATE outbox_event SET ${set} WHERE id = $1 AND attempts = $2 AND status = 'pending'`, [event.id, event.attempts, ...extra]);
    return result[1] > 0;
  }
}
