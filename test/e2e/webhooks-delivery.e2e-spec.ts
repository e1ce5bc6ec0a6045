import { createHmac, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { emitWebhookEvent, emitWebhookEvents, outboxRow } from '../helpers/outbox-events.js';
import { TestProject, useTestApp } from '../helpers/test-app.js';
import { answer, useWebhookReceiver, waitFor, WebhookReceiver } from '../helpers/webhook-receiver.js';
import { sqlOfManager } from '../../src/common/database/sql.js';

describe('webhook delivery from the outbox', () => {
  // A short attempt timeout so the hanging-receiver case takes a second, not ten.
  const ctx = useTestApp({ WEBHOOK_TIMEOUT_MS: '1000' });
  const receiver = useWebhookReceiver();

  beforeEach(() => receiver.respondWith(answer(200)));

  async function projectWithWebhook(events?: string[]): Promise<TestProject & { secret: string }> {
    const project = await ctx.project();
    const response = await project.api
      .put('/v1/webhook', { url: receiver.url, ...(events ? { events } : {}) })
      .expect(200);
    return { ...project, secret: response.body.secret };
  }

  async function deliveries(project: TestProject, query = ''): Promise<Array<Record<string, unknown>>> {
    return (await project.api.get(`/v1/webhook/deliveries${query}`).expect(200)).body.deliveries;
  }

  it('delivers a committed event, signed so that the docs’ Node snippet verifies it', async () => {
    const project = await projectWithWebhook();
    const event = await emitWebhookEvent(ctx.app, project.project.id, {
      payload: { id: 'x', text: 'Ёлка — "ok" </script> \u2028' },
    });

    const [request] = (await waitFor(
      () => (receiver.forEvent(event.eventId).length ? receiver.forEvent(event.eventId) : null),
      'the delivery',
    ))!;
    // The documented verification, on the parsed body.
    const expected = createHmac('sha256', project.secret).update(JSON.stringify(request.body)).digest('hex');
    expect(request.headers['x-zapnoty-signature']).toBe(expected);
    expect(request.rawBody).toBe(JSON.stringify(request.body));
    expect(request.body).toEqual({
      event: 'ticket.created',
      timestamp: event.createdAt.toISOString(),
      data: { id: 'x', text: 'Ёлка — "ok" </script> \u2028' },
    });
    expect(request.headers['x-zapnoty-event']).toBe('ticket.created');
    expect(request.headers['content-type']).toBe('application/json');
    // A different secret does not verify.
    expect(createHmac('sha256', 'zn_whsec_wrong').update(request.rawBody).digest('hex')).not.toBe(
      request.headers['x-zapnoty-signature'],
    );

    await waitFor(async () => (await outboxRow(ctx.app, event.id)).status === 'done', 'the outbox row marked done');
    const log = await deliveries(project);
    expect(log).toEqual([
      expect.objectContaining({
        event_id: event.eventId,
        event: 'ticket.created',
        attempt: 1,
        status: 'success',
        status_code: 200,
        error: null,
        url: receiver.url,
        redelivery: false,
      }),
    ]);
  });

  it('stores an event the webhook does not want when it happens as skipped, never to be sent later', async () => {
    const project = await ctx.project();
    const beforeAnyWebhook = await emitWebhookEvent(ctx.app, project.project.id);
    await project.api.put('/v1/webhook', { url: receiver.url, events: ['ticket.closed'] }).expect(200);
    const notSubscribed = await emitWebhookEvent(ctx.app, project.project.id, { eventType: 'ticket.created' });
    // Decided in the writing transaction: nothing for a worker to claim.
    expect(await outboxRow(ctx.app, beforeAnyWebhook.id)).toEqual({
      status: 'skipped',
      attempts: 0,
      last_error: 'no webhook configured',
    });
    expect(await outboxRow(ctx.app, notSubscribed.id)).toEqual({
      status: 'skipped',
      attempts: 0,
      last_error: 'event not subscribed',
    });

    await project.api.put('/v1/webhook', { url: receiver.url, events: ['ticket.created'] }).expect(200);
    const wanted = await emitWebhookEvent(ctx.app, project.project.id);
    await waitFor(() => receiver.forEvent(wanted.eventId).length === 1, 'the event wanted when it happened');
    await waitFor(async () => (await outboxRow(ctx.app, wanted.id)).status === 'done', 'the outbox row marked done');
    expect(receiver.forEvent(beforeAnyWebhook.eventId)).toHaveLength(0);
    expect(receiver.forEvent(notSubscribed.eventId)).toHaveLength(0);
    expect((await deliveries(project)).map((delivery) => delivery.event_id)).toEqual([wanted.eventId]);
  });

  it('retries 500, 500, 500 after 1 s, 2 s and 4 s and delivers on the 4th attempt with one delivery id', async () => {
    const project = await projectWithWebhook();
    receiver.respondInSequence([500, 500, 500, 200]);
    const event = await emitWebhookEvent(ctx.app, project.project.id);

    await waitFor(
      async () => (await outboxRow(ctx.app, event.id)).status === 'done',
      'delivery on the 4th attempt',
      30_000,
    );
    const attempts = receiver.forEvent(event.eventId);
    expect(attempts).toHaveLength(4);
    expect(new Set(attempts.map((a) => a.headers['x-zapnoty-delivery']))).toEqual(new Set([event.eventId]));
    expect(new Set(attempts.map((a) => a.rawBody)).size).toBe(1);
    // Lower bounds only: the backoff waits at least 1 s, 2 s, 4 s between attempts.
    const gaps = attempts.slice(1).map((a, i) => a.receivedAt - attempts[i].receivedAt);
    expect(gaps[0]).toBeGreaterThanOrEqual(950);
    expect(gaps[1]).toBeGreaterThanOrEqual(1950);
    expect(gaps[2]).toBeGreaterThanOrEqual(3950);

    const log = await deliveries(project, `?event_id=${event.eventId}`);
    expect(log.map((d) => [d.attempt, d.status, d.status_code])).toEqual([
      [4, 'success', 200],
      [3, 'retrying', 500],
      [2, 'retrying', 500],
      [1, 'retrying', 500],
    ]);
    expect(await deliveries(project, '?status=retrying')).toHaveLength(3);
    expect(await deliveries(project, '?status=success&limit=1')).toHaveLength(1);
  }, 40_000);

  it('gives up after 4 attempts when the receiver keeps failing', async () => {
    const project = await projectWithWebhook();
    receiver.respondInSequence([503]);
    const event = await emitWebhookEvent(ctx.app, project.project.id);
    await waitFor(async () => (await outboxRow(ctx.app, event.id)).status === 'failed', 'the final failure', 30_000);
    expect(receiver.forEvent(event.eventId)).toHaveLength(4);
    const log = await deliveries(project, `?event_id=${event.eventId}`);
    expect(log.map((d) => d.status)).toEqual(['failed', 'retrying', 'retrying', 'retrying']);
    expect(log[0].error).toBe('HTTP 503');
  }, 40_000);

  it('does not retry a 400 but retries 408 and 429', async () => {
    const project = await projectWithWebhook();
    receiver.respondInSequence([400]);
    const rejected = await emitWebhookEvent(ctx.app, project.project.id);
    await waitFor(async () => (await outboxRow(ctx.app, rejected.id)).status === 'failed', 'the 400 to be final');
    expect(receiver.forEvent(rejected.eventId)).toHaveLength(1);
    expect(await deliveries(project, `?event_id=${rejected.eventId}`)).toEqual([
      expect.objectContaining({ attempt: 1, status: 'failed', status_code: 400 }),
    ]);

    receiver.respondInSequence([408, 429, 200]);
    const throttled = await emitWebhookEvent(ctx.app, project.project.id);
    await waitFor(
      async () => (await outboxRow(ctx.app, throttled.id)).status === 'done',
      '408 and 429 to be retried',
      15_000,
    );
    expect(receiver.forEvent(throttled.eventId)).toHaveLength(3);
  }, 30_000);

  it('treats a redirect as a failure and does not follow it', async () => {
    const project = await projectWithWebhook();
    const elsewhere = await WebhookReceiver.start();
    try {
      receiver.respondWith((request, response) => {
        if (receiver.forEvent(String(request.headers['x-zapnoty-delivery'])).length === 1)
          response.writeHead(302, { Location: elsewhere.url }).end();
        else response.writeHead(200).end();
      });
      const event = await emitWebhookEvent(ctx.app, project.project.id);
      await waitFor(async () => (await outboxRow(ctx.app, event.id)).status === 'done', 'the retry after the 302');
      expect(elsewhere.received).toHaveLength(0);
      const log = await deliveries(project, `?event_id=${event.eventId}`);
      expect(log.map((d) => [d.attempt, d.status, d.status_code])).toEqual([
        [2, 'success', 200],
        [1, 'retrying', 302],
      ]);
    } finally {
      await elsewhere.close();
    }
  });

  it('times out a receiver that does not answer and retries', async () => {
    const project = await projectWithWebhook();
    receiver.respondWith((request, response) => {
      // Every request of the event hangs for 15 s (longer than the 1 s timeout of this test ctx.app) until
      // a timed-out attempt is logged. Not "the first request received": another test file's server on
      // the same database may claim the row, send it and, shutting down, give the attempt back unlogged.
      void ctx.app
        .get(DataSource)
        .query(`SELECT count(*)::int AS timeouts FROM webhook_delivery WHERE event_id = $1 AND status = 'retrying'`, [
          String(request.headers['x-zapnoty-delivery']),
        ])
        .then(([row]: Array<{ timeouts: number }>) => {
          if (row.timeouts === 0) setTimeout(() => response.writeHead(200).end(), 15_000).unref();
          else response.writeHead(200).end();
        });
    });
    const event = await emitWebhookEvent(ctx.app, project.project.id);
    await waitFor(async () => (await outboxRow(ctx.app, event.id)).status === 'done', 'the retry after the timeout');
    const log = await deliveries(project, `?event_id=${event.eventId}`);
    // The timed-out attempt is usually this app's (1 s), but another test file's server on the same
    // database (10 s by default) may have claimed the row first: the timeout is then its own.
    expect(log.map((d) => [d.attempt, d.status, d.status_code, d.error])).toEqual([
      [2, 'success', 200, null],
      [1, 'retrying', null, expect.stringMatching(/^timeout after (1000|10000) ms$/)],
    ]);
  });

  it('disables the webhook when the receiver answers 410 and skips later events', async () => {
    const project = await projectWithWebhook();
    receiver.respondInSequence([410]);
    const gone = await emitWebhookEvent(ctx.app, project.project.id);
    await waitFor(async () => (await outboxRow(ctx.app, gone.id)).status === 'failed', 'the 410');
    expect(receiver.forEvent(gone.eventId)).toHaveLength(1);
    const webhook = (await project.api.get('/v1/webhook').expect(200)).body;
    expect(webhook).toEqual(expect.objectContaining({ enabled: false, disabled_reason: 'receiver answered 410 Gone' }));

    receiver.respondWith(answer(200));
    const later = await emitWebhookEvent(ctx.app, project.project.id);
    await waitFor(async () => (await outboxRow(ctx.app, later.id)).status === 'skipped', 'the event to be skipped');
    expect(receiver.forEvent(later.eventId)).toHaveLength(0);

    // PUT turns it back on, keeping the secret.
    const again = (await project.api.put('/v1/webhook', { url: receiver.url }).expect(200)).body;
    expect(again).toEqual(expect.objectContaining({ enabled: true, disabled_reason: null, secret: webhook.secret }));
    const after = await emitWebhookEvent(ctx.app, project.project.id);
    await waitFor(() => receiver.forEvent(after.eventId).length === 1, 'delivery after re-enabling');
  });

  it('skips events the webhook does not subscribe to, and everything when no webhook is set', async () => {
    const project = await projectWithWebhook(['ticket.closed']);
    const [unwanted, wanted] = await emitWebhookEvents(ctx.app, project.project.id, [
      { eventType: 'ticket.created' },
      { eventType: 'ticket.closed' },
    ]);
    await waitFor(() => receiver.forEvent(wanted.eventId).length === 1, 'the subscribed event');
    await waitFor(
      async () => (await outboxRow(ctx.app, unwanted.id)).status === 'skipped',
      'the unsubscribed event skipped',
    );
    expect(receiver.forEvent(unwanted.eventId)).toHaveLength(0);

    const bare = await ctx.project();
    const orphan = await emitWebhookEvent(ctx.app, bare.project.id);
    await waitFor(
      async () => (await outboxRow(ctx.app, orphan.id)).status === 'skipped',
      'the event without webhook skipped',
    );
    expect(receiver.forEvent(orphan.eventId)).toHaveLength(0);
  });

  it('delivers one ticket’s events in order even when an earlier one needs retries', async () => {
    const project = await projectWithWebhook();
    const ticketId = randomUUID();
    let first = true;
    receiver.respondWith((request, response) => {
      if (request.body.event === 'ticket.created' && first) {
        first = false;
        response.writeHead(503).end();
      } else response.writeHead(200).end();
    });
    const events = await emitWebhookEvents(ctx.app, project.project.id, [
      { eventType: 'ticket.created', aggregateId: ticketId },
      { eventType: 'ticket.replied', aggregateId: ticketId },
      { eventType: 'ticket.status_changed', aggregateId: ticketId },
      { eventType: 'ticket.closed', aggregateId: ticketId },
    ]);
    await waitFor(async () => (await outboxRow(ctx.app, events[3].id)).status === 'done', 'all four delivered');
    const ids = events.map((e) => e.eventId);
    const order = receiver.received
      .filter((r) => ids.includes(String(r.headers['x-zapnoty-delivery'])))
      .map((r) => r.body.event);
    expect(order).toEqual([
      'ticket.created',
      'ticket.created',
      'ticket.replied',
      'ticket.status_changed',
      'ticket.closed',
    ]);
  });

  it('redelivers a logged event on request, with the same delivery id, and logs the new attempt', async () => {
    const project = await projectWithWebhook();
    const event = await emitWebhookEvent(ctx.app, project.project.id);
    await waitFor(async () => (await outboxRow(ctx.app, event.id)).status === 'done', 'the first delivery');
    const [logged] = await deliveries(project, `?event_id=${event.eventId}`);

    receiver.respondWith(answer(204));
    const response = await project.api.post(`/v1/webhook/deliveries/${logged.id}/redeliver`).expect(200);
    expect(response.body).toEqual(
      expect.objectContaining({
        event_id: event.eventId,
        attempt: 2,
        status: 'success',
        status_code: 204,
        redelivery: true,
        event: 'ticket.created',
      }),
    );
    const requests = receiver.forEvent(event.eventId);
    expect(requests).toHaveLength(2);
    expect(requests[1].rawBody).toBe(requests[0].rawBody);
    expect(requests[1].headers['x-zapnoty-signature']).toBe(requests[0].headers['x-zapnoty-signature']);
    expect(await deliveries(project, `?event_id=${event.eventId}`)).toHaveLength(2);

    // Another project's delivery id, an unknown one and a malformed one are all 404.
    const other = await ctx.project();
    await other.api.put('/v1/webhook', { url: receiver.url }).expect(200);
    await other.api.post(`/v1/webhook/deliveries/${logged.id}/redeliver`).expect(404);
    await project.api.post(`/v1/webhook/deliveries/${randomUUID()}/redeliver`).expect(404);
    await project.api.post('/v1/webhook/deliveries/not-a-uuid/redeliver').expect(404);
    expect(await deliveries(other)).toEqual([]);

    // Without a webhook there is nothing to send to.
    await project.api.delete('/v1/webhook').expect(204);
    const conflict = await project.api.post(`/v1/webhook/deliveries/${logged.id}/redeliver`).expect(409);
    expect(conflict.body).toEqual({ error: expect.any(String), retryable: false, code: 'no_webhook' });
  });

  it('sends nothing for an event whose transaction rolled back', async () => {
    const project = await projectWithWebhook();
    const dataSource = ctx.app.get(DataSource);
    const before = receiver.received.length;
    await expect(
      dataSource.transaction(async (manager) => {
        const { OutboxService } = await import('../../src/outbox/outbox.service.js');
        await ctx.app.get(OutboxService).append(sqlOfManager(manager), [
          {
            projectId: project.project.id,
            topic: 'webhook',
            eventType: 'ticket.created',
            payload: { rolled: 'back' },
          },
        ]);
        throw new Error('rollback');
      }),
    ).rejects.toThrow('rollback');
    const committed = await emitWebhookEvent(ctx.app, project.project.id);
    await waitFor(() => receiver.forEvent(committed.eventId).length === 1, 'the committed event');
    expect(receiver.received.slice(before).some((r) => (r.body.data as { rolled?: string }).rolled === 'back')).toBe(
      false,
    );
  });
});
