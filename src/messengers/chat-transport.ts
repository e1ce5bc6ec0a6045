import type { InboundAttachment, OutboundFile } from '../attachments/attachment-kinds.js';
import { type MessengerChannel } from '../common/channels.js';

/** An inline button: `data` comes back in a callback (Telegram allows 64 bytes). */
export interface ChatButton {
  text: string;
  data: string;
}

export interface OutgoingChatMessage {
  /** The text, or the caption of `files` (within the messenger's caption limit). */
  text: string;
  /** Rows of inline buttons. */
  buttons?: ChatButton[][];
  /** Stored files sent as one message (several: an album); the adapter picks the send method. */
  files?: OutboundFile[];
}

/**
 * What the conversation service needs from a messenger: send a message, take buttons away, answer a
 * button press. Telegram implements it with Telegraf; Max can implement it with its own API.
 */
export interface ChatTransport {
  readonly channel: MessengerChannel;
  /** Returns the messenger's id of the sent message. */
  send(chatId: string, message: OutgoingChatMessage): Promise<string>;
  removeButtons(chatId: string, messageId: string): Promise<void>;
  answerCallback(callbackId: string, text?: string): Promise<void>;
}

/** The customer behind an incoming update, in channel-neutral terms. */
export interface ChatUser {
  chatId: string;
  firstName: string | null;
  lastName: string | null;
  username: string | null;
  /** The messenger's language code as sent (`ru`, `en-US`, …). */
  languageCode: string | null;
}

export type IncomingAttachment = InboundAttachment;

/**
 * Something the customer did, already parsed from the messenger's update format. A message carries the
 * messenger's id (for later edits) and, for an album item, the id shared by the album's messages.
 */
export type IncomingChatEvent =
  | { kind: 'start'; user: ChatUser; payload: string }
  | {
      kind: 'message';
      user: ChatUser;
      text: string;
      attachments: IncomingAttachment[];
      replyToMessageId: string | null;
      messageId: string | null;
      mediaGroupId: string | null;
    }
  | { kind: 'edit'; user: ChatUser; messageId: string; text: string }
  | { kind: 'callback'; user: ChatUser; callbackId: string; data: string; messageId: string | null };
