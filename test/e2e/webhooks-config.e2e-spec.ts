import request from 'supertest';
import { WEBHOOK_EVENTS } from '../../src/webhooks/webhook-events.js';
import { useTestApp } from '../helpers/test-app.js';

describe('webhook configuration (GET/PUT/DELETE /v1/webhook)', () => {
  const ctx = useTestApp({ WORKERS_ENABLED: 'false' });

  it('creates the webhook with a generated secret, shows it on GET, and keeps it on updates', async () => {
    const { api } = await ctx.project();
    await api.get('/v1/webhook').expect(404);

    const created = (await api.put('/v1/webhook', { url: 'https://example.com/hook' }).expect(200)).body;
    expect(created).toEqual({
      url: 'https://example.com/hook',
      events: [...WEBHOOK_EVENTS],
      secret: expect.stringMatching(/^zn_whsec_[A-Za-z0-9_-]{32}$/),
      enabled: true,
      disabled_reason: null,
      created_at: expect.any(String),
      updated_at: expect.any(String),
    });
    expect((await api.get('/v1/webhook').expect(200)).body).toEqual(created);
    // The delivery log says a webhook is set (the console reads it before asking for the webhook itself).
    expect((await api.get('/v1/webhook/deliveries').expect(200)).body.webhook_configured).toBe(true);

    const updated = (
      await api
        .put('/v1/webhook', {
          url: 'http://example.org/other',
          events: ['ticket.closed', 'ticket.created', 'ticket.closed'],
        })
        .expect(200)
    ).body;
    expect(updated).toEqual(
      expect.objectContaining({
        url: 'http://example.org/other',
        events: ['ticket.closed', 'ticket.created'],
        secret: created.secret,
        created_at: created.created_at,
      }),
    );

    // Omitting events again means every event.
    expect((await api.put('/v1/webhook', { url: 'https://example.com/hook' }).expect(200)).body.events).toEqual([
      ...WEBHOOK_EVENTS,
    ]);

    await api.delete('/v1/webhook').expect(204);
    await api.get('/v1/webhook').expect(404);
    await api.delete('/v1/webhook').expect(404);

    // A new webhook after deletion gets a new secret.
    const recreated = (await api.put('/v1/webhook', { url: 'https://example.com/hook' }).expect(200)).body;
    expect(recreated.secret).not.toBe(created.secret);
  });

  it('keeps projects apart', async () => {
    const first = await ctx.project();
    const second = await ctx.project();
    await first.api.put('/v1/webhook', { url: 'https://example.com/first' }).expect(200);
    await second.api.get('/v1/webhook').expect(404);
    await second.api.delete('/v1/webhook').expect(404);
    await second.api.put('/v1/webhook', { url: 'https://example.com/second' }).expect(200);
    expect((await first.api.get('/v1/webhook').expect(200)).body.url).toBe('https://example.com/first');
  });

  it('rejects malformed bodies with 400', async () => {
    const { api } = await ctx.project();
    for (const body of [
      {},
      { url: 42 },
      { url: null },
      { url: 'https://example.com/h', events: 'ticket.created' },
      { url: 'https://example.com/h', events: ['ticket.exploded'] },
      { url: 'https://example.com/h', events: [1] },
      { url: 'https://example.com/h', events: null },
      { url: 'https://example.com/h', extra: true },
    ]) {
      const response = await api.put('/v1/webhook', body);
      expect({ body, status: response.status }).toEqual({ body, status: 400 });
      expect(response.body).toEqual(expect.objectContaining({ error: expect.any(String), retryable: false }));
    }
    const server = ctx.app.getHttpServer();
    await request(server)
      .put('/v1/webhook')
      .set('Authorization', 'Bearer zn_live_00000000000000000000000000000000')
      .send({ url: 'https://example.com' })
      .expect(401);
  });

  it('rejects well-formed but invalid values with 422', async () => {
    const { api } = await ctx.project();
    for (const body of [
      { url: 'ftp://example.com/hook' },
      { url: 'javascript:alert(1)' },
      { url: 'not a url' },
      { url: '' },
      { url: `https://example.com/${'a'.repeat(2100)}` },
      { url: 'https://example.com/h', events: [] },
    ]) {
      const response = await api.put('/v1/webhook', body);
      expect({ body, status: response.status }).toEqual({ body, status: 422 });
      expect(response.body.retryable).toBe(false);
    }
    await api.get('/v1/webhook').expect(404);
  });

  it('validates the delivery log query', async () => {
    const { api } = await ctx.project();
    expect((await api.get('/v1/webhook/deliveries').expect(200)).body).toEqual({
      deliveries: [],
      webhook_configured: false,
    });
    await api.get('/v1/webhook/deliveries?limit=100&status=failed&event=ticket.closed').expect(200);
    await api.get('/v1/webhook/deliveries?limit=0').expect(422);
    await api.get('/v1/webhook/deliveries?limit=101').expect(422);
    await api.get('/v1/webhook/deliveries?limit=abc').expect(400);
    await api.get('/v1/webhook/deliveries?status=pending').expect(400);
    await api.get('/v1/webhook/deliveries?event=ticket.nope').expect(400);
    await api.get('/v1/webhook/deliveries?event_id=123').expect(400);
    await api.get('/v1/webhook/deliveries?colour=red').expect(400);
  });
});
