import { createHash, timingSafeEqual } from 'node:crypto';
import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Telegraf, TelegramError } from 'telegraf';
import { AttachmentStorageService } from '../../attachments/attachment-storage.service.js';
import { MessengerFileSources } from '../../attachments/messenger-file-sources.js';
import type { Env } from '../../config/env.js';
import { ConversationService } from '../conversation.service.js';
import type { MessengerAdapter, SendFailure } from '../messenger-adapter.js';
import { ProcessedUpdatesService } from '../processed-updates.service.js';
import { SendRateLimiter } from '../send-rate-limiter.js';
import { TELEGRAM_LIMITS } from '../outbound-parts.js';
import { telegramFileSource } from './telegram-file-source.js';
import { TelegramTransport } from './telegram-transport.js';
import { toChatEvent } from './telegram-updates.js';
import { parseTelegramUpdate } from './telegram-update.schema.js';
import { MetricsService } from '../../metrics/metrics.service.js';
import { ignoreMalformedUpdate, ignoreUnsupportedUpdate } from '../ignored-updates.js';

const POLL_TIMEOUT_SECONDS = 25;
const POLL_ERROR_BACKOFF_MS = 3_000;
const ALLOWED_UPDATES = ['message', 'edited_message', 'callback_query'] as const;
const PRUNE_INTERVAL_MS = 6 * 60 * 60 * 1000;

/**
 * The one Telegram bot of the installation and the Telegram adapter of the messenger core. Off without
 * TELEGRAM_BOT_TOKEN (the API works without it). Updates arrive by webhook (POST /telegram/webhook) or, with
 * TELEGRAM_MODE=polling, by getUpdates; both go through processUpdate, which makes each update_id count once.
 */
@Injectable()
export class TelegramBotService implements MessengerAdapter, OnApplicationBootstrap, BeforeApplicationShutdown {
  readonly channel = 'telegram' as const;
  readonly outboundLimits = TELEGRAM_LIMITS;
  private readonly logger = new Logger('TelegramBot');
  readonly bot: Telegraf | null;
  readonly transport: TelegramTransport | null;
  /** Telegram's send limits for this process, shared by direct answers and the outbox sender. */
  readonly limiter = new SendRateLimiter();
  /** Key of this bot's update ids: the numeric bot id from the token, never the secret part. */
  readonly botKey: string;
  private readonly webhookSecret: string;
  private polling = false;
  private pollAbort: AbortController | null = null;
  private pollLoop: Promise<void> = Promise.resolve();
  private pruneTimer: NodeJS.Timeout | null = null;

  constructor(
    @Inject(ConfigService) private readonly config: ConfigService<Env, true>,
    private readonly conversation: ConversationService,
    private readonly processed: ProcessedUpdatesService,
    attachments: AttachmentStorageService,
    fileSources: MessengerFileSources,
    private readonly metrics: MetricsService,
  ) {
    const token = config.get('TELEGRAM_BOT_TOKEN', { infer: true });
    this.botKey = `telegram:${token?.split(':')[0] ?? 'none'}`;
    // Without a configured secret, one derived from the token: the webhook is never left unauthenticated.
    this.webhookSecret =
      config.get('TELEGRAM_WEBHOOK_SECRET', { infer: true }) ??
      (token ? createHash('sha256').update(`webhook:${token}`).digest('hex') : '');
    if (!token) {
      this.bot = null;
      this.transport = null;
      return;
    }
    // webhookReply off: every Bot API call is a real HTTP request (none hidden in the webhook response).
    const apiRoot = config.get('TELEGRAM_API_ROOT', { infer: true });
    this.bot = new Telegraf(token, { telegram: { apiRoot, webhookReply: false } });
    this.transport = new TelegramTransport(this.bot.telegram, this.limiter, (attachmentId) =>
      attachments.openStream(attachmentId),
    );
    fileSources.register('telegram', telegramFileSource(this.bot.telegram, apiRoot, token));
  }

  /** Error messages of the HTTP client can contain the request URL, and so the token: never log that. */
  redact(message: string): string {
    const token = this.config.get('TELEGRAM_BOT_TOKEN', { infer: true });
    return token ? message.split(token).join('<token>') : message;
  }

  get enabled(): boolean {
    return this.bot !== null;
  }

  isChatId(chatId: string): boolean {
    return /^-?\d+$/.test(chatId);
  }

  /**
   * Telegram's answers: 429 with retry_after; 403 the user blocked the bot (or is gone); 400 "chat not found"
   * and other 4xx final; the rest retried.
   */
  classifyError(error: unknown): SendFailure {
    if (!(error instanceof TelegramError))
      return { kind: 'retry', description: (error as Error)?.message ?? String(error) };
    const description = `telegram ${error.code}: ${error.description}`;
    if (error.code === 429)
      return {
        kind: 'rate_limited',
        waitMs: Math.max(1, Number(error.parameters?.retry_after ?? 1)) * 1000,
        description,
      };
    // 403 "bot was blocked by the user", "user is deactivated" (the account is gone), "bot was kicked".
    if (error.code === 403)
      return { kind: 'blocked', reason: /deactivated/i.test(description) ? 'chat_not_found' : 'blocked', description };
    if (error.code >= 400 && error.code < 500)
      return {
        kind: 'final',
        reason: /chat not found|user not found/i.test(description) ? 'chat_not_found' : 'rejected',
        description,
      };
    return { kind: 'retry', description };
  }

