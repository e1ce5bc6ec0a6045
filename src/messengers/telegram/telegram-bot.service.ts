import { createHash } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Telegraf, TelegramError } from 'telegraf';
import { AttachmentStorageService } from '../../attachments/attachment-storage.service.js';
import { MessengerFileSources } from '../../attachments/messenger-file-sources.js';
import type { Env } from '../../config/env.js';
import { ConversationService } from '../conversation.service.js';
import type { MessengerAdapter, SendFailure } from '../messenger-adapter.js';
import { MessengerBot, type PolledUpdates } from '../messenger-bot.js';
import { ProcessedUpdatesService } from '../processed-updates.service.js';
import { SendRateLimiter } from '../send-rate-limiter.js';
import { TELEGRAM_LIMITS } from '../outbound-parts.js';
import { telegramFileSource } from './telegram-file-source.js';
import { TeamChatHandoff } from './team-chat-handoff.js';
import { TelegramTransport } from './telegram-transport.js';
import { toChatEvent } from './telegram-updates.js';
import { parseTelegramUpdate, type TelegramUpdate } from './telegram-update.schema.js';
import { MetricsService } from '../../metrics/metrics.service.js';

const POLL_TIMEOUT_SECONDS = 25;
const ALLOWED_UPDATES = ['message', 'edited_message', 'callback_query', 'my_chat_member'] as const;

/**
 * The one Telegram bot of the installation and the Telegram adapter of the messenger core. Off without
 * TELEGRAM_BOT_TOKEN (the API works without it). Updates arrive by webhook (POST /telegram/webhook) or, with
 * TELEGRAM_MODE=polling, by getUpdates; both go through processUpdate, which makes each update_id count once.
 * An update goes straight to the conversation (Telegraf is the Bot API client here, not the router).
 */
@Injectable()
export class TelegramBotService extends MessengerBot<TelegramUpdate> implements MessengerAdapter {
  readonly channel = 'telegram' as const;
  readonly outboundLimits = TELEGRAM_LIMITS;
  protected readonly logger = new Logger('TelegramBot');
  readonly bot: Telegraf | null;
  readonly transport: TelegramTransport | null;
  /** Telegram's send limits for this process, shared by direct answers and the outbox sender. */
  readonly limiter = new SendRateLimiter();
  /** Key of this bot's update ids: the numeric bot id from the token, never the secret part. */
  readonly botKey: string;
  protected readonly webhookSecret: string;
  protected readonly botName = 'Telegram';
  protected readonly offMessage = 'Telegram bot off: TELEGRAM_BOT_TOKEN is not set';
  protected readonly pollRequest = 'getUpdates';
  /** The next update_id that long polling asks for. */
  private offset = 0;

  constructor(
    @Inject(ConfigService) private readonly config: ConfigService<Env, true>,
    conversation: ConversationService,
    processed: ProcessedUpdatesService,
    attachments: AttachmentStorageService,
    fileSources: MessengerFileSources,
    metrics: MetricsService,
    private readonly teamChat: TeamChatHandoff,
  ) {
    super(conversation, processed, metrics);
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

  protected parseUpdate(body: unknown) {
    return parseTelegramUpdate(body);
  }

  /** Group updates and `/start member_…` go to the team chat (src/team-chat), not the customer conversation. */
  protected handOff(update: TelegramUpdate) {
    const handle = this.teamChat.take(update);
    return handle ? { key: String(update.update_id), handle } : null;
  }

  protected routeUpdate(update: TelegramUpdate) {
    const event = toChatEvent(update);
    return event ? { event, key: String(update.update_id) } : null;
  }

  protected pollingMode(): boolean {
    return this.config.get('TELEGRAM_MODE', { infer: true }) === 'polling';
  }

  protected async registerWebhook(): Promise<void> {
    const url = this.config.get('TELEGRAM_WEBHOOK_URL', { infer: true });
    if (!url) return;
    try {
      await this.bot!.telegram.setWebhook(url, {
        secret_token: this.webhookSecret,
        allowed_updates: [...ALLOWED_UPDATES],
      });
      this.logger.log({ msg: 'Telegram webhook registered', url });
    } catch (error) {
      // The API keeps working; Telegram keeps the previous webhook, and the next start tries again.
      this.logger.error({ msg: 'setWebhook failed', error: this.redact((error as Error).message) });
    }
  }

  /** Long polling and a webhook exclude each other: polling starts by removing the webhook. */
  protected async beforePolling(): Promise<void> {
    try {
      await this.bot!.telegram.deleteWebhook();
    } catch (error) {
      this.logger.error({ msg: 'deleteWebhook failed', error: this.redact((error as Error).message) });
    }
  }

  /** getUpdates from the offset past the last update seen (malformed ones included). */
  protected async pollUpdates(signal: AbortSignal): Promise<PolledUpdates> {
    const updates: unknown = await this.bot!.telegram.callApi(
      'getUpdates',
      { offset: this.offset, timeout: POLL_TIMEOUT_SECONDS, allowed_updates: [...ALLOWED_UPDATES] },
      { signal: signal as never },
    );
    if (!Array.isArray(updates)) throw new Error('getUpdates answered something other than a list');
    return {
      updates,
      passed: (update) => {
        const updateId = updateIdOf(update);
        if (Number.isSafeInteger(updateId)) this.offset = Math.max(this.offset, (updateId as number) + 1);
      },
    };
  }

  protected describeUpdate(update: unknown): Record<string, unknown> {
    const updateId = updateIdOf(update);
    return { update_id: Number.isSafeInteger(updateId) ? updateId : null };
  }
}

function updateIdOf(update: unknown): unknown {
  return (update as { update_id?: unknown } | null)?.update_id;
}
