import {
  inboundMimeType,
  normalizeMimeType,
  safeFileName,
  servedMimeType,
  storedFileName,
} from '../../src/attachments/attachment-kinds.js';
import { parseMaxUpdate } from '../../src/messengers/max/max-update.schema.js';
import { parseTelegramUpdate } from '../../src/messengers/telegram/telegram-update.schema.js';

const from = { id: 42, is_bot: false, first_name: 'Ivan', language_code: 'ru' };
const chat = { id: 42, type: 'private' };
const message = { message_id: 1, date: 1, chat, from, text: 'secret words' };

describe('Telegram update shape', () => {
  it('takes a well-formed update, unknown fields included', () => {
    const shape = parseTelegramUpdate({ update_id: 1, message: { ...message, new_field: { x: 1 } }, other: 1 });
    expect(shape.ok).toBe(true);
  });

  it('names the update and the wrong fields, never their values', () => {
    const shape = parseTelegramUpdate({ update_id: 7, message: { ...message, chat: { id: 'x', type: 5 } } });
    expect(shape).toEqual({ ok: false, ref: '7', problem: expect.stringContaining('message.chat.id') });
    expect(shape.ok || shape.problem).not.toContain('secret');
  });

  it('refuses a chat id beyond a safe integer, a text far over the limit, a missing update_id', () => {
    expect(parseTelegramUpdate({ update_id: 1, message: { ...message, chat: { ...chat, id: 2 ** 64 } } }).ok).toBe(
      false,
    );
    expect(parseTelegramUpdate({ update_id: 1, message: { ...message, text: 'x'.repeat(20_000) } }).ok).toBe(false);
    expect(parseTelegramUpdate({ message })).toEqual({ ok: false, ref: null, problem: expect.any(String) });
    expect(parseTelegramUpdate([1]).ok).toBe(false);
  });
});

describe('Max update shape', () => {
  const user = { user_id: 5, first_name: 'Ivan', is_bot: false };
  const created = {
    update_type: 'message_created',
    timestamp: 10,
    message: { sender: user, body: { mid: 'mid.1', text: 'secret words', attachments: null } },
  };

  it('takes a well-formed update and an update type it does not serve', () => {
    expect(parseMaxUpdate(created).ok).toBe(true);
    expect(parseMaxUpdate({ update_type: 'user_added', timestamp: 1 }).ok).toBe(true);
    expect(parseMaxUpdate({ update_type: 'constructor', timestamp: 1 }).ok).toBe(true);
  });

  it('requires what a served type cannot do without, and names it by type and time', () => {
    const shape = parseMaxUpdate({ ...created, message: { body: { mid: 'mid.1' } } });
    expect(shape).toEqual({ ok: false, ref: 'message_created@10', problem: expect.stringContaining('sender') });
    expect(parseMaxUpdate({ update_type: 'message_callback', timestamp: 1, callback: { callback_id: 'c' } }).ok).toBe(
      false,
    );
  });
});

describe('customer file MIME types and names', () => {
  it('keeps a MIME type a header can carry and falls back to application/octet-stream', () => {
    expect(normalizeMimeType('Text/Plain; charset=ü')).toBe('text/plain');
    expect(servedMimeType('text/plain\r\nX-Injected: 1')).toBe('application/octet-stream');
    expect(servedMimeType(`a/${'b'.repeat(5000)}`)).toBe('application/octet-stream');
    expect(servedMimeType('')).toBe('application/octet-stream');
    expect(servedMimeType(42)).toBe('application/octet-stream');
    expect(inboundMimeType(null)).toBeNull();
    expect(inboundMimeType('тип/файла')).toBe('application/octet-stream');
  });

  it('never leaves half a surrogate pair or a control character in a file name', () => {
    const cut = safeFileName(`${'a'.repeat(199)}😀`, 'file');
    expect(() => encodeURIComponent(cut)).not.toThrow();
    expect(() => encodeURIComponent(safeFileName('half \uD83D pair', 'file'))).not.toThrow();
    expect(safeFileName('a\r\nb"c', 'file')).toBe('a__b_c');
    expect(storedFileName('n'.repeat(5000))).toHaveLength(255);
    expect(storedFileName('\u0001')).toBe('_');
    expect(storedFileName(5)).toBeNull();
  });
});
