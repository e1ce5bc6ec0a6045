import { z } from 'zod';
import { describeProblem, loggable, type UpdateShape } from '../update-shape.js';

/*
 * The shape of the Bot API Update fields this bot reads (core.telegram.org/bots/api#update), checked before
 * anything reads them. Objects are loose (Telegram adds fields over time); a field the bot reads, or one the
 * Bot API marks as always present, must have its documented type. Strings are bounded well above Telegram's
 * own limits (text 4096, callback data 64 bytes, file ids ~100), so nothing unbounded reaches an index.
 */

/** Telegram's text limit is 4096 characters; four times that leaves room for any counting difference. */
export const TELEGRAM_TEXT_MAX = 16_384;
const ID_MAX = 512;
const NAME_MAX = 256;
const SHORT_MAX = 64;

const id = z.int();
const shortString = z.string().max(SHORT_MAX);

const user = z.looseObject({
  id,
  is_bot: z.boolean(),
  first_name: z.string().max(NAME_MAX),
  last_name: z.string().max(NAME_MAX).optional(),
  username: z.string().max(NAME_MAX).optional(),
  language_code: shortString.optional(),
});

const chat = z.looseObject({
  id,
  type: shortString,
  // A group's name; `is_forum`: a supergroup with topics (the team chat).
  title: z.string().max(NAME_MAX).optional(),
  is_forum: z.boolean().optional(),
});

const entity = z.looseObject({ type: shortString, offset: z.int().nonnegative(), length: z.int().nonnegative() });

/** A file of a message (document, video, voice…): the name and MIME type are normalised where stored. */
const file = z.looseObject({
  file_id: z.string().min(1).max(ID_MAX),
  file_name: z.string().optional(),
  mime_type: z.string().optional(),
  file_size: z.number().nonnegative().optional(),
});

const sticker = file.extend({ is_animated: z.boolean().optional(), is_video: z.boolean().optional() });

const message = z.looseObject({
  message_id: id,
  date: z.int(),
  chat,
  // Optional in the Bot API for channel posts only, which this bot does not take: a message has a sender.
  from: user,
  text: z.string().max(TELEGRAM_TEXT_MAX).optional(),
  caption: z.string().max(TELEGRAM_TEXT_MAX).optional(),
  entities: z.array(entity).optional(),
  caption_entities: z.array(entity).optional(),
  photo: z.array(file).optional(),
  animation: file.optional(),
  video: file.optional(),
  video_note: file.optional(),
  voice: file.optional(),
  audio: file.optional(),
  sticker: sticker.optional(),
  document: file.optional(),
  reply_to_message: z.looseObject({ message_id: id }).optional(),
  media_group_id: z.string().max(ID_MAX).optional(),
  // A message of a forum topic (absent in the General topic).
  message_thread_id: id.optional(),
  is_topic_message: z.boolean().optional(),
});

const callbackQuery = z.looseObject({
  id: z.string().min(1).max(ID_MAX),
  from: user,
  // A message older than 48 h arrives as an InaccessibleMessage: still a chat and a message id.
  message: z.looseObject({ message_id: id, chat, message_thread_id: id.optional() }).optional(),
  data: z.string().max(ID_MAX).optional(),
});

/** my_chat_member (the bot's own membership: the team chat watches it) / chat_member. */
const chatMemberUpdated = z.looseObject({
  chat,
  from: user,
  date: z.int(),
  old_chat_member: z.looseObject({ status: shortString }),
  new_chat_member: z.looseObject({ status: shortString }),
});

const update = z.looseObject({
  update_id: z.int().nonnegative(),
  message: message.optional(),
  edited_message: message.optional(),
  callback_query: callbackQuery.optional(),
  my_chat_member: chatMemberUpdated.optional(),
  chat_member: chatMemberUpdated.optional(),
});

export type TelegramUpdate = z.infer<typeof update>;
export type TelegramMessage = z.infer<typeof message>;
export type TelegramFile = z.infer<typeof file>;

/** A webhook body or a polled update, checked against the shape above. */
export function parseTelegramUpdate(body: unknown): UpdateShape<TelegramUpdate> {
  const parsed = update.safeParse(body);
  if (parsed.success) return { ok: true, update: parsed.data };
  const updateId = typeof body === 'object' && body !== null ? (body as { update_id?: unknown }).update_id : undefined;
  return { ok: false, ref: loggable(updateId), problem: describeProblem(parsed.error) };
}
