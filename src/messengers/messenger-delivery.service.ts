import { type Sql, sqlOfManager, sqlOfPool } from '../common/database/sql.js';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthenticatedProject } from '../common/auth/authenticated-project.js';
import { backoffMs, type ClaimedOutboxEvent } from '../outbox/outbox-claim.js';
import { OutboxStore } from '../outbox/outbox.store.js';
import { ProjectsService, toAuthenticated } from '../projects/projects.service.js';
import { SettingsService } from '../settings/settings.service.js';
import { SubscribersService } from '../subscribers/subscribers.service.js';
import { TicketChatService } from '../tickets/ticket-chat.service.js';
import type { MessageDeliveryError } from '../tickets/ticket-enums.js';
import { CreditsService } from '../credits/credits.service.js';
import { botTexts, chatLanguage } from './bot-texts.js';
import { CALLBACK } from './conversation-turn.js';
import type { OutgoingChatMessage } from './chat-transport.js';
import type { MessengerAdapter } from './messenger-adapter.js';
import { MessengerChatStore } from './messenger-chat.store.js';
import { OutboundPartStore } from './outbound-part.store.js';
import { composeReply, outboundFilesOf } from './outbound-parts.js';
import { splitMessage } from './split-message.js';

/** A claimed messenger outbox row (topic = the channel). `attempts` after the claim is the lease token. */
export type ClaimedChatEvent = ClaimedOutboxEvent;

/** A claimed row is invisible to other workers this long; a worker that dies frees it when it runs out. */
export const CHAT_DELIVERY_LEASE_MS = 60_000;
// 5xx and network failures: retried with exponential backoff (1 s, 2 s, 4 s … capped), then failed.
export const MAX_DELIVERY_ATTEMPTS = 10;
const MAX_BACKOFF_MS = 300_000;
// Longer waits for a chat's send slot give the row back instead of sleeping through the lease.
const MAX_INLINE_WAIT_MS = 10_000;

export type DeliveryResult = 'sent' | 'retry' | 'failed' | 'lost_lease';

/**
 * Sends messenger outbox rows (agent replies, close messages with the CSAT survey) to customers' chats through
 * a channel's adapter, for every messenger. Rows come from the outbox consumer (lease, one ticket's rows
 * strictly in order); each part the messenger accepts is recorded at once, so a retry never sends it again.
 */
