import { createHash, timingSafeEqual } from 'node:crypto';
import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { Api } from '@maxhub/max-bot-api';
import { AttachmentStorageService } from '../../attachments/attachment-storage.service.js';
import { MessengerFileSources } from '../../attachments/messenger-file-sources.js';
import type { Env } from '../../config/env.js';
import { MetricsService } from '../../metrics/metrics.service.js';
import { ConversationService } from '../conversation.service.js';
import type { MessengerAdapter, SendFailure } from '../messenger-adapter.js';
import { ProcessedUpdatesService } from '../processed-updates.service.js';
import { SendRateLimiter } from '../send-rate-limiter.js';
import { classifyMaxError, createMaxApi } from './max-api.js';
import { maxFileSource } from './max-file-source.js';
import { MAX_LIMITS, MaxTransport } from './max-transport.js';
import { MAX_UPDATE_TYPES, toChatEvent, updateKey } from './max-updates.js';
import { parseMaxUpdate } from './max-update.schema.js';
import { ignoreMalformedUpdate, ignoreUnsupportedUpdate } from '../ignored-updates.js';

const POLL_TIMEOUT_SECONDS = 25;
const POLL_ERROR_BACKOFF_MS = 3_000;
const PRUNE_INTERVAL_MS = 6 * 60 * 60 * 1000;

/**
 * The one Max bot of the installation and the Max adapter of the messenger core. Off without MAX_BOT_TOKEN.
 * Updates arrive by webhook (POST /max/webhook, subscribed with POST /subscriptions when MAX_WEBHOOK_URL is
 * set) or, with MAX_MODE=polling, by GET /updates with a marker; both go through processUpdate, which makes
 * each update count once.
 */
@Injectable()
export class MaxBotService implements MessengerAdapter, OnApplicationBootstrap, BeforeApplicationShutdown {
  readonly channel = 'max' as const;
  readonly outboundLimits = MAX_LIMITS;
  /** Max allows 30 requests per second per bot; one message per second to a chat keeps a dialogue readable. */
  readonly limiter = new SendRateLimiter(1000, 30);
  readonly api: Api | null;
  readonly transport: MaxTransport | null;
  /** Key of this bot's update keys: a hash of the token, never the token. */
  readonly botKey: string;
  private readonly logger = new Logger('MaxBot');
  private readonly token: string | undefined;
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
    this.token = config.get('MAX_BOT_TOKEN', { infer: true });
    this.botKey = `max:${this.token ? createHash('sha256').update(this.token).digest('hex').slice(0, 16) : 'none'}`;
    // Without a configured secret, one derived from the token: the webhook is never left unauthenticated.
    this.webhookSecret =
      config.get('MAX_WEBHOOK_SECRET', { infer: true }) ??
      (this.token ? createHash('sha256').update(`max-webhook:${this.token}`).digest('hex') : '');
    this.api = this.token ? createMaxApi(this.token, config.get('MAX_API_ROOT', { infer: true })) : null;
    this.transport = this.api
      ? new MaxTransport(this.api, this.limiter, (attachmentId) => attachments.openStream(attachmentId))
      : null;
    if (this.api) fileSources.register('max', maxFileSource());
  }

  get enabled(): boolean {
    return this.api !== null;
  }

  /** Max user ids are positive integers. */
  isChatId(chatId: string): boolean {
    return /^\d+$/.test(chatId);
  }

  classifyError(error: unknown): SendFailure {
    return classifyMaxError(error);
  }

  redact(message: string): string {
    return this.token ? message.split(this.token).join('<token>') : message;
  }

  /** Constant-time comparison of the X-Max-Bot-Api-Secret header. */
  isValidWebhookSecret(header: string | undefined): boolean {
    if (!this.webhookSecret || typeof header !== 'string') return false;
    const expected = Buffer.from(this.webhookSecret);
    const given = Buffer.from(header);
    return expected.length === given.length && timingSafeEqual(expected, given);
  }

  /**
   * Handles one update once: a redelivered update (retry, second process, polling overlap) does nothing. The
   * body's shape is checked first: a malformed update, or one the bot does not serve (a group chat, another
   * update type), is acknowledged and ignored, so Max does not redeliver it.
   */
  async processUpdate(body: unknown): Promise<'processed' | 'duplicate' | 'ignored'> {
    if (!this.transport) throw new Error('Max bot is not configured');
    const shape = parseMaxUpdate(body);
    if (!shape.ok) return ignoreMalformedUpdate(this.logger, this.metrics, this.channel, shape);
    const event = toChatEvent(shape.update);
    const key = updateKey(shape.update);
    if (!event || !key) return ignoreUnsupportedUpdate(this.metrics, this.channel);
    const transport = this.transport;
    let handled: boolean;
    try {
      handled = await this.processed.handleOnce(
        this.botKey,
        key,
        (opened) => this.conversation.handle(transport, event, opened),
        this.conversation.openingStatements(this.channel, event),
      );
    } catch (error) {
      this.metrics.botUpdates.inc({ channel: 'max', result: 'failed' });
      throw error;
    }
    const result = handled ? 'processed' : 'duplicate';
    this.metrics.botUpdates.inc({ channel: 'max', result });
    return result;
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.api) {
      this.logger.log({ msg: 'Max bot off: MAX_BOT_TOKEN is not set' });
      return;
    }
    this.pruneTimer = setInterval(() => void this.processed.prune().catch(() => undefined), PRUNE_INTERVAL_MS);
    this.pruneTimer.unref();
    if (this.config.get('MAX_MODE', { infer: true }) === 'polling') {
      this.polling = true;
      this.pollLoop = this.poll(this.api);
      return;
    }
    const url = this.config.get('MAX_WEBHOOK_URL', { infer: true });
    if (!url) return;
    try {
      await this.api.subscribe(url, this.webhookSecret, [...MAX_UPDATE_TYPES]);
      this.logger.log({ msg: 'Max webhook subscription registered', url });
    } catch (error) {
      // The API keeps working; Max keeps the previous subscription, and the next start tries again.
      this.logger.error({ msg: 'POST /subscriptions failed', error: this.redact((error as Error).message) });
    }
  }

  /** Long polling: GET /updates with the marker of the previous answer, every update through processUpdate. */
  private async poll(api: Api): Promise<void> {
    let marker: number | undefined;
    while (this.polling) {
      try {
        this.pollAbort = new AbortController();
        const answer = await api.getUpdates([...MAX_UPDATE_TYPES], {
          marker,
          timeout: POLL_TIMEOUT_SECONDS,
          signal: this.pollAbort.signal,
        } as never);
        const updates: unknown = answer?.updates;
        if (!Array.isArray(updates)) throw new Error('GET /updates answered without a list of updates');
        for (const update of updates) {
          if (!this.polling) return;
          // Malformed updates are ignored inside processUpdate: the marker still moves past them.
          try {
            await this.processUpdate(update);
          } catch (error) {
            // Polling cannot ask Max to redeliver: log it and move on so one bad update does not block the chat.
            const type: unknown = (update as { update_type?: unknown } | null)?.update_type;
            this.logger.error({
              msg: 'update failed',
              update_type: typeof type === 'string' ? type.slice(0, 64) : null,
              error: this.redact((error as Error).message),
            });
          }
        }
        if (Number.isSafeInteger(answer.marker)) marker = answer.marker;
      } catch (error) {
        if (!this.polling) return;
        this.logger.error({ msg: 'GET /updates failed', error: this.redact((error as Error).message) });
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
