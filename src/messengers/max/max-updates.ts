import type { AttachmentType } from '../../attachments/attachment-kinds.js';
import type { ChatUser, IncomingAttachment, IncomingChatEvent } from '../chat-transport.js';
import type { MaxMessage, MaxUpdate } from './max-update.schema.js';

export type { MaxUpdate } from './max-update.schema.js';
type MaxUser = NonNullable<MaxUpdate['user']>;

/** Update types the bot subscribes to (webhook) or asks for (long polling). */
export const MAX_UPDATE_TYPES = ['bot_started', 'message_created', 'message_callback', 'message_edited'] as const;

function userOf(user: MaxUser, locale: string | null | undefined): ChatUser {
  // The customer is addressed by user_id (POST /messages?user_id=…): stable for a person, whatever the dialog.
  return {
    chatId: String(user.user_id),
    firstName: user.first_name ?? user.name ?? null,
    // Without first_name, `name` (the full name) stands for it: a last name beside it would repeat.
    lastName: user.first_name ? (user.last_name ?? null) : null,
    username: user.username ?? null,
    languageCode: locale ?? null,
  };
}

// A Map, not an object: an attachment type such as `constructor` must not find Object's own properties.
const MEDIA_TYPES = new Map<string, { type: AttachmentType; mimeType: string | null }>([
  ['image', { type: 'photo', mimeType: 'image/jpeg' }],
  ['video', { type: 'video', mimeType: 'video/mp4' }],
  ['audio', { type: 'audio', mimeType: null }],
  ['file', { type: 'document', mimeType: null }],
  ['sticker', { type: 'sticker', mimeType: 'image/webp' }],
]);

/**
 * Media of a message as channel-neutral attachment descriptors. Max gives each attachment a download URL in
 * its payload: that URL is the file reference (fetched on first download); files carry their name and size.
 */
export function attachmentsOf(message: MaxMessage): IncomingAttachment[] {
  const attachments: IncomingAttachment[] = [];
  for (const attachment of message.body?.attachments ?? []) {
    const kind = MEDIA_TYPES.get(attachment.type);
    const url = attachment.payload?.url;
    if (!kind || url === undefined) continue;
    attachments.push({
      type: kind.type,
      fileRef: url,
      fileName: attachment.filename ?? null,
      mimeType: kind.mimeType,
      size: Number.isSafeInteger(attachment.size) ? attachment.size! : null,
    });
  }
  return attachments;
}

/**
 * Turns a Max Update, its shape already checked (max-update.schema.ts), into the channel-neutral event of the
 * conversation service. Only dialogs with people are served; group chats, channels, other bots and other
 * update types are not (null).
 */
export function toChatEvent(update: MaxUpdate): IncomingChatEvent | null {
  switch (update.update_type) {
    case 'bot_started':
      if (!update.user || update.user.is_bot) return null;
      return { kind: 'start', user: userOf(update.user, update.user_locale), payload: (update.payload ?? '').trim() };
    case 'message_created': {
      const message = update.message;
      const sender = message?.sender;
      if (
        !message ||
        !sender ||
        sender.is_bot ||
        (message.recipient?.chat_type && message.recipient.chat_type !== 'dialog')
      )
        return null;
      const user = userOf(sender, update.user_locale);
      const text = message.body?.text ?? '';
      // A user who types the command instead of opening a deep link.
      const command = /^\/start(?:\s+(.*))?$/s.exec(text.trim());
      if (command) return { kind: 'start', user, payload: (command[1] ?? '').trim() };
      const attachments = attachmentsOf(message);
      if (!text && attachments.length === 0) return null;
      const replyTo = message.link?.type === 'reply' ? message.link.message?.mid : undefined;
      // One Max message carries all its files: no album id is needed to keep them together.
      return {
        kind: 'message',
        user,
        text,
        attachments,
        replyToMessageId: replyTo ?? null,
        messageId: message.body?.mid ?? null,
        mediaGroupId: null,
      };
    }
    case 'message_edited': {
      const message = update.message;
      const sender = message?.sender;
      if (
        !message?.body?.mid ||
        !sender ||
        sender.is_bot ||
        (message.recipient?.chat_type && message.recipient.chat_type !== 'dialog')
      )
        return null;
      return {
        kind: 'edit',
        user: userOf(sender, update.user_locale),
        messageId: message.body.mid,
        text: message.body.text ?? '',
      };
    }
    case 'message_callback': {
      const callback = update.callback;
      if (!callback?.user || typeof callback.payload !== 'string') return null;
      return {
        kind: 'callback',
        user: userOf(callback.user, update.user_locale),
        callbackId: callback.callback_id,
        data: callback.payload,
        messageId: update.message?.body?.mid ?? null,
      };
    }
    default:
      return null;
  }
}

/**
 * Max updates carry no update id: the key under which a redelivered update is recognised. A message's mid and
 * a callback's id are unique; a start is one user at one moment.
 */
export function updateKey(update: MaxUpdate): string | null {
  switch (update.update_type) {
    case 'message_created':
      return update.message?.body?.mid ? `message:${update.message.body.mid}` : null;
    case 'message_edited':
      return update.message?.body?.mid ? `edited:${update.message.body.mid}:${update.timestamp}` : null;
    case 'message_callback':
      return update.callback?.callback_id ? `callback:${update.callback.callback_id}` : null;
    case 'bot_started':
      return update.user ? `started:${update.user.user_id}:${update.timestamp}` : null;
    default:
      return `${update.update_type}:${update.timestamp}:${update.chat_id ?? update.user?.user_id ?? ''}`;
  }
}
