import { createConnection, createServer, Server, Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { startServerProcess, type ServerProcess } from '../helpers/server-process.js';
import { useTestApp } from '../helpers/test-app.js';
import { waitFor } from '../helpers/webhook-receiver.js';

/** A TCP relay to the test database that can be cut and restored: the database "goes down" for one process. */
class DatabaseRelay {
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();
  port = 0;
  constructor(private readonly target: { host: string; port: number }) {}

  async open(): Promise<void> {
    this.server = createServer((client) => {
      const upstream = createConnection(this.target);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('close', () => this.sockets.delete(socket));
        socket.on('error', () => socket.destroy());
      }
      client.pipe(upstream).pipe(client);
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    });
    await new Promise<void>((resolve) => this.server!.listen(this.port, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  async cut(): Promise<void> {
    const closed = new Promise((resolve) => this.server?.close(resolve));
    for (const socket of this.sockets) socket.destroy();
    await closed;
    this.server = null;
  }
}

// A real server process (dist/src/main.js): readiness follows the database and turns 503 as soon as SIGTERM
// arrives, while liveness stays 200; the unanswered-ticket check runs once right after start.
describe('readiness, shutdown and the first unanswered check in a server process', () => {
  const ctx = useTestApp({ WORKERS_ENABLED: 'false' });
  let server: ServerProcess | undefined;
  let relay: DatabaseRelay;
  beforeAll(async () => {
    const database = new URL(process.env.DATABASE_URL!);
    relay = new DatabaseRelay({ host: database.hostname, port: Number(database.port || 5432) });
    await relay.open();
  });
  ctx.beforeClose(async () => {
    if (server && server.process.exitCode === null && server.process.signalCode === null) await server.stop('SIGKILL');
    await relay.cut().catch(() => undefined);
  });

  it('runs the unanswered check after start; /health/ready follows the database, 503 during shutdown', async () => {
    const tenant = await ctx.project();
    await tenant.api.put('/v1/helpdesk/settings', { helpdesk_unanswered_hours: 12 }).expect(200);
    const aged = await tenant.api.post('/v1/helpdesk/tickets', { text: 'still there?' }).expect(201);
    const db = ctx.app.get(DataSource);
    await db.query(`UPDATE ticket SET last_message_at = now() - interval '13 hours' WHERE id = $1`, [aged.body.id]);
    await db.query(`UPDATE ticket_message SET created_at = now() - interval '13 hours' WHERE ticket_id = $1`, [
      aged.body.id,
    ]);

    const viaRelay = new URL(process.env.DATABASE_URL!);
    viaRelay.hostname = '127.0.0.1';
    viaRelay.port = String(relay.port);
    server = await startServerProcess(
      {
        DATABASE_URL: viaRelay.toString(),
        DEMO_PROJECT: 'false',
        WORKERS_ENABLED: 'true',
        // Only the run right after start can fire within this test: the interval is an hour.
        UNANSWERED_CHECK_INTERVAL_SECONDS: '3600',
        UNANSWERED_FIRST_CHECK_DELAY_SECONDS: '0',
        SHUTDOWN_DELAY_MS: '3000',
      },
      60_000,
    );
    const unanswered = () =>
      db.query(`SELECT 1 FROM outbox_event WHERE aggregate_id = $1 AND event_type = 'ticket.unanswered_24h'`, [
        aged.body.id,
      ]) as Promise<unknown[]>;
    await waitFor(async () => (await unanswered()).length === 1, 'ticket.unanswered_24h from the first check', 30_000);

    expect((await request(server.url).get('/health/ready').expect(200)).body).toEqual({ status: 'ok' });

    await relay.cut();
    await waitFor(
      async () => (await request(server!.url).get('/health/ready')).status === 503,
      'readiness 503 without the database',
      30_000,
    );
    expect((await request(server.url).get('/health/ready')).body).toEqual({ status: 'unavailable' });
    expect((await request(server.url).get('/health/live').expect(200)).body).toEqual({ status: 'ok' });

    await relay.open();
    await waitFor(
      async () => (await request(server!.url).get('/health/ready')).status === 200,
      'readiness back with the database',
      30_000,
    );

    const exited = new Promise<number | null>((resolve) => server!.process.once('exit', resolve));
    server.process.kill('SIGTERM');
    await waitFor(() => server!.output().includes('"msg":"shutting down"'), 'the shutdown log line');
    // SHUTDOWN_DELAY_MS keeps the server answering while load balancers see it is no longer ready.
    const during = await request(server.url).get('/health/ready');
    expect(during.status).toBe(503);
    expect(during.body).toEqual({ status: 'shutting_down' });
    await request(server.url).get('/health/live').expect(200);
    expect(await exited).toBe(0);
  }, 120_000);
});
