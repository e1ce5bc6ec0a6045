import { SendRateLimiter } from '../../src/messengers/send-rate-limiter.js';
import { splitMessage, TELEGRAM_TEXT_LIMIT } from '../../src/messengers/split-message.js';
import { toChatEvent } from '../../src/messengers/telegram/telegram-updates.js';
import { chatLanguage } from '../../src/messengers/bot-texts.js';

describe('splitMessage', () => {
  it('keeps a text up to the limit in one part', () => {
    expect(splitMessage('a'.repeat(TELEGRAM_TEXT_LIMIT))).toEqual(['a'.repeat(TELEGRAM_TEXT_LIMIT)]);
  });

  it('cuts a longer text into parts no longer than the limit that join back to the text', () => {
    const text = 'word '.repeat(3000);
    const parts = splitMessage(text);
    expect(parts.length).toBe(4);
    expect(parts.every((part) => part.length <= TELEGRAM_TEXT_LIMIT)).toBe(true);
    expect(parts.join('')).toBe(text);
    expect(parts[0].endsWith(' ')).toBe(true);
  });

  it('prefers a paragraph break near the end of the window', () => {
    const text = `${'a'.repeat(3500)}\n\n${'b'.repeat(3500)}`;
    expect(splitMessage(text)).toEqual([`${'a'.repeat(3500)}\n\n`, 'b'.repeat(3500)]);
  });

  it('never cuts an emoji (surrogate pair) in half', () => {
    const text = `${'a'.repeat(4095)}😀${'b'.repeat(10)}`;
    const parts = splitMessage(text);
    expect(parts[0]).toBe('a'.repeat(4095));
    expect(parts[1]).toBe(`😀${'b'.repeat(10)}`);
  });
});

describe('SendRateLimiter', () => {
  it('spaces messages to one chat a second apart but lets other chats through at once', () => {
    let now = 10_000;
    const limiter = new SendRateLimiter(1000, 30, () => now);
    expect(limiter.reserve('a')).toBe(0);
    expect(limiter.reserve('a')).toBe(1000);
    expect(limiter.reserve('a')).toBe(2000);
    expect(limiter.reserve('b')).toBe(0);
    now += 5000;
    expect(limiter.reserve('a')).toBe(0);
  });

  it('allows 30 messages per second in all', () => {
    const now = 50_000;
    const limiter = new SendRateLimiter(1000, 30, () => now);
    const waits = Array.from({ length: 31 }, (_, i) => limiter.reserve(`chat-${i}`));
    expect(waits.slice(0, 30).every((wait) => wait === 0)).toBe(true);
    expect(waits[30]).toBe(1000);
  });

  it('counts direct answers (no chat) only toward the overall budget', () => {
    const now = 0;
    const limiter = new SendRateLimiter(1000, 30, () => now);
    expect(limiter.reserve(null)).toBe(0);
    expect(limiter.reserve(null)).toBe(0);
    expect(limiter.reserve('a')).toBe(0);
    for (let i = 0; i < 27; i++) limiter.reserve(null);
    expect(limiter.reserve(null)).toBe(1000);
  });

  it('holds a chat back after Telegram asked to wait', () => {
    const now = 0;
    const limiter = new SendRateLimiter(1000, 30, () => now);
    limiter.pause('a', 7000);
    expect(limiter.reserve('a')).toBe(7000);
  });
});

describe('Telegram updates to chat events', () => {
  const from = {
    id: 42,
    is_bot: false,
    first_name: 'Ivan',
    last_name: 'Petrov',
    username: 'ivan',
    language_code: 'ru',
  };
  const chat = { id: 42, type: 'private' };

  it('reads /start with its payload only from a bot_command entity', () => {
    const withEntity = toChatEvent({
      update_id: 1,
      message: {
        message_id: 1,
        date: 0,
        chat,
        from,
        text: '/start help_acme',
        entities: [{ type: 'bot_command', offset: 0, length: 6 }],
      },
    } as never);
    expect(withEntity).toEqual({
      kind: 'start',
      payload: 'help_acme',
      user: { chatId: '42', firstName: 'Ivan', lastName: 'Petrov', username: 'ivan', languageCode: 'ru' },
    });
    const plain = toChatEvent({
      update_id: 2,
      message: { message_id: 2, date: 0, chat, from, text: '/start help_acme' },
    } as never);
    expect(plain).toMatchObject({ kind: 'message', text: '/start help_acme' });
  });

  it('keeps media as neutral attachment descriptors (largest photo), the caption as text', () => {
    const photo = toChatEvent({
      update_id: 3,
      message: {
        message_id: 3,
        date: 0,
        chat,
        from,
        caption: 'screen',
        photo: [{ file_id: 'small' }, { file_id: 'large', file_size: 500 }],
      },
    } as never);
    expect(photo).toMatchObject({
      kind: 'message',
      text: 'screen',
      messageId: '3',
      mediaGroupId: null,
      attachments: [{ type: 'photo', fileRef: 'large', mimeType: 'image/jpeg', size: 500, fileName: null }],
    });
    const voice = toChatEvent({
      update_id: 4,
      message: { message_id: 4, date: 0, chat, from, voice: { file_id: 'v1' } },
    } as never);
    expect(voice).toMatchObject({ attachments: [{ type: 'voice', fileRef: 'v1', mimeType: 'audio/ogg' }] });
    const document = toChatEvent({
      update_id: 5,
      message: {
        message_id: 5,
        date: 0,
        chat,
        from,
        document: { file_id: 'd1', file_name: 'a.pdf', mime_type: 'application/pdf' },
        reply_to_message: { message_id: 77 },
      },
    } as never);
    expect(document).toMatchObject({
      attachments: [{ type: 'document', fileRef: 'd1', fileName: 'a.pdf', mimeType: 'application/pdf' }],
      replyToMessageId: '77',
    });
    const animation = toChatEvent({
      update_id: 6,
      message: {
        message_id: 6,
        date: 0,
        chat,
        from,
        animation: { file_id: 'an' },
        document: { file_id: 'an' },
        media_group_id: 'g1',
      },
    } as never);
    expect(animation).toMatchObject({ attachments: [{ type: 'animation', fileRef: 'an' }], mediaGroupId: 'g1' });
    const sticker = toChatEvent({
      update_id: 7,
      message: { message_id: 7, date: 0, chat, from, sticker: { file_id: 'st', is_animated: true } },
    } as never);
    expect(sticker).toMatchObject({ attachments: [{ type: 'sticker', mimeType: 'application/x-tgsticker' }] });
  });

  it('turns an edited message into an edit event', () => {
    expect(
      toChatEvent({
        update_id: 8,
        edited_message: { message_id: 5, date: 0, edit_date: 1, chat, from, text: 'fixed' },
      } as never),
    ).toMatchObject({ kind: 'edit', messageId: '5', text: 'fixed' });
  });

  it('ignores group chats', () => {
    expect(
      toChatEvent({
        update_id: 6,
        message: { message_id: 6, date: 0, chat: { id: -5, type: 'group' }, from, text: 'hi' },
      } as never),
    ).toBeNull();
  });

  it('picks Russian for ru* language codes and English otherwise', () => {
    expect([
      chatLanguage('ru'),
      chatLanguage('ru-RU'),
      chatLanguage('en'),
      chatLanguage('de'),
      chatLanguage(null),
    ]).toEqual(['ru', 'ru', 'en', 'en', 'en']);
  });
});
