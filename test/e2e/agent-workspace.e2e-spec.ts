import { startServerProcess, type ServerProcess } from '../helpers/server-process.js';
import { openEventStream, type EventStreamClient } from '../helpers/event-stream-client.js';
import { signedInMember, TEST_PUBLIC_URL } from '../helpers/sessions.js';
import { useTestApp } from '../helpers/test-app.js';
import { createTicket, NO_SUCH_ID } from '../helpers/tickets.js';
import { waitFor } from '../helpers/webhook-receiver.js';

/**
 * What the console's agent workspace stands on: presence on a ticket (heartbeats relayed to the live streams
 * of every server process), saved views per member, and validation details with a machine code per field.
 */
describe('agent workspace: presence, saved views, field codes', () => {
  const ctx = useTestApp({ PUBLIC_URL: TEST_PUBLIC_URL, WORKERS_ENABLED: 'false' });
  const acme = ctx.useProject('Acme');
  const globex = ctx.useProject('Globex');
  let other: ServerProcess;
  const streams: EventStreamClient[] = [];

  beforeAll(async () => {
    await ctx.listen();
    other = await startServerProcess(
      { DATABASE_URL: process.env.DATABASE_URL, DEMO_PROJECT: 'false', WORKERS_ENABLED: 'false' },
      60_000,
    );
  }, 90_000);
  ctx.beforeClose(async () => {
    for (const stream of streams) stream.close();
    await other.stop('SIGTERM');
  });

  async function presenceStream(url: string, cookie: string): Promise<EventStreamClient> {
    const stream = await openEventStream(`${url}/v1/events`, { Cookie: cookie });
    streams.push(stream);
    return stream;
  }

  describe('presence', () => {
    it("shows one agent's viewing and typing to another agent's stream on another server process", async () => {
      const anna = await signedInMember(ctx.app, acme, 'support');
      const boris = await signedInMember(ctx.app, acme, 'viewer');
      const ticket = await createTicket(acme.api);
      const borisStream = await presenceStream(other.url, boris.cookie);
      const presence = () => borisStream.events.filter((event) => event.event === 'ticket.presence');

      const first = await anna.api.post(`/v1/helpdesk/tickets/${ticket.id}/presence`, { state: 'viewing' }).expect(200);
      expect(first.body).toEqual({ others: [] });
      await waitFor(() => presence().length >= 1, 'the viewing event');
      expect(presence()[0]).toEqual({
        id: undefined,
        event: 'ticket.presence',
        data: {
          ticket_id: ticket.id,
          member_id: anna.id,
          name: expect.any(String),
          state: 'viewing',
          expires_at: expect.stringMatching(/Z$/),
        },
      });

      // Boris opens the ticket too: he hears of Anna in the answer, she of him on her stream.
      const seen = await boris.api.post(`/v1/helpdesk/tickets/${ticket.id}/presence`, { state: 'viewing' }).expect(200);
      expect(seen.body.others).toEqual([expect.objectContaining({ member_id: anna.id, state: 'viewing' })]);

      await anna.api.post(`/v1/helpdesk/tickets/${ticket.id}/presence`, { state: 'typing' }).expect(200);
      await anna.api.post(`/v1/helpdesk/tickets/${ticket.id}/presence`, { state: 'left' }).expect(200);
      await waitFor(() => presence().some((event) => event.data.state === 'left'), 'the left event');
      const annas = presence().filter((event) => event.data.member_id === anna.id);
      expect(annas.map((event) => event.data.state)).toEqual(['viewing', 'typing', 'left']);
      const after = await boris.api
        .post(`/v1/helpdesk/tickets/${ticket.id}/presence`, { state: 'viewing' })
        .expect(200);
      expect(after.body.others).toEqual([]);
    }, 30_000);

    it('is for signed-in members only, on tickets of their project, with a known state', async () => {
      const anna = await signedInMember(ctx.app, acme, 'support');
      const ticket = await createTicket(acme.api);
      const byKey = await acme.api.post(`/v1/helpdesk/tickets/${ticket.id}/presence`, { state: 'viewing' }).expect(403);
      expect(byKey.body.code).toBe('session_required');
      const foreign = await createTicket(globex.api);
      for (const id of [foreign.id, NO_SUCH_ID, 'nope']) {
        const missing = await anna.api.post(`/v1/helpdesk/tickets/${id}/presence`, { state: 'viewing' }).expect(404);
        expect(missing.body.code).toBe('ticket_not_found');
      }
      const bad = await anna.api.post(`/v1/helpdesk/tickets/${ticket.id}/presence`, { state: 'away' }).expect(400);
      expect(bad.body.details).toEqual([expect.objectContaining({ field: 'state', code: 'invalid_choice' })]);
      await anna.api.post(`/v1/helpdesk/tickets/${ticket.id}/presence`, {}).expect(400);
    });
  });

  describe('saved views', () => {
    it("keeps each member's own views, oldest first, and deletes only one's own", async () => {
      const anna = await signedInMember(ctx.app, acme, 'viewer');
      const boris = await signedInMember(ctx.app, acme, 'support');
      const urgent = await anna.api
        .post('/v1/team/me/views', { name: ' Urgent ', filters: { priority: 'urgent', sort: 'sla_due' } })
        .expect(201);
      expect(urgent.body).toEqual({
        id: expect.any(String),
        name: 'Urgent',
        filters: { priority: 'urgent', sort: 'sla_due' },
        created_at: expect.stringMatching(/Z$/),
      });
      await anna.api.post('/v1/team/me/views', { name: 'Mine', filters: { assigned_to: anna.id } }).expect(201);
      expect((await anna.api.get('/v1/team/me/views').expect(200)).body.views.map((v: any) => v.name)).toEqual([
        'Urgent',
        'Mine',
      ]);
      expect((await boris.api.get('/v1/team/me/views').expect(200)).body).toEqual({ views: [] });
      const notHis = await boris.api.delete(`/v1/team/me/views/${urgent.body.id}`).expect(404);
      expect(notHis.body.code).toBe('saved_view_not_found');
      await anna.api.delete(`/v1/team/me/views/${urgent.body.id}`).expect(204);
      await anna.api.delete(`/v1/team/me/views/${urgent.body.id}`).expect(404);
      await anna.api.delete('/v1/team/me/views/nope').expect(404);
      expect((await anna.api.get('/v1/team/me/views').expect(200)).body.views).toHaveLength(1);
    });

    it('refuses the API key, bad filters and a 51st view', async () => {
      const anna = await signedInMember(ctx.app, acme, 'viewer');
      expect((await acme.api.get('/v1/team/me/views').expect(403)).body.code).toBe('session_required');
      const cases: Array<[unknown, number, string]> = [
        [{ name: 'x', filters: { status: 5 } }, 400, 'wrong_type'],
        [{ name: 'x', filters: { 'Bad Name': 'x' } }, 422, 'invalid_format'],
        [{ name: 'x', filters: { q: 'x'.repeat(501) } }, 422, 'too_long'],
        [{ name: 'x', filters: Object.fromEntries([...Array(21).keys()].map((i) => [`f${i}`, 'x'])) }, 422, 'too_many'],
        [{ name: '', filters: {} }, 422, 'too_short'],
        [{ filters: {} }, 400, 'missing'],
        [{ name: 'x', filters: 'status=new' }, 400, 'wrong_type'],
      ];
      for (const [body, status, code] of cases) {
        const refused = await anna.api.post('/v1/team/me/views', body as Record<string, unknown>).expect(status);
        expect(refused.body.details[0].code).toBe(code);
      }
      for (let i = 0; i < 50; i++) await anna.api.post('/v1/team/me/views', { name: `v${i}`, filters: {} }).expect(201);
      const full = await anna.api.post('/v1/team/me/views', { name: 'one more', filters: {} }).expect(422);
      expect(full.body.code).toBe('too_many_saved_views');
    });
  });

  describe('validation details', () => {
    it('name each wrong field with a machine code, on any route', async () => {
      const missing = await acme.api.post('/v1/helpdesk/tickets', { subject: 'no text' }).expect(400);
      // Each failed constraint of the field is listed; an absent field is `missing` in all of them.
      expect(missing.body.details[0]).toEqual({ field: 'text', reason: expect.any(String), code: 'missing' });
      expect(new Set(missing.body.details.map((detail: { code: string }) => detail.code))).toEqual(
        new Set(['missing']),
      );
      const unknown = await acme.api.post('/v1/helpdesk/tickets', { text: 'hi', colour: 'red' }).expect(400);
      expect(unknown.body.details).toEqual([{ field: 'colour', reason: expect.any(String), code: 'unknown_field' }]);
      const long = await acme.api.post('/v1/helpdesk/tickets', { text: 'x'.repeat(5000) }).expect(422);
      expect(long.body.details).toEqual([{ field: 'text', reason: expect.any(String), code: 'too_long' }]);
      const choice = await acme.api.post('/v1/helpdesk/tickets', { text: 'hi', channel: 'fax' }).expect(400);
      expect(choice.body.details[0]).toMatchObject({ field: 'channel', code: 'invalid_choice' });
    });
  });
});
