import request from 'supertest';
import { DataSource } from 'typeorm';
import { startServerProcess, type ServerProcess } from '../helpers/server-process.js';
import { useTestApp } from '../helpers/test-app.js';
import { waitFor, useWebhookReceiver } from '../helpers/webhook-receiver.js';

// Real server processes (dist/src/main.js) on the test database: delivery survives SIGKILL, and two processes
// share the outbox and the unanswered-ticket check without doubling anything.
describe('webhook delivery across server processes', () => {
  // This in-process app only sets things up; delivery is the server processes' job.
  const ctx = useTestApp({ WORKERS_ENABLED: 'false' });
  const receiver = useWebhookReceiver();
  const servers: ServerProcess[] = [];
  const serverEnv = {
    DATABASE_URL: process.env.DATABASE_URL,
    WEBHOOK_ALLOW_PRIVATE: 'true',
    DEMO_PROJECT: 'false',
    // This test process itself runs with workers off (see beforeAll); the servers must not inherit that.
    WORKERS_ENABLED: 'true',
    // A killed process's claims are retried once their lease (timeout + 5 s) runs out.
    WEBHOOK_TIMEOUT_MS: '2000',
    UNANSWERED_CHECK_INTERVAL_SECONDS: '1',
  };

  ctx.beforeClose(async () => {
    await Promise.all(servers.map((server) => server.stop('SIGKILL')));
  });

  async function start(): Promise<ServerProcess> {
    const server = await startServerProcess(serverEnv, 60_000);
    servers.push(server);
    return server;
  }

  const createdIds = (projectTickets: Set<string>) =>
    new Set(
      receiver.received
        .filter((r) => r.body.event === 'ticket.created' && projectTickets.has(String(r.body.data.id)))
        .map((r) => String(r.body.data.id)),
    );

  it('delivers ticket.created for every ticket acknowledged with 2xx, though the server was SIGKILLed', async () => {
    const tenant = await ctx.project();
    await tenant.api.put('/v1/webhook', { url: receiver.url }).expect(200);
    // A receiver that takes a little time, so deliveries are in flight when the process dies.
    receiver.respondWith((_request, response) => setTimeout(() => response.writeHead(200).end(), 20));

    const first = await start();
    const acknowledged: string[] = [];
    let stop = false;
    const load = Array.from({ length: 8 }, async () => {
      while (!stop) {
        try {
          const response = await request(first.url)
            .post('/v1/helpdesk/tickets')
            .set('Authorization', `Bearer ${tenant.apiKey}`)
            .send({ text: 'crash test' });
          if (response.status === 201) acknowledged.push(response.body.id);
        } catch {
          return; // the connection died with the process
        }
      }
    });
    await waitFor(() => acknowledged.length >= 60, '60 tickets created under load');
    await first.stop('SIGKILL');
    servers.splice(servers.indexOf(first), 1);
    stop = true;
    await Promise.all(load);

    await start();
    const stored: Array<{ id: string }> = await ctx.app
      .get(DataSource)
      .query('SELECT id FROM ticket WHERE project_id = $1', [tenant.project.id]);
    const storedIds = new Set(stored.map((row) => row.id));
    for (const id of acknowledged) expect(storedIds.has(id)).toBe(true);
    await waitFor(() => createdIds(storedIds).size === storedIds.size, 'every committed ticket delivered', 60_000);
    // Every acknowledged ticket, and every committed one (a request may commit and lose its answer), arrived.
    const delivered = createdIds(storedIds);
    expect(acknowledged.every((id) => delivered.has(id))).toBe(true);
    expect(delivered.size).toBe(storedIds.size);
    receiver.respondWith((_request, response) => response.writeHead(200).end());
  }, 120_000);

  it('two processes deliver every event exactly once and fire the unanswered check once', async () => {
    while (servers.length < 2) await start();
    const [a, b] = servers.slice(-2);
    const tenant = await ctx.project();
    await tenant.api.put('/v1/webhook', { url: receiver.url }).expect(200);
    await tenant.api.put('/v1/helpdesk/settings', { helpdesk_unanswered_hours: 12 }).expect(200);

    const ids: string[] = [];
    await Promise.all(
      Array.from({ length: 40 }, async (_, index) => {
        const server = index % 2 === 0 ? a : b;
        const response = await request(server.url)
          .post('/v1/helpdesk/tickets')
          .set('Authorization', `Bearer ${tenant.apiKey}`)
          .send({ text: `ticket ${index}` })
          .expect(201);
        ids.push(response.body.id);
        await request(server.url)
          .patch(`/v1/helpdesk/tickets/${response.body.id}/status`)
          .set('Authorization', `Bearer ${tenant.apiKey}`)
          .send({ status: 'waiting' })
          .expect(200);
      }),
    );
    const mine = new Set(ids);
    const ofTenant = () => receiver.received.filter((r) => mine.has(String(r.body.data.id)));
    // created + status_changed per ticket
    await waitFor(() => ofTenant().length >= 80, 'all 80 events', 60_000);
    const deliveryIds = ofTenant().map((r) => String(r.headers['x-zapnoty-delivery']));
    expect(new Set(deliveryIds).size).toBe(80);
    expect(deliveryIds).toHaveLength(80);
    for (const id of ids) {
      expect(
        ofTenant()
          .filter((r) => r.body.data.id === id)
          .map((r) => r.body.event),
      ).toEqual(['ticket.created', 'ticket.status_changed']);
    }

    // The unanswered check runs every second in both processes: one old customer message fires one event.
    const aged = await request(a.url)
      .post('/v1/helpdesk/tickets')
      .set('Authorization', `Bearer ${tenant.apiKey}`)
      .send({ text: 'anyone?' })
      .expect(201);
    const db = ctx.app.get(DataSource);
    await db.query(`UPDATE ticket SET last_message_at = now() - interval '13 hours' WHERE id = $1`, [aged.body.id]);
    await db.query(`UPDATE ticket_message SET created_at = now() - interval '13 hours' WHERE ticket_id = $1`, [
      aged.body.id,
    ]);
    await waitFor(
      () => receiver.received.some((r) => r.body.event === 'ticket.unanswered_24h' && r.body.data.id === aged.body.id),
      'ticket.unanswered_24h',
      30_000,
    );
    // Let both processes run the check a few more times.
    await new Promise((resolve) => setTimeout(resolve, 3_500));
    const [{ count }] = await db.query(
      `SELECT count(*)::int AS count FROM outbox_event WHERE aggregate_id = $1
         AND event_type = 'ticket.unanswered_24h'`,
      [aged.body.id],
    );
    expect(count).toBe(1);
    expect(
      receiver.received.filter((r) => r.body.event === 'ticket.unanswered_24h' && r.body.data.id === aged.body.id),
    ).toHaveLength(1);
  }, 120_000);
});
