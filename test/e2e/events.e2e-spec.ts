import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { OutboxService } from '../../src/outbox/outbox.service.js';
import { startServerProcess, type ServerProcess } from '../helpers/server-process.js';
import { openEventStream, type EventStreamClient } from '../helpers/event-stream-client.js';
import { signedInMember, TEST_PUBLIC_URL } from '../helpers/sessions.js';
import { type TestProject, useTestApp } from '../helpers/test-app.js';
import { createTicket } from '../helpers/tickets.js';
import { waitFor } from '../helpers/webhook-receiver.js';
import { sqlOfManager } from '../../src/common/database/sql.js';

describe('live events: GET /v1/events (Server-Sent Events)', () => {
  const ctx = useTestApp({ PUBLIC_URL: TEST_PUBLIC_URL, WORKERS_ENABLED: 'false' });
  const acme = ctx.useProject('Acme');
  let baseUrl: string;
  let other: ServerProcess;
  const streams: EventStreamClient[] = [];

  beforeAll(async () => {
    baseUrl = await ctx.listen();
    other = await startServerProcess(
      { DATABASE_URL: process.env.DATABASE_URL, DEMO_PROJECT: 'false', WORKERS_ENABLED: 'false' },
      60_000,
    );
  }, 90_000);
  ctx.beforeClose(async () => {
    for (const stream of streams) stream.close();
    await other.stop('SIGTERM');
  });

  async function open(url: string, headers: Record<string, string>): Promise<EventStreamClient> {
    const stream = await openEventStream(`${url}/v1/events`, headers);
    streams.push(stream);
    return stream;
  }
  const byKey = (project: TestProject, extra: Record<string, string> = {}) => ({
    Authorization: `Bearer ${project.apiKey}`,
    ...extra,
  });

  it('streams ticket events with the webhook data and increasing ids', async () => {
    const stream = await open(baseUrl, byKey(acme));
    expect(stream.status).toBe(200);
    expect(stream.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    const ticket = await createTicket(acme.api, { subject: 'live' });
    const reply = await acme.api.post(`/v1/helpdesk/tickets/${ticket.id}/reply`, { text: 'on it' }).expect(201);
    await waitFor(() => stream.events.length >= 3, 'three events');
    expect(stream.events.map((event) => event.event)).toEqual([
      'ticket.created',
      'ticket.replied',
      'ticket.status_changed',
    ]);
    expect(stream.events[0].data).toEqual(ticket);
    expect(stream.events[1].data.message).toEqual(reply.body.message);
    expect(stream.events[2].data).toEqual(expect.objectContaining({ id: ticket.id, from: 'new', to: 'in_progress' }));
    const ids = stream.events.map((event) => Number(event.id));
    expect(ids[1]).toBeGreaterThan(ids[0]);
    expect(ids[2]).toBeGreaterThan(ids[1]);
    // Internal notes fire nothing, on webhooks and here alike.
    await acme.api.post(`/v1/helpdesk/tickets/${ticket.id}/reply`, { text: 'note', internal: true }).expect(201);
    await acme.api.patch(`/v1/helpdesk/tickets/${ticket.id}/status`, { status: 'waiting' }).expect(200);
    await waitFor(() => stream.events.length >= 4, 'the next event');
    expect(stream.events.map((event) => event.event)[3]).toBe('ticket.status_changed');
    expect(stream.events.length).toBe(4);
  });

  it('shows a project only its own events', async () => {
    const globex = await ctx.project('Globex');
    const acmeStream = await open(baseUrl, byKey(acme));
    const globexStream = await open(baseUrl, byKey(globex));
    await createTicket(globex.api, { subject: 'globex only' });
    const marker = await createTicket(acme.api, { subject: 'acme marker' });
    await waitFor(() => acmeStream.events.some((event) => event.data.id === marker.id), 'the acme marker');
    await waitFor(() => globexStream.events.length >= 1, 'the globex event');
    expect(acmeStream.events.every((event) => event.data.subject !== 'globex only')).toBe(true);
    expect(globexStream.events.map((event) => event.data.subject)).toEqual(['globex only']);
  });

  it('resumes after Last-Event-ID exactly once, with events another server process wrote meanwhile', async () => {
    const first = await open(baseUrl, byKey(acme));
    const before = await createTicket(acme.api, { subject: 'before disconnect' });
    await waitFor(() => first.events.some((event) => event.data.id === before.id), 'the event before the disconnect');
    const lastSeen = first.events[first.events.length - 1].id;
    first.close();

    // Meanwhile: writes through the other process, concurrently, and through this one.
    const otherApi = (path: string, body: object) =>
      request(other.url).post(path).set('Authorization', `Bearer ${acme.apiKey}`).send(body);
    const created = await Promise.all(
      Array.from({ length: 10 }, (_, i) => otherApi('/v1/helpdesk/tickets', { text: `while away ${i}` }).expect(201)),
    );
    const alsoAway = await createTicket(acme.api, { subject: 'also while away' });

    // Reconnect to the other process: every event after lastSeen, once, in increasing order.
    const resumed = await open(other.url, byKey(acme, { 'Last-Event-ID': lastSeen }));
    await waitFor(() => resumed.events.length >= 11, 'the 11 missed events');
    const ids = resumed.events.map((event) => BigInt(event.id));
    expect(ids[0]).toBeGreaterThan(BigInt(lastSeen));
    expect([...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(ids);
    expect(resumed.events.length).toBe(11);
    expect(
      resumed.events
        .filter((event) => event.event === 'ticket.created')
        .map((event) => event.data.id)
        .sort(),
    ).toEqual([...created.map((response) => response.body.id), alsoAway.id].sort());
    // And live: an event written by this process reaches the stream served by the other process.
    const live = await createTicket(acme.api, { subject: 'live across processes' });
    await waitFor(
      () => resumed.events.some((event) => event.data.id === live.id),
      'the live event from the other process',
    );
    expect(new Set(resumed.events.map((event) => event.id)).size).toBe(resumed.events.length);
  }, 90_000);

  // The embedded database (PGlite) is one session: one transaction at a time, so none can be open beside another.
  const concurrentIt = process.env.TEST_EMBEDDED_DATABASE === 'true' ? it.skip : it;
  concurrentIt('holds an event back while an earlier transaction is still open, then sends both in order', async () => {
    const stream = await open(baseUrl, byKey(acme));
    // An earlier writer: its transaction takes its id (and its event's position) first and stays open.
    const earlier = ctx.app.get(DataSource).createQueryRunner();
    await earlier.connect();
    await earlier.startTransaction();
    try {
      const held = { id: randomUUID(), subject: 'written by the earlier transaction' };
      await ctx.app.get(OutboxService).append(sqlOfManager(earlier.manager), [
        {
          projectId: acme.project.id,
          topic: 'webhook',
          eventType: 'ticket.updated',
          aggregateId: held.id,
          payload: held,
        },
      ]);
      // A later writer commits first: its event is final only once the earlier transaction has ended.
      const later = await createTicket(acme.api, { subject: 'committed while an earlier one is open' });
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      expect(stream.events.some((event) => event.data.id === later.id)).toBe(false);
      await earlier.commitTransaction();
      await waitFor(() => stream.events.some((event) => event.data.id === later.id), 'the later event');
      const order = stream.events.map((event) => event.data.id);
      expect(order.indexOf(held.id)).toBeGreaterThanOrEqual(0);
      expect(order.indexOf(held.id)).toBeLessThan(order.indexOf(later.id));
    } finally {
      if (earlier.isTransactionActive) await earlier.rollbackTransaction();
      await earlier.release();
    }
  });

  it('accepts the id in ?last_event_id and refuses a malformed one (400)', async () => {
    const ticket = await createTicket(acme.api, { subject: 'query resume' });
    const all = await open(baseUrl, byKey(acme, { 'Last-Event-ID': '0' }));
    await waitFor(() => all.events.some((event) => event.data.id === ticket.id), 'the full history');
    const position = all.events.find((event) => event.data.id === ticket.id)!.id;
    const fromQuery = await openEventStream(`${baseUrl}/v1/events?last_event_id=${Number(position) - 1}`, byKey(acme));
    streams.push(fromQuery);
    await waitFor(() => fromQuery.events.length >= 1, 'the resumed event');
    expect(fromQuery.events[0]).toEqual(expect.objectContaining({ id: position, event: 'ticket.created' }));
    const bad = await request(baseUrl).get('/v1/events').set(byKey(acme)).set('Last-Event-ID', 'abc');
    expect(bad.status).toBe(400);
    await request(baseUrl).get('/v1/events').expect(401);
  });

  it('streams to a signed-in viewer', async () => {
    const viewer = await signedInMember(ctx.app, acme, 'viewer');
    const stream = await open(baseUrl, { Cookie: viewer.cookie });
    expect(stream.status).toBe(200);
    const ticket = await createTicket(acme.api, { subject: 'for the viewer' });
    await waitFor(() => stream.events.some((event) => event.data.id === ticket.id), 'the viewer event');
  });

  it('closes open streams cleanly when the server shuts down', async () => {
    const third = await startServerProcess(
      { DATABASE_URL: process.env.DATABASE_URL, DEMO_PROJECT: 'false', WORKERS_ENABLED: 'false' },
      60_000,
    );
    const stream = await open(third.url, byKey(acme));
    expect(stream.status).toBe(200);
    expect(await third.stop('SIGTERM')).toBe(0);
    await stream.ended;
  }, 90_000);
});
