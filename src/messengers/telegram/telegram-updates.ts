import type { Update, Message } from 'telegraf/types';
import type { AttachmentType } from '../../attachments/attachment-kinds.js';
import type { ChatUser, IncomingAttachment, IncomingChatEvent } from '../chat-transport.js';

type AnyMessage = Message & Record<string, any>;
type TelegramFile = { file_id?: string; file_name?: string; mime_type?: string; file_size?: number };

function userOf(
  chatId: number,
  from: { first_name?: string; username?: string; language_code?: string } | undefined,
): ChatUser {
  return {
    chatId: String(chatId),
    firstName: from?.first_name ?? null,
    username: from?.username ?? null,
    languageCode: from?.language_code ?? null,
  };
}

function descriptor(type: AttachmentType, file: TelegramFile, mimeType: string | null): IncomingAttachment {
  return {
    type,
    fileRef: String(file.file_id),
    fileName: typeof file.file_name === 'string' ? file.file_name : null,
    mimeType: typeof file.mime_type === 'string' ? file.mime_type : mimeType,
    size: Number.isSafeInteger(file.file_size) ? file.file_size! : null,
  };
}

/** Telegram stickers: static WebP, animated TGS (gzipped Lottie), or WebM video. */
function stickerMimeType(sticker: Record<string, unknown>): string {
  if (sticker.is_animated) return 'application/x-tgsticker';
  if (sticker.is_video) return 'video/webm';
  return 'image/webp';
}

/**
 * Media of a message as channel-neutral attachment descriptors (Telegram file ids; the largest photo
 * size). Telegram sends photos as JPEG and voice notes as OGG/Opus without saying so: those MIME types
 * are filled in; a round video note counts as a video.
 */
export function attachmentsOf(message: AnyMessage): IncomingAttachment[] {
  if (Array.isArray(message.photo) && message.photo.length > 0) {
    const largest = message.photo[message.photo.length - 1] as TelegramFile;
    return [descriptor('photo', largest, 'image/jpeg')];
  }
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
function startPayload(message: AnyMessage): string | null {
  const entity = (message.entities as Array<{ type: string; offset: number; length: number }> | undefined)?.find(
    (e) => e.type === 'bot_command' && e.offset === 0,
  );
  if (!entity || typeof message.text !== 'string') return null;
  const command = message.text.slice(0, entity.length).split('@')[0];
  if (command !== '/start') return null;
  return message.text.slice(entity.length).trim();
}

/** The text of a message, or the caption of its media. */
function textOf(message: AnyMessage): string {
  if (typeof message.text === 'string') return message.text;
  return typeof message.caption === 'string' ? message.caption : '';
}

/**
 * Turns a Telegram Update into the channel-neutral event of the conversation service. Only private
 * chats are served; anything else (groups, channel posts, polls) is ignored (null).
 */
export function toChatEvent(update: Update): IncomingChatEvent | null {
  if ('message' in update && update.message) {
    const message = update.message as AnyMessage;
    if (message.chat?.type !== 'private') return null;
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
      messageId: message.message_id === undefined ? null : String(message.message_id),
      mediaGroupId: typeof message.media_group_id === 'string' ? message.media_group_id : null,
    };
  }
  if ('edited_message' in update && update.edited_message) {
    const message = update.edited_message as AnyMessage;
    if (message.chat?.type !== 'private' || message.message_id === undefined) return null;
    return {
      kind: 'edit',
      user: userOf(message.chat.id, message.from),
      messageId: String(message.message_id),
      text: textOf(message),
    };
  }
  if ('callback_query' in update && update.callback_query) {
    const query = update.callback_query as Record<string, any>;
    const chatId = query.message?.chat?.id ?? query.from?.id;
    if (typeof query.data !== 'string' || chatId === undefined) return null;
    if (query.message?.chat?.type && query.message.chat.type !== 'private') return null;
    return {
      kind: 'callback',
      user: userOf(chatId, query.from),
      callbackId: String(query.id),
      data: query.data,
      messageId: query.message?.message_id === undefined ? null : String(query.message.message_id),
    };
  }
  return null;
}
