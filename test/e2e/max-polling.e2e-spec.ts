import request from 'supertest';
import { FakeMax, MaxUpdates } from '../helpers/fake-max.js';
import { useTestApp } from '../helpers/test-app.js';

const TOKEN = 'max-polling-token';

describe('Max bot in long-polling mode', () => {
  const fake = new FakeMax(TOKEN);
  const ctx = useTestApp(async () => ({
    MAX_BOT_TOKEN: TOKEN,
    MAX_API_ROOT: await fake.start(),
    MAX_MODE: 'polling',
    MAX_WEBHOOK_SECRET: 'unused-secret',
    WORKERS_ENABLED: 'false',
  }));
  const updates = new MaxUpdates();

  afterAll(async () => {
    await fake.stop();
  });

  it('polls GET /updates with the marker and answers a help deep link', async () => {
    const { project } = await ctx.project('Polled Max');
    const user = 990_000 + Math.floor(Math.random() * 10_000);
    fake.pushUpdate(updates.botStarted(user, `help_${project.slug}`));
    const reply = await fake.waitFor((call) => call.route === 'POST /messages' && call.query.user_id === String(user));
    expect(reply.body.text).toBe('Hello! Please describe your issue.');
    expect(fake.callsOf('POST /subscriptions')).toHaveLength(0);
    // The next poll passes the marker of the previous answer, so the handled update is not asked for again.
    const next = await fake.waitFor((call) => call.route === 'GET /updates' && Number(call.query.marker) > 0);
    expect(next.authorization).toBe(TOKEN);
    expect(next.query.types).toBe('bot_started,message_created,message_callback,message_edited');
  });

  it('skips malformed polled updates (counted as ignored) without stalling the loop', async () => {
    const { project } = await ctx.project('Polled Max Malformed');
    const user = 980_000 + Math.floor(Math.random() * 10_000);
    const metric = /^zapnoty_messenger_updates_ignored_total\{channel="max",reason="malformed"\} (\d+)$/m;
    const ignored = async () =>
      Number(metric.exec((await request(ctx.app.getHttpServer()).get('/metrics').expect(200)).text)?.[1] ?? -1);
    const before = await ignored();
    expect(before).toBeGreaterThanOrEqual(0);
    fake.pushUpdate(null as never);
    fake.pushUpdate({ ...updates.text(user, 'bad'), message: 'not a message' });
    fake.pushUpdate(updates.botStarted(user, `help_${project.slug}`));
    const reply = await fake.waitFor((call) => call.route === 'POST /messages' && call.query.user_id === String(user));
    expect(reply.body.text).toBe('Hello! Please describe your issue.');
    expect(await ignored()).toBe(before + 2);
  });

  it('still accepts nothing on the webhook without the right secret', async () => {
    await request(ctx.app.getHttpServer()).post('/max/webhook').send(updates.text(1, 'x')).expect(401);
  });
});
