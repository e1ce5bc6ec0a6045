import type { AttachmentType } from '../../attachments/attachment-kinds.js';
import type { ChatUser, IncomingAttachment, IncomingChatEvent } from '../chat-transport.js';
import type { TelegramFile, TelegramMessage, TelegramUpdate } from './telegram-update.schema.js';

function userOf(
  chatId: number,
  from: { first_name?: string; last_name?: string; username?: string; language_code?: string } | undefined,
): ChatUser {
  return {
    chatId: String(chatId),
    firstName: from?.first_name ?? null,
    lastName: from?.last_name ?? null,
    username: from?.username ?? null,
    languageCode: from?.language_code ?? null,
  };
}

function descriptor(type: AttachmentType, file: TelegramFile, mimeType: string | null): IncomingAttachment {
  return {
    type,
    fileRef: file.file_id,
    fileName: file.file_name ?? null,
    mimeType: file.mime_type ?? mimeType,
    size: Number.isSafeInteger(file.file_size) ? file.file_size! : null,
  };
}

/** Telegram stickers: static WebP, animated TGS (gzipped Lottie), or WebM video. */
function stickerMimeType(sticker: { is_animated?: boolean; is_video?: boolean }): string {
  if (sticker.is_animated) return 'application/x-tgsticker';
  if (sticker.is_video) return 'video/webm';
  return 'image/webp';
}

/**
 * Media of a message as channel-neutral attachment descriptors (Telegram file ids; the largest photo
 * size). Telegram sends photos as JPEG and voice notes as OGG/Opus without saying so: those MIME types
 * are filled in; a round video note counts as a video.
 */
export function attachmentsOf(message: TelegramMessage): IncomingAttachment[] {
  const largest = message.photo?.at(-1);
  if (largest) return [descriptor('photo', largest, 'image/jpeg')];
  // An animation also carries `document`: take the more specific kind first.
  if (message.animation?.file_id) return [descriptor('animation', message.animation, 'video/mp4')];
  if (message.video?.file_id) return [descriptor('video', message.video, 'video/mp4')];
  if (message.video_note?.file_id) return [descriptor('video', message.video_note, 'video/mp4')];
  if (message.voice?.file_id) return [descriptor('voice', message.voice, 'audio/ogg')];
  if (message.audio?.file_id) return [descriptor('audio', message.audio, 'audio/mpeg')];
  if (message.sticker?.file_id) return [descriptor('sticker', message.sticker, stickerMimeType(message.sticker))];
  if (message.document?.file_id) return [descriptor('document', message.document, 'application/octet-stream')];
  return [];
}

/** `/start payload` (or `/start@bot payload`) when the text starts with a bot_command entity, else null. */
function startPayload(message: TelegramMessage): string | null {
  const entity = message.entities?.find((e) => e.type === 'bot_command' && e.offset === 0);
  if (!entity || typeof message.text !== 'string') return null;
  const command = message.text.slice(0, entity.length).split('@')[0];
  if (command !== '/start') return null;
  return message.text.slice(entity.length).trim();
}

/** The text of a message, or the caption of its media. */
function textOf(message: TelegramMessage): string {
  if (typeof message.text === 'string') return message.text;
  return typeof message.caption === 'string' ? message.caption : '';
}

/**
 * Turns a Telegram Update, its shape already checked (telegram-update.schema.ts), into the channel-neutral
 * event of the conversation service. Only private chats are served; anything else (groups, channel posts,
 * polls, chat member changes) is not (null).
 */
export function toChatEvent(update: TelegramUpdate): IncomingChatEvent | null {
  if (update.message) {
    const message = update.message;
    if (message.chat.type !== 'private') return null;
    const user = userOf(message.chat.id, message.from);
    const payload = startPayload(message);
    if (payload !== null) return { kind: 'start', user, payload };
    const attachments = attachmentsOf(message);
    const text = textOf(message);
    if (!text && attachments.length === 0) return null;
    const replyTo = message.reply_to_message?.message_id;
    return {
      kind: 'message',
      user,
      text,
      attachments,
      replyToMessageId: replyTo === undefined ? null : String(replyTo),
      messageId: String(message.message_id),
      mediaGroupId: message.media_group_id ?? null,
    };
  }
  if (update.edited_message) {
    const message = update.edited_message;
    if (message.chat.type !== 'private') return null;
    return {
      kind: 'edit',
      user: userOf(message.chat.id, message.from),
      messageId: String(message.message_id),
      text: textOf(message),
    };
  }
  if (update.callback_query) {
    const query = update.callback_query;
    const chatId = query.message?.chat.id ?? query.from.id;
    if (query.data === undefined) return null;
    if (query.message && query.message.chat.type !== 'private') return null;
    return {
      kind: 'callback',
      user: userOf(chatId, query.from),
      callbackId: query.id,
      data: query.data,
      messageId: query.message?.message_id === undefined ? null : String(query.message.message_id),
    };
  }
  return null;
}
