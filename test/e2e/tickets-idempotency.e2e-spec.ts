import { DataSource } from 'typeorm';
import { IdempotencyService } from '../../src/tickets/idempotency.service.js';
import { useTestApp } from '../helpers/test-app.js';
import { createTicket, outboxEvents } from '../helpers/tickets.js';

describe('Idempotency-Key on ticket creation and replies', () => {
  const ctx = useTestApp();
  const tenant = ctx.useProject();

  const create = (key: string, body: object) =>
    tenant.api.post('/v1/helpdesk/tickets', body).set('Idempotency-Key', key);

  it('replays the first status and body for the same key and body, creating nothing more', async () => {
    const first = await create('create-1', { text: 'help', subject: 'Login' }).expect(201);
    const eventsAfterFirst = (await outboxEvents(ctx.app, tenant.project.id)).length;
    // Same body, keys in another order: still the same request.
    const again = await create('create-1', { subject: 'Login', text: 'help' }).expect(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers['idempotent-replayed']).toBe('true');
    const list = await tenant.api.get('/v1/helpdesk/tickets').expect(200);
    expect(list.body.total).toBe(1);
    expect((await outboxEvents(ctx.app, tenant.project.id)).length).toBe(eventsAfterFirst);
  });

  it('answers 422 for the same key with another body', async () => {
    await create('create-2', { text: 'one' }).expect(201);
    const response = await create('create-2', { text: 'two' }).expect(422);
    expect(response.body).toEqual({
      error: expect.stringContaining('Idempotency-Key'),
      retryable: false,
      code: 'idempotency_key_reused',
    });
  });

  it('answers 409 while the first request with the key is still running', async () => {
    const project = tenant.project;
    const idempotency = ctx.app.get(IdempotencyService);
    let release!: () => void;
    const blocker = new Promise<void>((resolve) => (release = resolve));
    const running = idempotency.run(
      project,
      'create-3',
      { route: 'POST /v1/helpdesk/tickets', body: { text: 'slow' } },
      201,
      async () => {
        await blocker;
        return { done: true };
      },
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    const response = await create('create-3', { text: 'slow' }).expect(409);
    expect(response.body).toEqual({
      error: expect.stringContaining('in progress'),
      retryable: true,
      code: 'idempotency_in_progress',
    });
    expect(response.headers['retry-after']).toBe('1');
    release();
    await running;
  });

  it('frees the key when the first request fails, so a corrected retry works', async () => {
    const ticket = await createTicket(tenant.api);
    const reply = (body: object) =>
      tenant.api.post(`/v1/helpdesk/tickets/${ticket.id}/reply`, body).set('Idempotency-Key', 'reply-fail');
    await reply({ text: 'hi', member_id: '00000000-0000-4000-8000-000000000000' }).expect(422);
    const ok = await reply({ text: 'hi' }).expect(201);
    const replayed = await reply({ text: 'hi' }).expect(201);
    expect(replayed.body).toEqual(ok.body);
    const messages = (await tenant.api.get(`/v1/helpdesk/tickets/${ticket.id}`).expect(200)).body.messages;
    expect(messages).toHaveLength(2);
  });

  it('keeps keys per route and per project', async () => {
    const ticket = await createTicket(tenant.api);
    await tenant.api
      .post(`/v1/helpdesk/tickets/${ticket.id}/reply`, { text: 'same' })
      .set('Idempotency-Key', 'shared')
      .expect(201);
    // The same key on another route is another request body → 422.
    await tenant.api
      .post(`/v1/helpdesk/tickets/${ticket.id}/customer-reply`, { text: 'same' })
      .set('Idempotency-Key', 'shared')
      .expect(422);
    const stranger = await ctx.project();
    const theirs = await stranger.api
      .post('/v1/helpdesk/tickets', { text: 'same' })
      .set('Idempotency-Key', 'shared')
      .expect(201);
    expect(theirs.body.ticket_number).toBe(1);
  });

  it('replays customer replies too', async () => {
    const ticket = await createTicket(tenant.api);
    const send = () =>
      tenant.api
        .post(`/v1/helpdesk/tickets/${ticket.id}/customer-reply`, { text: 'ping' })
        .set('Idempotency-Key', 'cust-1');
    const first = await send().expect(201);
    expect((await send().expect(201)).body).toEqual(first.body);
    expect((await tenant.api.get(`/v1/helpdesk/tickets/${ticket.id}`)).body.messages).toHaveLength(2);
  });

  it('forgets keys after 24 hours: an expired key runs again and purging deletes it', async () => {
    const first = await create('old-key', { text: 'old' }).expect(201);
    const dataSource = ctx.app.get(DataSource);
    await dataSource.query(
      `UPDATE idempotency_key SET created_at = now() - interval '25 hours' WHERE project_id = $1 AND key = 'old-key'`,
      [tenant.project.id],
    );
    const second = await create('old-key', { text: 'old' }).expect(201);
    expect(second.body.id).not.toBe(first.body.id);
    await dataSource.query(
      `UPDATE idempotency_key SET created_at = now() - interval '25 hours' WHERE project_id = $1 AND key = 'old-key'`,
      [tenant.project.id],
    );
    expect(await ctx.app.get(IdempotencyService).purgeExpired()).toBeGreaterThanOrEqual(1);
    const left = await dataSource.query(`SELECT 1 FROM idempotency_key WHERE project_id = $1 AND key = 'old-key'`, [
      tenant.project.id,
    ]);
    expect(left).toEqual([]);
  });

  it('rejects a malformed key with 400', async () => {
    await create('x'.repeat(256), { text: 'long key' }).expect(400);
  });

  it('still validates the body first', async () => {
    await create('bad-body', { subject: 'no text' }).expect(400);
    await create('bad-body', { text: 'now valid' }).expect(201);
  });
});
