import { timingSafeEqual } from 'node:crypto';
import type { BeforeApplicationShutdown, Logger, OnApplicationBootstrap } from '@nestjs/common';
import type { MessengerChannel } from '../common/channels.js';
import type { MetricsService } from '../metrics/metrics.service.js';
import type { ChatTransport, IncomingChatEvent } from './chat-transport.js';
import type { ConversationService } from './conversation.service.js';
import { ignoreMalformedUpdate, ignoreUnsupportedUpdate } from './ignored-updates.js';
import type { ProcessedUpdatesService } from './processed-updates.service.js';
import type { UpdateShape } from './update-shape.js';

const POLL_ERROR_BACKOFF_MS = 3_000;
const PRUNE_INTERVAL_MS = 6 * 60 * 60 * 1000;

/** One answer of a long-poll request. */
export interface PolledUpdates {
  readonly updates: readonly unknown[];
  /** After one update went through processUpdate, handled or failed. */
  passed?(update: unknown): void;
  /** After every update of the answer went through. */
  finished?(): void;
}

/**
 * What every messenger's bot does the same way: the webhook secret check, each update handled once (by the
 * bot's update key), the pruning of old update keys, and long polling with its own loop so every polled
 * update goes through processUpdate like a webhook's. A channel's bot (telegram/, max/) adds how its
 * updates are read, polled and subscribed to.
 */
export abstract class MessengerBot<Update> implements OnApplicationBootstrap, BeforeApplicationShutdown {
  abstract readonly channel: MessengerChannel;
  abstract readonly enabled: boolean;
  abstract readonly transport: ChatTransport | null;
  /** Key of this bot's update keys (never its token). */
  abstract readonly botKey: string;
  protected abstract readonly logger: Logger;
  /** The secret the messenger sends with each webhook call; empty without a token. */
  protected abstract readonly webhookSecret: string;
  private polling = false;
  private pollAbort: AbortController | null = null;
  private pollLoop: Promise<void> = Promise.resolve();
  private pruneTimer: NodeJS.Timeout | null = null;

  protected constructor(
    protected readonly conversation: ConversationService,
    protected readonly processed: ProcessedUpdatesService,
    protected readonly metrics: MetricsService,
  ) {}

  /** Error messages of the HTTP client can contain the request URL, and so the token: never log that. */
  abstract redact(message: string): string;
  /** The body's shape, checked. */
  protected abstract parseUpdate(body: unknown): UpdateShape<Update>;
  /** The chat event of an update and its key among this bot's updates; null for one the bot does not serve. */
  protected abstract routeUpdate(update: Update): { event: IncomingChatEvent; key: string } | null;
  /**
   * An update another module takes instead of the customer conversation (Telegram: the team chat's group
   * updates, see telegram/team-chat-handoff.ts): its handling, run once per update key; null otherwise.
   */
  protected handOff?(update: Update): { key: string; handle: () => Promise<boolean> } | null;
  /** Whether updates come by long polling (else by webhook). */
  protected abstract pollingMode(): boolean;
  /** Registers the webhook, when its URL is configured; logs (never throws) a failure. */
  protected abstract registerWebhook(): Promise<void>;
  /** Runs once before the first long-poll request. */
  protected beforePolling?(): Promise<void>;
  /** One long-poll request (aborted at shutdown by `signal`). */
  protected abstract pollUpdates(signal: AbortSignal): Promise<PolledUpdates>;
  /** What an `update failed` log line names of a polled update (never its content). */
  protected abstract describeUpdate(update: unknown): Record<string, unknown>;
  /** The name of the long-poll request in its `… failed` log line. */
  protected abstract readonly pollRequest: string;
  /** The log line of a bot without a token. */
  protected abstract readonly offMessage: string;
  /** The name of the bot in the error thrown when an update arrives without a token. */
  protected abstract readonly botName: string;

  /** Constant-time comparison of the webhook's secret header. */
  isValidWebhookSecret(header: string | undefined): boolean {
    if (!this.webhookSecret || typeof header !== 'string') return false;
    const expected = Buffer.from(this.webhookSecret);
    const given = Buffer.from(header);
    return expected.length === given.length && timingSafeEqual(expected, given);
  }

