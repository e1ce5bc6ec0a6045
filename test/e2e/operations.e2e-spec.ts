import request from 'supertest';
import { DataSource } from 'typeorm';
import { OutboxBatch } from '../../src/outbox/outbox-consumer.js';
import { WebhookDeliveryWorker } from '../../src/webhooks/webhook-delivery.worker.js';
import { useTestApp } from '../helpers/test-app.js';
import { createTicket } from '../helpers/tickets.js';
import { useWebhookReceiver } from '../helpers/webhook-receiver.js';

/** Prometheus metrics, CORS for configured origins, liveness and readiness (in-process app). */
describe('operations: /metrics, CORS, /health/live and /health/ready', () => {
  const ctx = useTestApp({
    WORKERS_ENABLED: 'false',
    CORS_ORIGINS: 'https://console.example.com, http://localhost:5173',
  });
  const receiver = useWebhookReceiver();

  const scrape = async () => {
    const response = await request(ctx.app.getHttpServer()).get('/metrics').expect(200);
    expect(response.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    return response.text;
  };
  const sample = (text: string, series: string) => {
    const line = text.split('\n').find((candidate) => candidate.startsWith(`${series} `));
    return line === undefined ? undefined : Number(line.slice(series.length + 1));
  };

  it('exposes HTTP latency by route and status, outbox backlog per topic, delivery outcomes, bot updates', async () => {
    const tenant = await ctx.project();
    await tenant.api.put('/v1/webhook', { url: receiver.url }).expect(200);
    const ticket = await createTicket(tenant.api);
    await tenant.api.get(`/v1/helpdesk/tickets/${ticket.id}`).expect(200);
    await tenant.api.get('/v1/helpdesk/tickets/00000000-0000-4000-8000-000000000000').expect(404);

    // Other test files' workers share this database and drain due rows at any moment, so the backlog sample
    // counts a row that is not due for an hour.
    const dataSource = ctx.app.get(DataSource);
    const [parked] = await dataSource.query(
      `INSERT INTO outbox_event (project_id, topic, event_type, payload, next_attempt_at)
       VALUES ($1, 'webhook', 'ticket.created', '{}'::jsonb, now() + interval '1 hour') RETURNING id`,
      [tenant.project.id],
    );
    let text = await scrape();
    await dataSource.query('DELETE FROM outbox_event WHERE id = $1', [parked.id]);
    // The route label is the template, not the path with the ticket's id.
    expect(
      sample(
        text,
        'zapnoty_http_request_duration_seconds_count{method="GET",route="/v1/helpdesk/tickets/:id",status="200"}',
      ),
    ).toBeGreaterThanOrEqual(1);
    expect(
      sample(
        text,
        'zapnoty_http_request_duration_seconds_count{method="GET",route="/v1/helpdesk/tickets/:id",status="404"}',
      ),
    ).toBeGreaterThanOrEqual(1);
    expect(
      sample(
        text,
        'zapnoty_http_request_duration_seconds_bucket' +
          '{le="+Inf",method="POST",route="/v1/helpdesk/tickets",status="201"}',
      ),
    ).toBeGreaterThanOrEqual(1);
    expect(text).not.toContain(ticket.id);
    expect(sample(text, 'zapnoty_outbox_pending_events{topic="webhook"}')).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'zapnoty_outbox_pending_events{topic="telegram"}')).toBeGreaterThanOrEqual(0);
    expect(sample(text, 'zapnoty_outbox_oldest_due_seconds{topic="webhook"}')).toBeGreaterThanOrEqual(0);
    expect(text).toContain('# TYPE zapnoty_messenger_deliveries_total counter');
    expect(text).toContain('# TYPE zapnoty_bot_updates_total counter');
    expect(text).toContain('# TYPE zapnoty_process_resident_memory_bytes gauge');

    // A receiver answering 500: the attempt is counted as retrying; a 200 as success.
    const before = (outcome: string) => sample(text, `zapnoty_webhook_deliveries_total{outcome="${outcome}"}`) ?? 0;
    const [retryingBefore, successBefore] = [before('retrying'), before('success')];
    receiver.respondWith((_request, response) => response.writeHead(500).end());
    // Other test files' workers share the database and claim every due row at once, so this delivers a row
    // that is not due (nobody else claims it), claimed here the way the consumer claims: attempts is the lease.
    const [row] = await dataSource.query(
      `INSERT INTO outbox_event (project_id, topic, event_type, aggregate_id, payload, attempts, next_attempt_at)
       VALUES ($1, 'webhook', 'ticket.created', $2, $3::jsonb, 1, now() + interval '1 hour')
       RETURNING id, event_id, created_at`,
      [tenant.project.id, ticket.id, JSON.stringify(ticket)],
    );
    const claimed = {
      id: String(row.id),
      eventId: row.event_id as string,
      projectId: tenant.project.id,
      eventType: 'ticket.created',
      aggregateId: ticket.id as string,
      payload: ticket as Record<string, unknown>,
      createdAt: row.created_at as Date,
      attempts: 1,
    };
    const worker = ctx.app.get(WebhookDeliveryWorker);
    await worker.deliver(claimed, new OutboxBatch([claimed]), new AbortController().signal);
    text = await scrape();
    expect(sample(text, 'zapnoty_webhook_deliveries_total{outcome="retrying"}')).toBe(retryingBefore + 1);
    // Kept for a retry (another process may take it once its 1 s backoff is due; it stays pending).
    const [settled] = await dataSource.query('SELECT status FROM outbox_event WHERE id = $1', [row.id]);
    expect(settled.status).toBe('pending');
    await dataSource.query('DELETE FROM outbox_event WHERE id = $1', [row.id]);
    expect(sample(text, 'zapnoty_webhook_deliveries_total{outcome="success"}') ?? 0).toBe(successBefore);
  });

  it('answers CORS preflights and requests from configured origins only', async () => {
    const allowed = await request(ctx.app.getHttpServer())
      .options('/v1/helpdesk/tickets')
      .set('Origin', 'https://console.example.com')
      .set('Access-Control-Request-Method', 'POST')
      .set('Access-Control-Request-Headers', 'authorization,content-type,idempotency-key');
    expect(allowed.status).toBe(204);
    expect(allowed.headers['access-control-allow-origin']).toBe('https://console.example.com');
    expect(allowed.headers['access-control-allow-headers']).toMatch(/Idempotency-Key/);
    expect(allowed.headers['access-control-allow-credentials']).toBe('true');

    const tenant = await ctx.project();
    const simple = await tenant.api.get('/v1/helpdesk/tickets').set('Origin', 'http://localhost:5173').expect(200);
    expect(simple.headers['access-control-allow-origin']).toBe('http://localhost:5173');
    expect(simple.headers['access-control-expose-headers']).toMatch(/Retry-After/);

    const stranger = await tenant.api.get('/v1/helpdesk/tickets').set('Origin', 'https://evil.example').expect(200);
    expect(stranger.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('answers liveness without the database and readiness with it', async () => {
    expect((await request(ctx.app.getHttpServer()).get('/health/live').expect(200)).body).toEqual({ status: 'ok' });
    expect((await request(ctx.app.getHttpServer()).get('/health/ready').expect(200)).body).toEqual({ status: 'ok' });
  });
});
