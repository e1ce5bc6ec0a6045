import request from 'supertest';
import { FakeMax, MaxUpdates } from '../helpers/fake-max.js';
import { FakeTelegram } from '../helpers/fake-telegram.js';
import { TelegramUpdates } from '../helpers/telegram-updates.js';
import { useTestApp } from '../helpers/test-app.js';

const TELEGRAM_SECRET = 'malformed-telegram-secret';
const MAX_SECRET = 'malformed-max-secret';
const MAX_TOKEN = 'malformed-max-token';

type Json = Record<string, any>;

/** A copy of `update` with the field at `path` set to `value` (`undefined`: the field removed). */
function withField(update: Json, path: string, value: unknown): Json {
  const copy = structuredClone(update);
  const keys = path.split('.');
  const last = keys.pop()!;
  const parent = keys.reduce((node: Json, key) => node[key], copy);
  if (value === undefined) delete parent[last];
  else parent[last] = value;
  return copy;
}

/**
 * A Telegram or Max update with a field of the wrong type (or a required one missing) is acknowledged with
 * 200 and ignored, logged and counted in zapnoty_messenger_updates_ignored_total{channel,reason="malformed"}:
 * a 5xx would make the messenger deliver it again for ever. Both ways in are checked: the JSON lane (the
 * plain case) and the Nest route (here reached with a query string).
 */