  /** Constant-time comparison of the X-Telegram-Bot-Api-Secret-Token header. */
  isValidWebhookSecret(header: string | undefined): boolean {
    if (!this.webhookSecret || typeof header !== 'string') return false;
    const expected = Buffer.from(this.webhookSecret);
    const given = Buffer.from(header);
    return expected.length === given.length && timingSafeEqual(expected, given);
  }

  /**
   * Handles one update once: a duplicate update_id (retry, second process) does nothing. The body's shape is
   * checked first: a malformed update (a field of the wrong type, a missing field) or one the bot does not
   * serve (a group chat, a chat member change) is acknowledged and ignored, so Telegram does not redeliver it.
   */
  async processUpdate(body: unknown): Promise<'processed' | 'duplicate' | 'ignored'> {
    if (!this.transport) throw new Error('Telegram bot is not configured');
    const shape = parseTelegramUpdate(body);
    if (!shape.ok) return ignoreMalformedUpdate(this.logger, this.metrics, this.channel, shape);
    const update = shape.update;
    const event = toChatEvent(update);
    if (!event) return ignoreUnsupportedUpdate(this.metrics, this.channel);
    const transport = this.transport;
    // The update goes straight to the conversation (Telegraf is the Bot API client here, not the router).
    // Failures propagate: the update is released and Telegram redelivers it.
    let handled: boolean;
    try {
      handled = await this.processed.handleOnce(
        this.botKey,
        String(update.update_id),
        (opened) => this.conversation.handle(transport, event, opened),
        this.conversation.openingStatements(this.channel, event),
      );
    } catch (error) {
      this.metrics.botUpdates.inc({ channel: 'telegram', result: 'failed' });
      throw error;
    }
    const result = handled ? 'processed' : 'duplicate';
    this.metrics.botUpdates.inc({ channel: 'telegram', result });
    return result;
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.bot) {
      this.logger.log({ msg: 'Telegram bot off: TELEGRAM_BOT_TOKEN is not set' });
      return;
    }
    this.pruneTimer = setInterval(() => void this.processed.prune().catch(() => undefined), PRUNE_INTERVAL_MS);
    this.pruneTimer.unref();
    if (this.config.get('TELEGRAM_MODE', { infer: true }) === 'polling') {
      this.polling = true;
      this.pollLoop = this.poll();
      return;
    }
    const url = this.config.get('TELEGRAM_WEBHOOK_URL', { infer: true });
    if (!url) return;
    try {
      await this.bot.telegram.setWebhook(url, {
        secret_token: this.webhookSecret,
        allowed_updates: [...ALLOWED_UPDATES],
      });
      this.logger.log({ msg: 'Telegram webhook registered', url });
    } catch (error) {
      // The API keeps working; Telegram keeps the previous webhook, and the next start tries again.
      this.logger.error({ msg: 'setWebhook failed', error: this.redact((error as Error).message) });
    }
  }

  /** Long polling with our own loop, so every update goes through processUpdate like a webhook's. */
  private async poll(): Promise<void> {
    const telegram = this.bot!.telegram;
    let offset = 0;
    try {
      await telegram.deleteWebhook();
    } catch (error) {
      this.logger.error({ msg: 'deleteWebhook failed', error: this.redact((error as Error).message) });
    }
    while (this.polling) {
      try {
        this.pollAbort = new AbortController();
        const updates: unknown = await telegram.callApi(
          'getUpdates',
          { offset, timeout: POLL_TIMEOUT_SECONDS, allowed_updates: [...ALLOWED_UPDATES] },
          { signal: this.pollAbort.signal as never },
        );
        if (!Array.isArray(updates)) throw new Error('getUpdates answered something other than a list');
        for (const update of updates) {
          if (!this.polling) return;
          // Malformed updates are ignored inside processUpdate: the offset still moves past them.
          const updateId = (update as { update_id?: unknown } | null)?.update_id;
          try {
            await this.processUpdate(update);
          } catch (error) {
            // Polling cannot ask Telegram to redeliver: log it and move on so one bad update does not block the chat.
            this.logger.error({
              msg: 'update failed',
              update_id: Number.isSafeInteger(updateId) ? updateId : null,
              error: this.redact((error as Error).message),
            });
          }
          if (Number.isSafeInteger(updateId)) offset = Math.max(offset, (updateId as number) + 1);
        }
      } catch (error) {
        if (!this.polling) return;
        this.logger.error({ msg: 'getUpdates failed', error: this.redact((error as Error).message) });
        await new Promise((resolve) => setTimeout(resolve, POLL_ERROR_BACKOFF_MS));
      }
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    if (this.pruneTimer) clearInterval(this.pruneTimer);
    this.polling = false;
    this.pollAbort?.abort();
    await this.pollLoop;
  }
}
