import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { DataSource, QueryRunner } from 'typeorm';
import { startServerProcess, type ServerProcess } from '../helpers/server-process.js';
import { useTestApp } from '../helpers/test-app.js';
import { waitFor } from '../helpers/webhook-receiver.js';

// A request that holds an Idempotency-Key in a real server process: the same key answers 409 (retryable,
// Retry-After) while it runs, the lease is kept alive while the process lives, and once the process is
// SIGKILLed mid-request the key is taken over by a retry when the lease runs out.
describe('Idempotency-Key held by a running or crashed server process', () => {
  const ctx = useTestApp({ WORKERS_ENABLED: 'false' });
  const tenant = ctx.useProject();
  let server: ServerProcess | undefined;
  let lock: QueryRunner | undefined;
  ctx.beforeClose(async () => {
    await lock?.rollbackTransaction().catch(() => undefined);
    await lock?.release();
    await server?.stop('SIGKILL');
  });

  const keyRow = async (key: string) =>
    (
      await ctx.app
        .get(DataSource)
        .query('SELECT status_code, lease_expires_at FROM idempotency_key WHERE project_id = $1 AND key = $2', [
          tenant.project.id,
          key,
        ])
    )[0] as { status_code: number | null; lease_expires_at: Date | null } | undefined;

  it('answers 409 retryable while the first request runs, keeps its lease; a retry wins after SIGKILL', async () => {
    // The counter row exists after a first ticket; holding its lock makes the next creation wait mid-transaction.
    await tenant.api.post('/v1/helpdesk/tickets', { text: 'first' }).expect(201);
    lock = ctx.app.get(DataSource).createQueryRunner();
    await lock.connect();
    await lock.startTransaction();
    await lock.query('SELECT last_number FROM ticket_number_counter WHERE project_id = $1 FOR UPDATE', [
      tenant.project.id,
    ]);

    server = await startServerProcess(
      {
        DATABASE_URL: process.env.DATABASE_URL,
        DEMO_PROJECT: 'false',
        WORKERS_ENABLED: 'false',
        IDEMPOTENCY_LEASE_SECONDS: '2',
      },
      60_000,
    );
    const send = (base: string | ReturnType<NestExpressApplication['getHttpServer']>) =>
      request(base)
        .post('/v1/helpdesk/tickets')
        .set('Authorization', `Bearer ${tenant.apiKey}`)
        .set('Idempotency-Key', 'crash-1')
        .send({ text: 'takeover' });
    const stuck = send(server.url).then(
      (response) => response.status,
      () => 'connection lost',
    );
    await waitFor(() => keyRow('crash-1'), 'the key claimed by the server process');

    const busy = await send(server.url).expect(409);
    expect(busy.body).toEqual(
      expect.objectContaining({ error: expect.stringContaining('in progress'), retryable: true }),
    );
    expect(busy.headers['retry-after']).toBe('1');

    // Several lease lengths later the process still holds the key: it refreshes the lease while it runs.
    const firstLease = (await keyRow('crash-1'))!.lease_expires_at!;
    await waitFor(
      async () => (await keyRow('crash-1'))!.lease_expires_at! > new Date(firstLease.getTime() + 2_000),
      'the lease refreshed twice',
    );
    await send(ctx.app.getHttpServer()).expect(409);

    await server.stop('SIGKILL');
    server = undefined;
    expect(await stuck).toBe('connection lost');
    await lock.rollbackTransaction();
    await lock.release();
    lock = undefined;

    // The dead process's transaction never commits; once its lease has run out an identical retry runs.
    const taken = (await waitFor(
      async () => {
        const response = await send(ctx.app.getHttpServer());
        expect([201, 409]).toContain(response.status);
        return response.status === 201 ? response : null;
      },
      'the abandoned key taken over',
      30_000,
    ))!;
    expect(taken.body.ticket_number).toBe(2);
    const replay = await send(ctx.app.getHttpServer()).expect(201);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.body).toEqual(taken.body);
    const list = await tenant.api.get('/v1/helpdesk/tickets').expect(200);
    expect(list.body.total).toBe(2);
  }, 120_000);
});
