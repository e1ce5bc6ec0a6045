import request from 'supertest';
import { FakeTelegram } from '../helpers/fake-telegram.js';
import { TelegramUpdates } from '../helpers/telegram-updates.js';
import { useTestApp } from '../helpers/test-app.js';

describe('Telegram bot in long-polling mode', () => {
  const fake = new FakeTelegram();
  const ctx = useTestApp(async () => ({
    TELEGRAM_BOT_TOKEN: '654321:polling-token',
    TELEGRAM_API_ROOT: await fake.start(),
    TELEGRAM_MODE: 'polling',
    TELEGRAM_WEBHOOK_SECRET: 'unused-secret',
    WORKERS_ENABLED: 'false',
  }));
  const updates = new TelegramUpdates();

  afterAll(async () => {
    await fake.stop();
  });

  it('drops any webhook, polls getUpdates and answers a help deep link', async () => {
    const { project } = await ctx.project('Polled');
    const chat = 880_000 + Math.floor(Math.random() * 10_000);
    fake.pushUpdate(updates.start(chat, `help_${project.slug}`));
    const reply = await fake.waitFor(
      (call) => call.method === 'sendMessage' && String(call.body.chat_id) === String(chat),
    );
    expect(reply.body.text).toBe('Hello! Please describe your issue.');
    expect(fake.callsOf('deleteWebhook')).toHaveLength(1);
    expect(fake.callsOf('setWebhook')).toHaveLength(0);
    // The next poll asks for the updates after the one handled.
    const next = await fake.waitFor((call) => call.method === 'getUpdates' && Number(call.body.offset) > 0);
    expect(Number(next.body.offset)).toBeGreaterThan(0);
  });

  it('skips a malformed polled update (counted as ignored) and serves the next one', async () => {
    const { project } = await ctx.project('Polled Malformed');
    const chat = 870_000 + Math.floor(Math.random() * 10_000);
    const metric = /^zapnoty_messenger_updates_ignored_total\{channel="telegram",reason="malformed"\} (\d+)$/m;
    const ignored = async () =>
      Number(metric.exec((await request(ctx.app.getHttpServer()).get('/metrics').expect(200)).text)?.[1] ?? -1);
    const before = await ignored();
    expect(before).toBeGreaterThanOrEqual(0);
    const malformed = updates.text(chat, 'bad');
    malformed.message.chat.id = { nested: true };
    malformed.message.entities = 'not a list';
    fake.pushUpdate(malformed);
    fake.pushUpdate(updates.start(chat, `help_${project.slug}`));
    await fake.waitFor((call) => call.method === 'sendMessage' && String(call.body.chat_id) === String(chat));
    expect(await ignored()).toBe(before + 1);
    await fake.waitFor((call) => call.method === 'getUpdates' && Number(call.body.offset) > malformed.update_id);
  });

  it('still accepts nothing on the webhook without the right secret', async () => {
    await request(ctx.app.getHttpServer()).post('/telegram/webhook').send(updates.text(1, 'x')).expect(401);
  });
});
