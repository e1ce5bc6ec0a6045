import { classifyMaxError, MaxError } from '../../src/messengers/max/max-api.js';
import { toChatEvent, updateKey, type MaxUpdate } from '../../src/messengers/max/max-updates.js';

const user = {
  user_id: 42,
  first_name: 'Ivan',
  last_name: 'Petrov',
  name: 'Ivan Petrov',
  username: 'ivan_p',
  is_bot: false,
};
const message = (body: Record<string, unknown>, extra: Record<string, unknown> = {}): MaxUpdate => ({
  update_type: 'message_created',
  timestamp: 1,
  message: {
    sender: user,
    recipient: { chat_id: 43, chat_type: 'dialog', user_id: null },
    timestamp: 1,
    body: { mid: 'mid.1', ...body },
    ...extra,
  },
  user_locale: 'ru',
});

describe('Max updates → channel-neutral events', () => {
  it('turns bot_started with a payload into a start, addressed by user_id', () => {
    expect(
      toChatEvent({
        update_type: 'bot_started',
        timestamp: 5,
        chat_id: 43,
        user,
        payload: 'help_acme',
        user_locale: 'en',
      }),
    ).toEqual({
      kind: 'start',
      user: { chatId: '42', firstName: 'Ivan', lastName: 'Petrov', username: 'ivan_p', languageCode: 'en' },
      payload: 'help_acme',
    });
  });

  it('takes the full name for the first name when first_name is missing, without repeating the last name', () => {
    const nameOnly = { user_id: 42, name: 'Ivan Petrov', last_name: 'Petrov', username: null, is_bot: false };
    const event = toChatEvent({ update_type: 'bot_started', timestamp: 5, chat_id: 43, user: nameOnly });
    expect(event).toMatchObject({ user: { firstName: 'Ivan Petrov', lastName: null } });
  });

  it('treats a typed /start command like a deep link', () => {
    expect(toChatEvent(message({ text: '/start hdreq_abc' }))).toMatchObject({ kind: 'start', payload: 'hdreq_abc' });
  });

  it('reads text, the replied-to mid and file attachments', () => {
    const event = toChatEvent(
      message(
        {
          text: 'see file',
          attachments: [
            { type: 'file', payload: { url: 'https://files.max.ru/x', token: 't' }, filename: 'a.pdf', size: 10 },
            { type: 'inline_keyboard', payload: { buttons: [] } },
          ],
        },
        { link: { type: 'reply', message: { mid: 'mid.bot' } } },
      ),
    );
    expect(event).toEqual({
      kind: 'message',
      user: { chatId: '42', firstName: 'Ivan', lastName: 'Petrov', username: 'ivan_p', languageCode: 'ru' },
      text: 'see file',
      attachments: [
        { type: 'document', fileRef: 'https://files.max.ru/x', fileName: 'a.pdf', mimeType: null, size: 10 },
      ],
      replyToMessageId: 'mid.bot',
      messageId: 'mid.1',
      mediaGroupId: null,
    });
  });

  it('ignores group chats, bots and empty messages', () => {
    expect(
      toChatEvent(message({ text: 'hi' }, { recipient: { chat_id: 1, chat_type: 'chat', user_id: null } })),
    ).toBeNull();
    expect(toChatEvent(message({ text: 'hi' }, { sender: { ...user, is_bot: true } }))).toBeNull();
    expect(toChatEvent(message({ text: '' }))).toBeNull();
  });

  it('turns a button press into a callback with the pressed message mid', () => {
    const update: MaxUpdate = {
      update_type: 'message_callback',
      timestamp: 2,
      callback: { callback_id: 'cb1', payload: 'm:new', user },
      message: { body: { mid: 'mid.menu' } },
    };
    expect(toChatEvent(update)).toMatchObject({
      kind: 'callback',
      callbackId: 'cb1',
      data: 'm:new',
      messageId: 'mid.menu',
    });
    expect(updateKey(update)).toBe('callback:cb1');
  });

  it('keys updates so a redelivery is recognised', () => {
    expect(updateKey(message({ text: 'x' }))).toBe('message:mid.1');
    expect(updateKey({ update_type: 'bot_started', timestamp: 7, user })).toBe('started:42:7');
  });
});

describe('Max API errors → delivery outcome', () => {
  const error = (status: number, body: Record<string, unknown> = {}) =>
    new MaxError(status, { code: 'x', message: 'y', ...body } as never);

  it('waits the Retry-After of a 429', () => {
    expect(classifyMaxError(error(429, { retry_after: 12 }))).toMatchObject({ kind: 'rate_limited', waitMs: 12_000 });
    expect(classifyMaxError(error(429))).toMatchObject({ kind: 'rate_limited', waitMs: 1_000 });
  });

  it('marks 403 and 404 as an unreachable (blocked or deleted) user', () => {
    expect(classifyMaxError(error(403)).kind).toBe('blocked');
    expect(classifyMaxError(error(404)).kind).toBe('blocked');
  });

  it('gives up on other 4xx and retries 401, 5xx and network failures', () => {
    expect(classifyMaxError(error(400)).kind).toBe('final');
    expect(classifyMaxError(error(401)).kind).toBe('retry');
    expect(classifyMaxError(error(503)).kind).toBe('retry');
    expect(classifyMaxError(new TypeError('fetch failed')).kind).toBe('retry');
  });
});
