import { createHmac } from 'node:crypto';
import { DataSource } from 'typeorm';
import { UnansweredTicketsService } from '../../src/unanswered/unanswered-tickets.service.js';
import { type TestProject, useTestApp } from '../helpers/test-app.js';
import { createTicket, NO_SUCH_ID, subscribeChat } from '../helpers/tickets.js';
import { waitFor, useWebhookReceiver, type ReceivedWebhook } from '../helpers/webhook-receiver.js';

describe('ticket webhooks, CSAT, SLA report and the unanswered-ticket check', () => {
  const ctx = useTestApp();
  const receiver = useWebhookReceiver();
  let db: DataSource;

  beforeAll(async () => {
    db = ctx.app.get(DataSource);
  });

  async function tenantWithWebhook(): Promise<TestProject & { secret: string }> {
    const tenant = await ctx.project();
    const { body } = await tenant.api.put('/v1/webhook', { url: receiver.url }).expect(200);
    return { ...tenant, secret: body.secret };
  }

  const eventsOf = (ticketId: string): ReceivedWebhook[] =>
    receiver.received.filter((request) => request.body.data.id === ticketId);
  const names = (ticketId: string) => eventsOf(ticketId).map((request) => request.body.event);
  const waitForEvent = (ticketId: string, event: string, count = 1) =>
    waitFor(
      () => eventsOf(ticketId).filter((request) => request.body.event === event).length >= count,
      `${count}× ${event} of ${ticketId}`,
    );

  it('delivers ticket.created from a real ticket, verifiable with the docs’ snippet, data = the ticket', async () => {
    const tenant = await tenantWithWebhook();
    const ticket = await createTicket(tenant.api, { subject: 'Login issue', first_name: 'John', username: 'ivan_p' });
    await waitForEvent(ticket.id, 'ticket.created');
    const [request] = eventsOf(ticket.id);
    expect(request.headers['x-zapnoty-signature']).toBe(
      createHmac('sha256', tenant.secret).update(JSON.stringify(request.body)).digest('hex'),
    );
    expect(request.body.data).toEqual(ticket);
    expect(request.headers['x-zapnoty-event']).toBe('ticket.created');
  });

  it('fires ticket.closed besides ticket.status_changed, in order, for one ticket', async () => {
    const tenant = await tenantWithWebhook();
    const ticket = await createTicket(tenant.api);
    await tenant.api.post(`/v1/helpdesk/tickets/${ticket.id}/reply`, { text: 'Looking into it' }).expect(201);
    await tenant.api
      .post(`/v1/helpdesk/tickets/${ticket.id}/reply`, { text: 'internal note', internal: true })
      .expect(201);
    await tenant.api.patch(`/v1/helpdesk/tickets/${ticket.id}/status`, { status: 'closed' }).expect(200);
    await waitForEvent(ticket.id, 'ticket.closed');
    expect(names(ticket.id)).toEqual([
      'ticket.created',
      'ticket.replied',
      'ticket.status_changed',
      'ticket.status_changed',
      'ticket.closed',
    ]);
    const changes = eventsOf(ticket.id).filter((request) => request.body.event === 'ticket.status_changed');
    expect(changes.map((request) => [request.body.data.from, request.body.data.to])).toEqual([
      ['new', 'in_progress'],
      ['in_progress', 'closed'],
    ]);
    expect(eventsOf(ticket.id).at(-1)!.body.data).toEqual(
      expect.objectContaining({ status: 'closed', closed_at: expect.any(String) }),
    );
  });

  describe('POST /v1/helpdesk/tickets/{id}/csat', () => {
    it('rates a closed ticket once per closing and fires ticket.csat_received', async () => {
      const tenant = await tenantWithWebhook();
      const ticket = await createTicket(tenant.api);
      const rate = (body: object) => tenant.api.post(`/v1/helpdesk/tickets/${ticket.id}/csat`, body);

      expect((await rate({ rating: 5 }).expect(409)).body).toEqual({
        error: expect.stringContaining('closed'),
        retryable: false,
        code: 'ticket_not_closed',
      });
      await tenant.api.patch(`/v1/helpdesk/tickets/${ticket.id}/status`, { status: 'closed' }).expect(200);

      await rate({ rating: 0 }).expect(422);
      await rate({ rating: 6 }).expect(422);
      await rate({ rating: 4.5 }).expect(400);
      await rate({ rating: '5' }).expect(400);
      await rate({}).expect(400);
      await rate({ rating: 5, comment: 'x' }).expect(400);

      const rated = (await rate({ rating: 5 }).expect(201)).body;
      expect(rated).toEqual(expect.objectContaining({ id: ticket.id, csat_rating: 5, status: 'closed' }));
      expect((await tenant.api.get(`/v1/helpdesk/tickets/${ticket.id}`).expect(200)).body.csat_rating).toBe(5);
      expect((await rate({ rating: 1 }).expect(409)).body.error).toContain('already been rated');
      await waitForEvent(ticket.id, 'ticket.csat_received');
      expect(eventsOf(ticket.id).find((request) => request.body.event === 'ticket.csat_received')!.body.data).toEqual(
        expect.objectContaining({ csat_rating: 5 }),
      );

      // Reopened and closed again: a new closing may be rated.
      await tenant.api.patch(`/v1/helpdesk/tickets/${ticket.id}/status`, { status: 'in_progress' }).expect(200);
      await rate({ rating: 2 }).expect(409);
      await tenant.api.patch(`/v1/helpdesk/tickets/${ticket.id}/status`, { status: 'closed' }).expect(200);
      expect((await rate({ rating: 3 }).expect(201)).body.csat_rating).toBe(3);
      await rate({ rating: 3 }).expect(409);
      await waitForEvent(ticket.id, 'ticket.csat_received', 2);
    });

    it('is 404 for another project’s, unknown or malformed ticket ids and 409 for messenger tickets', async () => {
      const tenant = await tenantWithWebhook();
      const other = await ctx.project();
      const foreign = await createTicket(other.api);
      await other.api.patch(`/v1/helpdesk/tickets/${foreign.id}/status`, { status: 'closed' }).expect(200);
      await tenant.api.post(`/v1/helpdesk/tickets/${foreign.id}/csat`, { rating: 5 }).expect(404);
      await tenant.api.post(`/v1/helpdesk/tickets/${NO_SUCH_ID}/csat`, { rating: 5 }).expect(404);
      await tenant.api.post('/v1/helpdesk/tickets/not-a-uuid/csat', { rating: 5 }).expect(404);
      expect((await other.api.get(`/v1/helpdesk/tickets/${foreign.id}`).expect(200)).body.csat_rating).toBeNull();

      await subscribeChat(ctx.app, tenant.project.id, 4242);
      const telegram = await createTicket(tenant.api, { channel: 'telegram', chat_id: 4242 });
      await tenant.api.patch(`/v1/helpdesk/tickets/${telegram.id}/status`, { status: 'closed' }).expect(200);
      await tenant.api.post(`/v1/helpdesk/tickets/${telegram.id}/csat`, { rating: 5 }).expect(409);
    });
  });

  describe('GET /v1/helpdesk/sla', () => {
    it('reports averages, breaches (open tickets past due count) and CSAT of tickets created in range', async () => {
      const tenant = await ctx.project();
      await tenant.api.put('/v1/helpdesk/settings', { sla_first_reply_hours: 1, sla_resolve_hours: 10 }).expect(200);
      const hoursAgo = async (id: string, hours: number) =>
        db.query(`UPDATE ticket SET created_at = now() - $2 * interval '1 hour' WHERE id = $1`, [id, hours]);

      // Replied within the hour and closed within 10 h; rated 4.
      const fast = await createTicket(tenant.api);
      await tenant.api.post(`/v1/helpdesk/tickets/${fast.id}/reply`, { text: 'hi' }).expect(201);
      await tenant.api.patch(`/v1/helpdesk/tickets/${fast.id}/status`, { status: 'closed' }).expect(200);
      await tenant.api.post(`/v1/helpdesk/tickets/${fast.id}/csat`, { rating: 4 }).expect(201);
      // Open, never replied, created 2 h ago: first reply already breached, resolution not yet.
      const waiting = await createTicket(tenant.api);
      await hoursAgo(waiting.id, 2);
      // Open, created 11 h ago: both breached.
      const stale = await createTicket(tenant.api);
      await hoursAgo(stale.id, 11);

      const { body } = await tenant.api.get('/v1/helpdesk/sla').expect(200);
      expect(body).toEqual({
        thresholds: { sla_first_reply_hours: 1, sla_resolve_hours: 10 },
        from: null,
        to: null,
        tickets_total: 3,
        tickets_closed: 1,
        avg_first_response_seconds: expect.any(Number),
        avg_resolution_seconds: expect.any(Number),
        first_reply_breached: 2,
        resolve_breached: 1,
        csat_average: 4,
        csat_ratings: 1,
      });
      expect(body.avg_first_response_seconds).toBeLessThan(3600);

      // Only the last hour: the fresh ticket alone.
      const since = new Date(Date.now() - 3_600_000).toISOString();
      const recent = (await tenant.api.get(`/v1/helpdesk/sla?from=${since}`).expect(200)).body;
      expect(recent).toEqual(
        expect.objectContaining({ tickets_total: 1, first_reply_breached: 0, resolve_breached: 0, from: since }),
      );
      const today = new Date().toISOString().slice(0, 10);
      expect(
        (await tenant.api.get(`/v1/helpdesk/sla?from=2020-01-01&to=${today}`).expect(200)).body.tickets_total,
      ).toBe(3);
      expect((await tenant.api.get('/v1/helpdesk/sla?to=2020-01-01').expect(200)).body).toEqual(
        expect.objectContaining({ tickets_total: 0, csat_average: null, avg_first_response_seconds: null }),
      );

      // Another project sees none of it.
      const other = await ctx.project();
      expect((await other.api.get('/v1/helpdesk/sla').expect(200)).body).toEqual(
        expect.objectContaining({
          tickets_total: 0,
          thresholds: { sla_first_reply_hours: null, sla_resolve_hours: null },
        }),
      );
    });

    it('validates the range', async () => {
      const tenant = await ctx.project();
      await tenant.api.get('/v1/helpdesk/sla?from=yesterday').expect(400);
      await tenant.api.get('/v1/helpdesk/sla?to=2026-13-45').expect(400);
      await tenant.api.get('/v1/helpdesk/sla?days=3').expect(400);
      const error = await tenant.api.get('/v1/helpdesk/sla?from=2026-02-01&to=2026-01-01').expect(422);
      expect(error.body).toEqual({ error: expect.any(String), retryable: false, code: 'invalid_date_range' });
    });
  });

  describe('ticket.unanswered_24h', () => {
    const unanswered = () => ctx.app.get(UnansweredTicketsService);
    /** Moves a ticket's latest customer message `hours` into the past. */
    const ageLastMessage = async (ticketId: string, hours: number) => {
      await db.query(`UPDATE ticket SET last_message_at = last_message_at - $2 * interval '1 hour' WHERE id = $1`, [
        ticketId,
        hours,
      ]);
      await db.query(
        `UPDATE ticket_message SET created_at = created_at - $2 * interval '1 hour'
          WHERE id = (SELECT id FROM ticket_message WHERE ticket_id = $1 ORDER BY created_at DESC LIMIT 1)`,
        [ticketId, hours],
      );
    };

    it('fires once per unanswered customer message older than the project threshold', async () => {
      const tenant = await tenantWithWebhook();
      await tenant.api.put('/v1/helpdesk/settings', { helpdesk_unanswered_hours: 12 }).expect(200);
      const old = await createTicket(tenant.api);
      const young = await createTicket(tenant.api);
      const answered = await createTicket(tenant.api);
      await tenant.api.post(`/v1/helpdesk/tickets/${answered.id}/reply`, { text: 'on it' }).expect(201);
      const closed = await createTicket(tenant.api);
      await tenant.api.patch(`/v1/helpdesk/tickets/${closed.id}/status`, { status: 'closed' }).expect(200);
      await ageLastMessage(old.id, 13);
      await ageLastMessage(young.id, 11);
      await ageLastMessage(answered.id, 13);
      await ageLastMessage(closed.id, 13);

      const fired = await unanswered().check();
      expect(fired).toBeGreaterThanOrEqual(1);
      await waitForEvent(old.id, 'ticket.unanswered_24h');
      expect(await unanswered().check()).toBe(0);
      for (const ticket of [young, answered, closed]) expect(names(ticket.id)).not.toContain('ticket.unanswered_24h');
      const alert = eventsOf(old.id).find((request) => request.body.event === 'ticket.unanswered_24h')!;
      expect(alert.body.data).toEqual(
        expect.objectContaining({ id: old.id, last_message_from: 'customer', status: 'new' }),
      );

      // A later customer message that also goes unanswered fires again; an internal note changes nothing.
      await tenant.api.post(`/v1/helpdesk/tickets/${old.id}/reply`, { text: 'note', internal: true }).expect(201);
      expect(await unanswered().check()).toBe(0);
      await tenant.api.post(`/v1/helpdesk/tickets/${old.id}/customer-reply`, { text: 'Hello?' }).expect(201);
      expect(await unanswered().check()).toBe(0);
      await ageLastMessage(old.id, 13);
      expect(await unanswered().check()).toBeGreaterThanOrEqual(1);
      await waitForEvent(old.id, 'ticket.unanswered_24h', 2);
      expect(await unanswered().check()).toBe(0);
      expect(names(old.id).filter((name) => name === 'ticket.unanswered_24h')).toHaveLength(2);
    });

    it('does nothing for a project with the check turned off', async () => {
      const tenant = await tenantWithWebhook();
      await tenant.api.put('/v1/helpdesk/settings', { helpdesk_unanswered_hours: null }).expect(200);
      const ticket = await createTicket(tenant.api);
      await ageLastMessage(ticket.id, 100);
      await unanswered().check();
      const [{ count }] = await db.query(
        `SELECT count(*)::int AS count FROM outbox_event WHERE aggregate_id = $1
           AND event_type = 'ticket.unanswered_24h'`,
        [ticket.id],
      );
      expect(count).toBe(0);
    });
  });
});
