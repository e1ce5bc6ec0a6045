import { z } from 'zod';
import { describeProblem, loggable, type UpdateShape } from '../update-shape.js';

/*
 * The shape of the Max Update fields this bot reads (dev.max.ru, "Update"), checked before anything reads
 * them. Objects are loose (Max adds fields); the fields read must have their documented type, and the ones an
 * update type is useless without (a message's sender and mid, a callback's id and user) must be present.
 * Strings are bounded above Max's own limits (text 4000), so nothing unbounded reaches an index.
 */

export const MAX_TEXT_MAX = 16_384;
const ID_MAX = 512;
const NAME_MAX = 256;
const SHORT_MAX = 64;
const URL_MAX = 4096;

const user = z.looseObject({
  user_id: z.int(),
  first_name: z.string().max(NAME_MAX).nullish(),
  last_name: z.string().max(NAME_MAX).nullish(),
  name: z.string().max(NAME_MAX).nullish(),
  username: z.string().max(NAME_MAX).nullish(),
  is_bot: z.boolean().optional(),
});

/** An attachment of a message body: media carry a download URL in their payload (other kinds, buttons). */
const attachment = z.looseObject({
  type: z.string().max(SHORT_MAX),
  payload: z.looseObject({ url: z.string().max(URL_MAX).optional() }).nullish(),
  filename: z.string().optional(),
  size: z.number().nonnegative().nullish(),
});

const message = z.looseObject({
  sender: user.nullish(),
  recipient: z
    .looseObject({
      chat_id: z.int().nullish(),
      chat_type: z.string().max(SHORT_MAX).nullish(),
      user_id: z.int().nullish(),
    })
    .nullish(),
  timestamp: z.int().optional(),
  link: z
    .looseObject({
      type: z.string().max(SHORT_MAX).optional(),
      message: z.looseObject({ mid: z.string().max(ID_MAX).optional() }).nullish(),
    })
    .nullish(),
  body: z
    .looseObject({
      mid: z.string().min(1).max(ID_MAX).optional(),
      text: z.string().max(MAX_TEXT_MAX).nullish(),
      attachments: z.array(attachment).nullish(),
    })
    .nullish(),
});

const update = z.looseObject({
  update_type: z.string().min(1).max(SHORT_MAX),
  timestamp: z.int(),
  chat_id: z.int().nullish(),
  user: user.optional(),
  payload: z.string().max(ID_MAX).nullish(),
  user_locale: z.string().max(SHORT_MAX).nullish(),
  message: message.nullish(),
  callback: z
    .looseObject({
      callback_id: z.string().min(1).max(ID_MAX),
      payload: z.string().max(ID_MAX).nullish(),
      user,
      timestamp: z.int().optional(),
    })
    .nullish(),
});

const withMessage = z.looseObject({
  message: z.looseObject({ sender: user, body: z.looseObject({ mid: z.string() }) }),
});

/** What each served update type cannot do without; an update type the bot does not serve needs nothing more. */
const REQUIRED_BY_TYPE = new Map<string, z.ZodType>([
  ['bot_started', z.looseObject({ user })],
  ['message_created', withMessage],
  ['message_edited', withMessage],
  ['message_callback', z.looseObject({ callback: z.looseObject({ user }) })],
]);

export type MaxUpdate = z.infer<typeof update>;
export type MaxMessage = z.infer<typeof message>;

/** A webhook body or a polled update, checked against the shape above. */
export function parseMaxUpdate(body: unknown): UpdateShape<MaxUpdate> {
  const parsed = update.safeParse(body);
  const required = parsed.success ? REQUIRED_BY_TYPE.get(parsed.data.update_type)?.safeParse(parsed.data) : undefined;
  if (parsed.success && (!required || required.success)) return { ok: true, update: parsed.data };
  const fields = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const type = loggable(fields.update_type);
  const timestamp = loggable(fields.timestamp);
  return {
    ok: false,
    // Max updates carry no id: their type and time name them in the log.
    ref: type === null && timestamp === null ? null : `${type ?? '?'}@${timestamp ?? '?'}`,
    problem: describeProblem(parsed.success ? required!.error! : parsed.error),
  };
}
