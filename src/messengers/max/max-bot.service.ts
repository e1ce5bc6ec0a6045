import { createHash } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { Api } from '@maxhub/max-bot-api';
import { AttachmentStorageService } from '../../attachments/attachment-storage.service.js';
import { MessengerFileSources } from '../../attachments/messenger-file-sources.js';
import type { Env } from '../../config/env.js';
import { MetricsService } from '../../metrics/metrics.service.js';
import { ConversationService } from '../conversation.service.js';
import type { MessengerAdapter, SendFailure } from '../messenger-adapter.js';
import { MessengerBot, type PolledUpdates } from '../messenger-bot.js';
import { ProcessedUpdatesService } from '../processed-updates.service.js';
import { SendRateLimiter } from '../send-rate-limiter.js';
import { classifyMaxError, createMaxApi } from './max-api.js';
import { maxFileSource } from './max-file-source.js';
import { MAX_LIMITS, MaxTransport } from './max-transport.js';
import { MAX_UPDATE_TYPES, toChatEvent, updateKey } from './max-updates.js';
import { parseMaxUpdate, type MaxUpdate } from './max-update.schema.js';

const POLL_TIMEOUT_SECONDS = 25;

/**
 * The one Max bot of the installation and the Max adapter of the messenger core. Off without MAX_BOT_TOKEN.
 * Updates arrive by webhook (POST /max/webhook, subscribed with POST /subscriptions when MAX_WEBHOOK_URL is
 * set) or, with MAX_MODE=polling, by GET /updates with a marker; both go through processUpdate, which makes
 * each update count once.
 */
@Injectable()
export class MaxBotService extends MessengerBot<MaxUpdate> implements MessengerAdapter {
  readonly channel = 'max' as const;
  readonly outboundLimits = MAX_LIMITS;
  /** Max allows 30 requests per second per bot; one message per second to a chat keeps a dialogue readable. */
  readonly limiter = new SendRateLimiter(1000, 30);
  readonly api: Api | null;
  readonly transport: MaxTransport | null;
  /** Key of this bot's update keys: a hash of the token, never the token. */
  readonly botKey: string;
  protected readonly logger = new Logger('MaxBot');
  private readonly token: string | undefined;
  protected readonly webhookSecret: string;
  protected readonly botName = 'Max';
  protected readonly offMessage = 'Max bot off: MAX_BOT_TOKEN is not set';
  protected readonly pollRequest = 'GET /updates';
  /** The marker of the previous GET /updates answer. */
  private marker: number | undefined;

  constructor(
    @Inject(ConfigService) private readonly config: ConfigService<Env, true>,
    conversation: ConversationService,
    processed: ProcessedUpdatesService,
    attachments: AttachmentStorageService,
    fileSources: MessengerFileSources,
    metrics: MetricsService,
  ) {
    super(conversation, processed, metrics);
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

  protected parseUpdate(body: unknown) {
    return parseMaxUpdate(body);
  }

  protected routeUpdate(update: MaxUpdate) {
    const event = toChatEvent(update);
    const key = updateKey(update);
    return event && key ? { event, key } : null;
  }

  protected pollingMode(): boolean {
    return this.config.get('MAX_MODE', { infer: true }) === 'polling';
  }

  protected async registerWebhook(): Promise<void> {
    const url = this.config.get('MAX_WEBHOOK_URL', { infer: true });
    if (!url) return;
    try {
      await this.api!.subscribe(url, this.webhookSecret, [...MAX_UPDATE_TYPES]);
      this.logger.log({ msg: 'Max webhook subscription registered', url });
    } catch (error) {
      // The API keeps working; Max keeps the previous subscription, and the next start tries again.
      this.logger.error({ msg: 'POST /subscriptions failed', error: this.redact((error as Error).message) });
    }
  }

  /**
   * GET /updates with the marker of the previous answer; an answer's marker is kept once all its updates
   * went through.
   */
  protected async pollUpdates(signal: AbortSignal): Promise<PolledUpdates> {
    const answer = await this.api!.getUpdates([...MAX_UPDATE_TYPES], {
      marker: this.marker,
      timeout: POLL_TIMEOUT_SECONDS,
      signal,
    } as never);
    const updates: unknown = answer?.updates;
    if (!Array.isArray(updates)) throw new Error('GET /updates answered without a list of updates');
    return {
      updates,
      finished: () => {
        if (Number.isSafeInteger(answer.marker)) this.marker = answer.marker;
      },
    };
  }

  protected describeUpdate(update: unknown): Record<string, unknown> {
    const type: unknown = (update as { update_type?: unknown } | null)?.update_type;
    return { update_type: typeof type === 'string' ? type.slice(0, 64) : null };
  }
}