describe('messenger updates with wrongly typed fields', () => {
  const telegram = new FakeTelegram();
  const max = new FakeMax(MAX_TOKEN);
  const ctx = useTestApp(async () => ({
    TELEGRAM_BOT_TOKEN: '780:malformed',
    TELEGRAM_API_ROOT: await telegram.start(),
    TELEGRAM_WEBHOOK_SECRET: TELEGRAM_SECRET,
    MAX_BOT_TOKEN: MAX_TOKEN,
    MAX_API_ROOT: await max.start(),
    MAX_WEBHOOK_SECRET: MAX_SECRET,
    WORKERS_ENABLED: 'false',
  }));
  const shop = ctx.useProject('Malformed Shop');
  const tg = new TelegramUpdates();
  const mx = new MaxUpdates();
  let nextChat = 600_000 + Math.floor(Math.random() * 90_000);
  afterAll(async () => {
    await telegram.stop();
    await max.stop();
  });

  const post = (channel: 'telegram' | 'max', body: unknown, via: 'lane' | 'express') =>
    request(ctx.app.getHttpServer())
      .post(`/${channel}/webhook${via === 'express' ? '?via=express' : ''}`)
      .set(
        channel === 'telegram' ? 'X-Telegram-Bot-Api-Secret-Token' : 'X-Max-Bot-Api-Secret',
        channel === 'telegram' ? TELEGRAM_SECRET : MAX_SECRET,
      )
      .set('Content-Type', 'application/json')
      .send(JSON.stringify(body));

  async function ignored(channel: string, reason: string): Promise<number> {
    const { text } = await request(ctx.app.getHttpServer()).get('/metrics').expect(200);
    const line = new RegExp(
      `^zapnoty_messenger_updates_ignored_total\\{channel="${channel}",reason="${reason}"\\} (\\d+)$`,
      'm',
    );
    const match = line.exec(text);
    if (!match) throw new Error(`no zapnoty_messenger_updates_ignored_total for ${channel}/${reason} in /metrics`);
    return Number(match[1]);
  }

  async function expectAllIgnored(channel: 'telegram' | 'max', bodies: Array<[string, unknown]>) {
    for (const via of ['lane', 'express'] as const) {
      const before = await ignored(channel, 'malformed');
      for (const [what, body] of bodies) {
        const response = await post(channel, body, via);
        expect({ what, via, status: response.status, body: response.body }).toEqual({
          what,
          via,
          status: 200,
          body: { ok: true },
        });
      }
      expect(await ignored(channel, 'malformed')).toBe(before + bodies.length);
    }
  }

  it('answers Telegram updates with wrongly typed fields 200, ignores and counts them', async () => {
    const chat = nextChat++;
    const text = tg.text(chat, 'hello');
    const start = tg.start(chat, `help_${shop.project.slug}`);
    const photo = tg.media(chat, 'photo', `p-${chat}`);
    const document = tg.media(chat, 'document', `d-${chat}`);
    const callback = tg.callback(chat, 'm:new', 1);
    await expectAllIgnored('telegram', [
      ['text a number', withField(text, 'message.text', 42)],
      ['text an object', withField(text, 'message.text', { a: 1 })],
      ['chat.id a string', withField(text, 'message.chat.id', String(chat))],
      ['chat.id an object', withField(text, 'message.chat.id', {})],
      ['chat.id huge', withField(text, 'message.chat.id', 2 ** 64)],
      ['chat missing', withField(text, 'message.chat', undefined)],
      ['from missing', withField(text, 'message.from', undefined)],
      ['from.first_name a number', withField(text, 'message.from.first_name', 7)],
      ['message a string', withField(text, 'message', 'hello')],
      ['message an array', withField(text, 'message', [])],
      ['date a string', withField(text, 'message.date', '2026-12-07')],
      ['message_id a string', withField(text, 'message.message_id', '1')],
      ['update_id a string', withField(text, 'update_id', 'x')],
      ['update_id missing', withField(text, 'update_id', undefined)],
      ['entities not an array', withField(start, 'message.entities', { type: 'bot_command' })],
      [
        'entity offset a string',
        withField(start, 'message.entities', [{ type: 'bot_command', offset: '0', length: 6 }]),
      ],
      ['photo not an array', withField(photo, 'message.photo', 'big')],
      ['photo file_id a number', withField(photo, 'message.photo', [{ file_id: 5 }])],
      ['document file_id a number', withField(document, 'message.document.file_id', 5)],
      ['document mime_type a number', withField(document, 'message.document.mime_type', 5)],
      ['callback data an object', withField(callback, 'callback_query.data', { a: 1 })],
      ['callback from missing', withField(callback, 'callback_query.from', undefined)],
      ['callback id a number', withField(callback, 'callback_query.id', 5)],
      ['an array', [text]],
      ['an empty object', {}],
    ]);
    // Nothing of it reached the customer, and the bot still answers a good update.
    expect(telegram.callsOf('sendMessage', chat)).toHaveLength(0);
    await post('telegram', tg.start(chat, `help_${shop.project.slug}`), 'lane').expect(200);
    expect(telegram.callsOf('sendMessage', chat).length).toBeGreaterThan(0);
  });

  it('answers Max updates with wrongly typed fields 200, ignores and counts them', async () => {
    const user = nextChat++;
    const started = mx.botStarted(user, `help_${shop.project.slug}`);
    const text = mx.text(user, 'hello');
    const file = mx.media(user, 'file', 'https://files.example.com/a', { filename: 'a.pdf', size: 10 });
    const callback = mx.callback(user, 'm:new', 'mid.bot.1');
    await expectAllIgnored('max', [
      ['update_type a number', withField(text, 'update_type', 42)],
      ['timestamp a string', withField(text, 'timestamp', 'now')],
      ['user_id a string', withField(started, 'user.user_id', String(user))],
      ['user_id huge', withField(started, 'user.user_id', 2 ** 64)],
      ['bot_started without a user', withField(started, 'user', undefined)],
      ['payload an object', withField(started, 'payload', { a: 1 })],
      ['message a number', withField(text, 'message', 5)],
      ['sender a string', withField(text, 'message.sender', 'ivan')],
      ['sender missing', withField(text, 'message.sender', undefined)],
      ['mid a number', withField(text, 'message.body.mid', 5)],
      ['text an object', withField(text, 'message.body.text', { a: 1 })],
      ['attachments not an array', withField(file, 'message.body.attachments', 'file')],
      ['attachment url a number', withField(file, 'message.body.attachments', [{ type: 'file', payload: { url: 5 } }])],
      ['attachment size a string', withField(file, 'message.body.attachments', [{ type: 'file', size: '10' }])],
      ['callback a string', withField(callback, 'callback', 'press')],
      ['callback payload an object', withField(callback, 'callback.payload', { a: 1 })],
      ['callback user missing', withField(callback, 'callback.user', undefined)],
      ['user_locale a number', withField(text, 'user_locale', 5)],
      ['an array', [text]],
    ]);
    expect(max.sentTo(user)).toHaveLength(0);
  });

  it('acknowledges a well-formed update the bot does not serve, counted as unsupported', async () => {
    const user = nextChat++;
    const before = await ignored('max', 'unsupported');
    await post('max', { update_type: 'user_added', timestamp: Date.now(), chat_id: 5 }, 'lane').expect(200);
    // An attachment type named like an Object property is no media kind.
    const odd = withField(mx.text(user, ''), 'message.body.attachments', [
      { type: 'constructor', payload: { url: 'https://files.example.com/x' } },
    ]);
    await post('max', odd, 'lane').expect(200);
    expect(await ignored('max', 'unsupported')).toBe(before + 2);
    const group = withField(tg.text(nextChat++, 'hi'), 'message.chat', { id: -5, type: 'group' });
    const telegramBefore = await ignored('telegram', 'unsupported');
    await post('telegram', group, 'express').expect(200);
    expect(await ignored('telegram', 'unsupported')).toBe(telegramBefore + 1);
  });
});