  /**
   * Handles one update once: a redelivered update (retry, second process, polling overlap) does nothing. The
   * body's shape is checked first: a malformed update (a field of the wrong type, a missing field) or one the
   * bot does not serve (a group chat, another update type) is acknowledged and ignored, so the messenger
   * does not redeliver it.
   */
  async processUpdate(body: unknown): Promise<'processed' | 'duplicate' | 'ignored'> {
    if (!this.transport) throw new Error(`${this.botName} bot is not configured`);
    // The inbound flow, stage by stage (docs/architecture.md): parse → claim with open → dialogue → store.
    // parse: the body's shape, then a channel-neutral event (IncomingChatEvent) and the update's key.
    const shape = this.parseUpdate(body);
    if (!shape.ok) return ignoreMalformedUpdate(this.logger, this.metrics, this.channel, shape);
    const handedOff = this.handOff?.(shape.update);
    if (handedOff) return this.processHandedOff(handedOff.key, handedOff.handle);
    const routed = this.routeUpdate(shape.update);
    if (!routed) return ignoreUnsupportedUpdate(this.metrics, this.channel);
    const { event, key } = routed;
    const transport = this.transport;
    // Failures propagate: the update is released and the messenger redelivers it.
    let handled: boolean;
    try {
      // claim + open: one round trip (ProcessedUpdatesService, ConversationService.opening); dialogue and
      // store: ConversationService.handle, whose customer messages reach tickets in one counted write.
      handled = await this.processed.handleOnce(
        this.botKey,
        key,
        this.conversation.opening(this.channel, event),
        (opening) => this.conversation.handle(transport, event, opening),
      );
    } catch (error) {
      this.metrics.botUpdates.inc({ channel: this.channel, result: 'failed' });
      throw error;
    }
    const result = handled ? 'processed' : 'duplicate';
    this.metrics.botUpdates.inc({ channel: this.channel, result });
    return result;
  }

  /**
   * A handed-off update: claimed once like any other (a redelivery does nothing), then handled; one its
   * handler did not serve (`false`: a group the team chat does not know) counts as unsupported.
   */
  private async processHandedOff(
    key: string,
    handle: () => Promise<boolean>,
  ): Promise<'processed' | 'duplicate' | 'ignored'> {
    let handled: boolean;
    let served = true;
    try {
      handled = await this.processed.handleOnce(this.botKey, key, { statements: [], read: () => null }, async () => {
        served = await handle();
      });
    } catch (error) {
      this.metrics.botUpdates.inc({ channel: this.channel, result: 'failed' });
      throw error;
    }
    if (handled && !served) return ignoreUnsupportedUpdate(this.metrics, this.channel);
    const result = handled ? 'processed' : 'duplicate';
    this.metrics.botUpdates.inc({ channel: this.channel, result });
    return result;
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.enabled) {
      this.logger.log({ msg: this.offMessage });
      return;
    }
    this.pruneTimer = setInterval(() => void this.processed.prune().catch(() => undefined), PRUNE_INTERVAL_MS);
    this.pruneTimer.unref();
    if (this.pollingMode()) {
      this.polling = true;
      this.pollLoop = this.poll();
      return;
    }
    await this.registerWebhook();
  }

  private async poll(): Promise<void> {
    if (this.beforePolling) await this.beforePolling();
    while (this.polling) {
      try {
        this.pollAbort = new AbortController();
        const answer = await this.pollUpdates(this.pollAbort.signal);
        for (const update of answer.updates) {
          if (!this.polling) return;
          // Malformed updates are ignored inside processUpdate: the poll position still moves past them.
          try {
            await this.processUpdate(update);
          } catch (error) {
            // Polling cannot ask the messenger to redeliver: log it and move on so one bad update does not
            // block the chat.
            this.logger.error({
              msg: 'update failed',
              ...this.describeUpdate(update),
              error: this.redact((error as Error).message),
            });
          }
          answer.passed?.(update);
        }
        answer.finished?.();
      } catch (error) {
        if (!this.polling) return;
        this.logger.error({ msg: `${this.pollRequest} failed`, error: this.redact((error as Error).message) });
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
