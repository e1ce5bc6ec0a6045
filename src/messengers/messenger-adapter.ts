import type { ChatTransport, OutgoingChatMessage } from './chat-transport.js';
import type { OutboundLimits } from './outbound-parts.js';
import type { SendRateLimiter } from './send-rate-limiter.js';
import { type MessengerChannel } from '../common/channels.js';

/** What a failed send means for the outbox row, decided by the channel from its API's error. */
export type SendFailure =
  /** The messenger asked to wait (429): try again after `waitMs`, not counted as a failed attempt. */
  | { kind: 'rate_limited'; waitMs: number; description: string }
  /** The user blocked the bot or no longer exists: mark the subscriber, never retry. */
  | { kind: 'blocked'; reason: 'blocked' | 'chat_not_found'; description: string }
  /** The request itself is wrong (4xx), or the chat does not exist: retrying cannot help. */
  | { kind: 'final'; reason: 'chat_not_found' | 'rejected'; description: string }
  /** 5xx, network: retry with backoff. */
  | { kind: 'retry'; description: string };

/**
 * A messenger as the channel-neutral core sees it: the adapter parses its updates into IncomingChatEvents
 * (for ConversationService), sends channel-neutral outbound parts, and maps its API's errors to
 * retry / rate-limited / blocked / final. Everything else (dialogue, texts, routing, outbox delivery,
 * deduplication) lives once above the adapters. A new messenger is one folder implementing this.
 */
export interface MessengerAdapter {
  readonly channel: MessengerChannel;
  /** False without a bot token: its outbox rows wait (nothing lost) until a server with a token runs. */
  readonly enabled: boolean;
  /** The messenger's limits for one message (text, caption, files per album); longer texts are split. */
  readonly outboundLimits: OutboundLimits;
  /** The messenger's send limits in this process, shared by direct answers and the outbox sender. */
  readonly limiter: SendRateLimiter;
  /** Sends and answers through the bot (null when disabled). */
  readonly transport:
    (ChatTransport & { sendParts(chatId: string, message: OutgoingChatMessage): Promise<string[]> }) | null;
  /** Whether `chatId` can address a chat of this messenger. */
  isChatId(chatId: string): boolean;
  classifyError(error: unknown): SendFailure;
  /** Removes secrets (the bot token) from an error message before it is logged or stored. */
  redact(message: string): string;
}