@Injectable()
export class MessengerDeliveryService {
  private readonly logger = new Logger('MessengerDelivery');
  /** Statements outside any transaction. */
  private readonly pool: Sql;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly chats: MessengerChatStore,
    private readonly parts: OutboundPartStore,
    private readonly outbox: OutboxStore,
    private readonly projects: ProjectsService,
    private readonly settings: SettingsService,
    private readonly subscribers: SubscribersService,
    private readonly ticketChats: TicketChatService,
    private readonly credits: CreditsService,
  ) {
    this.pool = sqlOfPool(dataSource);
  }

  /** Sends one claimed event and records the outcome. Never throws for a messenger or network failure. */
  async deliver(adapter: MessengerAdapter, event: ClaimedChatEvent): Promise<DeliveryResult> {
    const chatId = String(event.payload.chat_id ?? '');
    const transport = adapter.transport;
    if (!transport || !adapter.isChatId(chatId))
      return this.fail(adapter, event, 'no chat to deliver to', false, 'chat_not_found');
    let messages: OutgoingChatMessage[];
    try {
      messages = await this.compose(adapter, event, chatId);
    } catch (error) {
      return this.retry(adapter, event, `composing failed: ${(error as Error).message}`);
    }
    if (messages.length === 0)
      return this.fail(adapter, event, `unknown event type ${event.eventType}`, false, 'rejected');
    // One round trip for what decides the sends: is the chat blocked, which parts the messenger already took.
    const state = await this.parts.deliveryState(event.id, adapter.channel, chatId);
    if (state.blocked) return this.fail(adapter, event, 'the customer blocked the bot', false, 'blocked');
    const sent = new Set(state.sent.map(Number));
    for (let index = 0; index < messages.length; index++) {
      if (sent.has(index)) continue;
      const wait = adapter.limiter.reserve(chatId);
      if (wait > MAX_INLINE_WAIT_MS) return this.release(event, wait, 'waiting for the chat rate limit');
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      let messageIds: string[];
      try {
        messageIds = await transport.sendParts(chatId, messages[index]);
      } catch (error) {
        return this.onSendError(adapter, event, chatId, error);
      }
      const messageId = messageIds[0];
      // Recorded right after the messenger accepted it; the last part commits together with the row's completion.
      const last = index === messages.length - 1;
      const completed = await this.dataSource.transaction(async (manager) => {
        await this.parts.record(manager, { outboxEventId: event.id, partIndex: index, messageId });
        const ticketId = typeof event.payload.ticket_id === 'string' ? event.payload.ticket_id : null;
        // Every message of an album: a customer's reply to any of them goes to the ticket.
        if (ticketId)
          for (const id of messageIds)
            await this.chats.rememberTicketMessage(
              { channel: adapter.channel, chatId, messageId: id, projectId: event.projectId, ticketId },
              manager,
            );
        return last ? this.completeIn(manager, event) : false;
      });
      if (last) return completed ? 'sent' : 'lost_lease';
    }
    return this.complete(event);
  }

  /** The chat messages of an event: a reply split at the messenger's limit; a close message and the survey. */
  private async compose(
    adapter: MessengerAdapter,
    event: ClaimedChatEvent,
    chatId: string,
  ): Promise<OutgoingChatMessage[]> {
    if (event.eventType === 'chat.message') {
      return composeReply(
        String(event.payload.text ?? ''),
        outboundFilesOf(event.payload.attachments),
        adapter.outboundLimits,
      );
    }
    if (event.eventType === 'chat.ticket_closed') {
      const project = await this.projects.get(event.projectId);
      const settings = await this.settings.get(toAuthenticated(project));
      // The chat's language as last seen by the bot, else the one stored with the subscriber.
      const chat = await this.chats.find(adapter.channel, chatId);
      const subscriber = chat
        ? null
        : await this.subscribers.findByChat(toAuthenticated(project), adapter.channel, Number(chatId));
      const language = chat?.language ?? chatLanguage(subscriber?.lang);
      const messages: OutgoingChatMessage[] = splitMessage(
        settings.closeMessage[language] || botTexts(language).menuHint,
        adapter.outboundLimits.text,
      ).map((text) => ({ text }));
      if (event.payload.csat_survey === true) {
        const ticketId = String(event.payload.ticket_id);
        messages.push({
          text: settings.csatMessageTemplate,
          buttons: [
            [1, 2, 3, 4, 5].map((rating) => ({ text: `${rating} ⭐`, data: `${CALLBACK.csat}${ticketId}:${rating}` })),
          ],
        });
      }
      return messages;
    }
    return [];
  }

  private async onSendError(
    adapter: MessengerAdapter,
    event: ClaimedChatEvent,
    chatId: string,
    error: unknown,
  ): Promise<DeliveryResult> {
    const failure = adapter.classifyError(error);
    const description = adapter.redact(failure.description);
    switch (failure.kind) {
      case 'rate_limited':
        adapter.limiter.pause(chatId, failure.waitMs);
        return this.release(event, failure.waitMs, description);
      case 'blocked':
        await this.chats.markBlocked(adapter.channel, chatId);
        return this.fail(adapter, event, description, true, failure.reason);
      case 'final':
        return this.fail(adapter, event, description, false, failure.reason);
      case 'retry':
        return this.retry(adapter, event, description);
    }
  }

  /** Done, and the ticket message's delivery becomes `sent`, in one transaction. */
  private async complete(event: ClaimedChatEvent): Promise<DeliveryResult> {
    const done = await this.dataSource.transaction((manager) => this.completeIn(manager, event));
    return done ? 'sent' : 'lost_lease';
  }

  private async completeIn(manager: EntityManager, event: ClaimedChatEvent): Promise<boolean> {
    const updated = await this.outbox.completeClaimed(sqlOfManager(manager), event);
    if (updated) await this.markMessage(manager, event, 'sent');
    return updated;
  }

  /**
   * Failed for good: the ticket message's delivery becomes `failed` with why, and the reply's credit is
   * given back, in the transaction that settles the row (fenced on the lease: one worker, once); a blocked
   * bot marks the subscriber blocked.
   */
  private async fail(
    adapter: MessengerAdapter,
    event: ClaimedChatEvent,
    reason: string,
    blocked: boolean,
    deliveryError: MessageDeliveryError,
  ): Promise<DeliveryResult> {
    this.logger.warn({ msg: 'chat delivery failed', outbox_id: event.id, event_type: event.eventType, reason });
    // Read before the transaction: inside it only its manager may be used (embedded PGlite is one session).
    const project = blocked ? toAuthenticated(await this.projects.get(event.projectId)) : null;
    const done = await this.dataSource.transaction(async (manager) => {
      const updated = await this.outbox.failClaimed(sqlOfManager(manager), event, reason);
      if (!updated) return false;
      if (await this.markMessage(manager, event, 'failed', deliveryError))
        await this.credits.refundReply(event.projectId, sqlOfManager(manager), String(event.payload.message_id));
      if (project) await this.markSubscriberBlocked(project, manager, adapter, event);
      return true;
    });
    return done ? 'failed' : 'lost_lease';
  }

  /** The reply's delivery state; true when a reply's message changed. */
  private async markMessage(
    manager: EntityManager,
    event: ClaimedChatEvent,
    delivery: 'sent' | 'failed',
    deliveryError: MessageDeliveryError | null = null,
  ): Promise<boolean> {
    if (event.eventType !== 'chat.message' || typeof event.payload.message_id !== 'string') return false;
    return this.ticketChats.markMessageDelivery(
      event.projectId,
      event.payload.message_id,
      delivery,
      manager,
      deliveryError,
    );
  }

  private async markSubscriberBlocked(
    project: AuthenticatedProject,
    manager: EntityManager,
    adapter: MessengerAdapter,
    event: ClaimedChatEvent,
  ): Promise<void> {
    const subscriber = await this.subscribers.findByChat(
      project,
      adapter.channel,
      Number(event.payload.chat_id),
      manager,
    );
    if (subscriber) await this.subscribers.setBlocked(project, subscriber.id, true, manager);
  }

  /** 5xx or network: try again later, or give up after MAX_DELIVERY_ATTEMPTS. */
  private async retry(adapter: MessengerAdapter, event: ClaimedChatEvent, reason: string): Promise<DeliveryResult> {
    if (event.attempts >= MAX_DELIVERY_ATTEMPTS)
      return this.fail(adapter, event, `gave up after ${event.attempts} attempts: ${reason}`, false, 'gave_up');
    const backoff = backoffMs(event.attempts, 1_000, MAX_BACKOFF_MS);
    const done = await this.outbox.retryClaimedLater(this.pool, event, backoff, reason);
    return done ? 'retry' : 'lost_lease';
  }

  /** The messenger asked to wait (429): not a failed attempt, so it does not count toward giving up. */
  private async release(event: ClaimedChatEvent, waitMs: number, reason: string): Promise<DeliveryResult> {
    const done = await this.outbox.giveBackClaimed(this.pool, event, Math.ceil(waitMs), reason);
    return done ? 'retry' : 'lost_lease';
  }
}
