import { DataSource } from 'typeorm';
import { useTestApp } from '../helpers/test-app.js';

describe('POST /v1/helpdesk/request and its status', () => {
  const ctx = useTestApp({ TELEGRAM_BOT_USERNAME: 'acme_support_bot', MAX_BOT_USERNAME: 'acme_max_bot' });
  const tenant = ctx.useProject('Acme');
  const other = ctx.useProject('Other');

  it('returns a 16-character request id and both deep links when no channel is given', async () => {
    const response = await tenant.api.post('/v1/helpdesk/request', {}).expect(201);
    expect(response.body).toEqual({
      request_id: expect.stringMatching(/^[A-Za-z0-9]{16}$/),
      telegram_link: `https://t.me/acme_support_bot?start=hdreq_${response.body.request_id}`,
      max_link: `https://max.ru/acme_max_bot?start=hdreq_${response.body.request_id}`,
      expires_in: 900,
    });
  });

  it('returns only the chosen channel link', async () => {
    const telegram = await tenant.api.post('/v1/helpdesk/request', { channel: 'telegram' }).expect(201);
    expect(Object.keys(telegram.body).sort()).toEqual(['expires_in', 'request_id', 'telegram_link']);
    const max = await tenant.api.post('/v1/helpdesk/request', { channel: 'max' }).expect(201);
    expect(Object.keys(max.body).sort()).toEqual(['expires_in', 'max_link', 'request_id']);
  });

  it('gives different ids to different requests', async () => {
    const a = await tenant.api.post('/v1/helpdesk/request', {}).expect(201);
    const b = await tenant.api.post('/v1/helpdesk/request', {}).expect(201);
    expect(a.body.request_id).not.toEqual(b.body.request_id);
  });

  it.each([
    [{ channel: 'sms' }, 400],
    [{ channel: 5 }, 400],
    [{ channel: null }, 400],
    [{ ticket_type_id: 'not-a-uuid' }, 400],
    [{ unknown_field: true }, 400],
  ])('rejects %j with %i', async (body, status) => {
    const response = await tenant.api.post('/v1/helpdesk/request', body).expect(status);
    expect(response.body).toMatchObject({ error: expect.any(String), retryable: false });
  });

  it('rejects malformed JSON with 400', async () => {
    const response = await tenant.api
      .post('/v1/helpdesk/request')
      .set('Content-Type', 'application/json')
      .send('{"channel":')
      .expect(400);
    expect(response.body.retryable).toBe(false);
  });

  it('runs without a Telegram bot: the webhook route answers 404', async () => {
    const { default: request } = await import('supertest');
    const response = await request(ctx.app.getHttpServer())
      .post('/telegram/webhook')
      .set('X-Telegram-Bot-Api-Secret-Token', 'x')
      .send({ update_id: 1 })
      .expect(404);
    expect(response.body).toEqual({
      error: 'telegram bot not found',
      retryable: false,
      code: 'messenger_bot_disabled',
    });
  });

  it('needs an API key', async () => {
    const { default: request } = await import('supertest');
    await request(ctx.app.getHttpServer()).post('/v1/helpdesk/request').send({}).expect(401);
  });

  it('starts pending and keeps the pre-selected ticket type', async () => {
    const typeId = (await tenant.api.post('/v1/helpdesk/ticket-types', { name: 'Billing' }).expect(201)).body.id;
    const created = await tenant.api.post('/v1/helpdesk/request', { ticket_type_id: typeId }).expect(201);
    const status = await tenant.api.get(`/v1/helpdesk/request/${created.body.request_id}/status`).expect(200);
    expect(status.body).toEqual({ status: 'pending' });
    const rows = await ctx.app
      .get(DataSource)
      .query('SELECT ticket_type_id FROM helpdesk_request WHERE id = $1', [created.body.request_id]);
    expect(rows[0].ticket_type_id).toBe(typeId);
  });

  it("refuses a ticket type that is unknown, disabled or another project's with 422", async () => {
    const foreign = (await other.api.post('/v1/helpdesk/ticket-types', { name: 'Theirs' }).expect(201)).body.id;
    const disabled = (await tenant.api.post('/v1/helpdesk/ticket-types', { name: 'Old' }).expect(201)).body.id;
    await tenant.api.put(`/v1/helpdesk/ticket-types/${disabled}`, { enabled: false }).expect(200);
    for (const id of [foreign, disabled, '3f2b8c1e-4d5a-4b6c-8d7e-9f0a1b2c3d4e']) {
      const response = await tenant.api.post('/v1/helpdesk/request', { ticket_type_id: id }).expect(422);
      expect(response.body).toMatchObject({ error: expect.any(String), retryable: false });
    }
  });

  it('reads as expired after 15 minutes', async () => {
    const created = await tenant.api.post('/v1/helpdesk/request', {}).expect(201);
    await ctx.app
      .get(DataSource)
      .query(`UPDATE helpdesk_request SET expires_at = now() - interval '1 second' WHERE id = $1`, [
        created.body.request_id,
      ]);
    const status = await tenant.api.get(`/v1/helpdesk/request/${created.body.request_id}/status`).expect(200);
    expect(status.body).toEqual({ status: 'expired' });
  });

  it("answers 404 for an unknown id, a malformed id and another project's request", async () => {
    const created = await tenant.api.post('/v1/helpdesk/request', {}).expect(201);
    for (const path of [
      '/v1/helpdesk/request/AAAAAAAAAAAAAAAA/status',
      '/v1/helpdesk/request/short/status',
      '/v1/helpdesk/request/%27%3B--/status',
    ]) {
      const response = await tenant.api.get(path).expect(404);
      expect(response.body).toEqual({
        error: 'helpdesk request not found',
        retryable: false,
        code: 'helpdesk_request_not_found',
      });
    }
    const foreign = await other.api.get(`/v1/helpdesk/request/${created.body.request_id}/status`).expect(404);
    expect(foreign.body).toEqual({
      error: 'helpdesk request not found',
      retryable: false,
      code: 'helpdesk_request_not_found',
    });
  });

  it('answers 403 when the helpdesk is disabled or customers may not create tickets', async () => {
    const project = await ctx.project('Closed');
    await project.api.put('/v1/helpdesk/settings', { helpdesk_allow_create: false }).expect(200);
    expect((await project.api.post('/v1/helpdesk/request', {}).expect(403)).body).toEqual({
      error: expect.any(String),
      retryable: false,
      code: 'ticket_creation_disabled',
    });
    await project.api
      .put('/v1/helpdesk/settings', { helpdesk_allow_create: true, helpdesk_enabled: false })
      .expect(200);
    await project.api.post('/v1/helpdesk/request', { channel: 'telegram' }).expect(403);
    await project.api.put('/v1/helpdesk/settings', { helpdesk_enabled: true }).expect(200);
    await project.api.post('/v1/helpdesk/request', { channel: 'telegram' }).expect(201);
  });
});
