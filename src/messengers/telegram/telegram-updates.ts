import type { Update, Message } from 'telegraf/types';
import type { ChatUser, IncomingAttachment, IncomingChatEvent } from '../chat-transport.js';

type AnyMessage = Message & Record<string, any>;

function userOf(chatId: number, from: { first_name?: string; username?: string; language_code?: string } | undefined): ChatUser {
  return { chatId: String(chatId), firstName: from?.first_name ?? null, username: from?.username ?? null, languageCode: from?.language_code ?? null };
}

/** Media of a message as attachments (Telegram file ids; the largest photo size). */
export function attachmentsOf(message: AnyMessage): IncomingAttachment[] {
  const caption = typeof message.caption === 'string' ? message.caption : undefined;
  const withCaption = (type: IncomingAttachment['type'], fileId: string): IncomingAttachment => ({ type, file_id: fileId, ...(caption ? { caption } : {}) });
  if (Array.isArray(message.photo) && message.photo.length > 0) return [withCaption('photo', message.photo[message.photo.length - 1].file_id)];
  // An animation also carries `document`: take the more specific kind.
  for (const type of ['animation', 'video', 'video_note', 'voice', 'audio', 'sticker', 'document'] as const) {
    const media = message[type] as { file_id?: string } | undefined;
    if (media?.file_id) return [withCaption(type, media.file_id)];
  }
  return [];
}

/** `/start payload` (or `/start@bot payload`) when the text starts with a bot_command entity, else null. */
function startPayload(message: AnyMessage): string | null {
  const entity = (message.entities as Array<{ type: string; offset: number; length: number }> | undefined)?.find((e) => e.type === 'bot_command' && e.offset === 0);
  if (!entity || typeof message.text !== 'string') return null;
  const command = message.text.slice(0, entity.length).split('@')[0];
  if (command !== '/start') return null;
  return message.text.slice(entity.length).trim();
}

/**
 * Turns a Telegram Update into the channel-neutral event of the conversation service. Only private
 * chats are served; anything else (groups, edits, polls) is ignored (null).
 */
export function toChatEvent(update: Update): IncomingChatEvent | null {
  if ('message' in update && update.message) {
    const message = update.message as AnyMessage;
    if (message.chat?.type !== 'private') return null;
    const user = userOf(message.chat.id, message.from);
    const payload = startPayload(message);
    if (payload !== null) return { kind: 'start', user, payload };
    const attachments = attachmentsOf(message);
    const text = typeof message.text === 'string' ? message.text : '';
    if (!text && attachments.length === 0) return null;
    const replyTo = message.reply_to_message?.message_id;
    return { kind: 'message', user, text, attachments, replyToMessageId: replyTo === undefined ? null : String(replyTo) };
  }
  if ('callback_query' in update && update.callback_query) {
    const query = update.callback_query as Record<string, any>;
    const chatId = query.message?.chat?.id ?? query.from?.id;
    if (typeof query.data !== 'string' || chatId === undefined) return null;
    if (query.message?.chat?.type && query.message.chat.type !== 'private') return null;
    return { kind: 'callback', user: userOf(chatId, query.from), callbackId: String(query.id), data: query.data, messageId: query.message?.message_id === undefined ? null : String(query.message.message_id) };
  }
  return null;
}
