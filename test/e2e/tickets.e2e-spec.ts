import { type TestProject, useTestApp } from '../helpers/test-app.js';
import { addMember, createTicket, expectedMessage, ISO, NO_SUCH_ID, subscribeChat, UUID } from '../helpers/tickets.js';

describe('tickets REST API: create, list, read, tenancy', () => {
  const ctx = useTestApp();
  const tenant = ctx.useProject('Acme');
  const other = ctx.useProject('Other');

  describe('POST /v1/helpdesk/tickets', () => {
    it('creates a virtual ticket and answers 201 with the full ticket object', async () => {
      const { api } = await ctx.project();
      const response = await api
        .post('/v1/helpdesk/tickets', {
          channel: 'virtual',
          text: 'Verification code not arriving',
          subject: 'Login issue',
          first_name: 'John',
          username: 'ivan_p',
        })
        .expect(201);
      expect(response.body).toEqual({
        id: expect.stringMatching(UUID),
        ticket_number: 1,
        subject: 'Login issue',
        status: 'new',
        priority: 'normal',
        channel: 'virtual',
        chat_id: null,
        subscriber_id: expect.stringMatching(UUID),
        customer: { first_name: 'John', username: 'ivan_p' },
        ticket_type_id: null,
        ticket_type_name: null,
        assigned_to: null,
        tags: [],
        csat_rating: null,
        created_at: expect.stringMatching(ISO),
        updated_at: expect.stringMatching(ISO),
        first_reply_at: null,
        closed_at: null,
        time_to_first_response_seconds: null,
        time_to_resolve_seconds: null,
        last_message_at: expect.stringMatching(ISO),
        last_message_from: 'customer',
        sla: { first_reply_due_at: null, resolve_due_at: null, first_reply_breached: false, resolve_breached: false },
        custom_fields: {},
      });
      const second = await createTicket(api, { text: 'another' });
      expect(second.ticket_number).toBe(2);
      expect(second.subject).toBeNull();
      expect(second.channel).toBe('virtual');
      // Virtual customers without a chat id get their own subscriber per ticket.
      expect(second.subscriber_id).not.toBe(response.body.subscriber_id);
    });

    it('creates telegram tickets with a numeric chat_id and one subscriber per chat', async () => {
      await subscribeChat(ctx.app, tenant.project.id, 5_000_000_001, 'telegram');
      await subscribeChat(ctx.app, tenant.project.id, 5_000_000_001, 'max');
      const first = await createTicket(tenant.api, { channel: 'telegram', chat_id: 5_000_000_001, first_name: 'Ann' });
      const second = await createTicket(tenant.api, { channel: 'telegram', chat_id: 5_000_000_001, username: 'ann_k' });
      const otherChat = await createTicket(tenant.api, { channel: 'max', chat_id: 5_000_000_001 });
      expect(first.chat_id).toBe(5_000_000_001);
      expect(first.channel).toBe('telegram');
      expect(second.subscriber_id).toBe(first.subscriber_id);
      expect(second.customer).toEqual({ first_name: 'Ann', username: 'ann_k' });
      expect(otherChat.subscriber_id).not.toBe(first.subscriber_id);
      expect(otherChat.channel).toBe('max');
    });

    it('keeps the ticket_type_id it is given, with the type name', async () => {
      const typeId = (await tenant.api.post('/v1/helpdesk/ticket-types', { name: 'Bug' }).expect(201)).body.id;
      const ticket = await createTicket(tenant.api, { ticket_type_id: typeId });
      expect(ticket).toMatchObject({ ticket_type_id: typeId, ticket_type_name: 'Bug' });
    });

    it.each([
      ['text missing', { subject: 'x' }, 400],
      ['text not a string', { text: 42 }, 400],
      ['text null', { text: null }, 400],
      ['text over 4096 characters', { text: 'a'.repeat(4097) }, 422],
      ['text only whitespace', { text: '   ' }, 422],
      ['unknown channel', { text: 'hi', channel: 'sms' }, 400],
      ['telegram without chat_id', { text: 'hi', channel: 'telegram' }, 400],
      ['max without chat_id', { text: 'hi', channel: 'max' }, 400],
      ['chat_id as a string', { text: 'hi', channel: 'telegram', chat_id: '123' }, 400],
      ['chat_id not an integer', { text: 'hi', channel: 'telegram', chat_id: 1.5 }, 400],
      ['unknown field', { text: 'hi', email: 'a@b.c' }, 400],
      ['malformed ticket_type_id', { text: 'hi', ticket_type_id: 'bug' }, 400],
      ['subject over 255 characters', { text: 'hi', subject: 's'.repeat(256) }, 422],
      ['first_name not a string', { text: 'hi', first_name: ['x'] }, 400],
    ])('rejects %s', async (_name, body, status) => {
      const response = await tenant.api.post('/v1/helpdesk/tickets', body).expect(status);
      expect(response.body).toEqual(expect.objectContaining({ error: expect.any(String), retryable: false }));
    });

    it('accepts exactly 4096 characters of text', async () => {
      await tenant.api.post('/v1/helpdesk/tickets', { text: 'a'.repeat(4096) }).expect(201);
    });

    it('answers malformed JSON with 400', async () => {
      const response = await tenant.api
        .post('/v1/helpdesk/tickets')
        .set('Content-Type', 'application/json')
        .send('{"text": ');
      expect(response.status).toBe(400);
      expect(response.body.retryable).toBe(false);
    });

    it('refuses to create tickets with 403 while the helpdesk is disabled; reading and replying work', async () => {
      const { api } = await ctx.project();
      const ticket = await createTicket(api);
      await api.put('/v1/helpdesk/settings', { helpdesk_enabled: false }).expect(200);
      const refused = await api.post('/v1/helpdesk/tickets', { text: 'hello' }).expect(403);
      expect(refused.body).toEqual({
        error: expect.stringContaining('disabled'),
        retryable: false,
        code: 'helpdesk_disabled',
      });
      await api.get(`/v1/helpdesk/tickets/${ticket.id}`).expect(200);
      await api.get('/v1/helpdesk/tickets').expect(200);
      await api.post(`/v1/helpdesk/tickets/${ticket.id}/reply`, { text: 'we are on it' }).expect(201);
      await api.post(`/v1/helpdesk/tickets/${ticket.id}/customer-reply`, { text: 'thanks' }).expect(201);
      await api.patch(`/v1/helpdesk/tickets/${ticket.id}/status`, { status: 'closed' }).expect(200);
    });

    it('needs an API key', async () => {
      const { default: request } = await import('supertest');
      await request(ctx.app.getHttpServer()).post('/v1/helpdesk/tickets').send({ text: 'x' }).expect(401);
    });
  });

  describe('GET /v1/helpdesk/tickets', () => {
    let project: TestProject;
    let agent: string;
    let typeId: string;
    const created: Array<Record<string, any>> = [];

    beforeAll(async () => {
      project = await ctx.project();
      agent = await addMember(project.api);
      created.push(await createTicket(project.api, { subject: 'one' }));
      await subscribeChat(ctx.app, project.project.id, 77);
      created.push(await createTicket(project.api, { subject: 'two', channel: 'telegram', chat_id: 77 }));
      typeId = (await project.api.post('/v1/helpdesk/ticket-types', { name: 'Question' }).expect(201)).body.id;
      created.push(await createTicket(project.api, { subject: 'three', ticket_type_id: typeId }));
      await project.api.patch(`/v1/helpdesk/tickets/${created[1].id}/assign`, { assigned_to: agent }).expect(200);
      await project.api.patch(`/v1/helpdesk/tickets/${created[2].id}/priority`, { priority: 'urgent' }).expect(200);
      await project.api.patch(`/v1/helpdesk/tickets/${created[0].id}/status`, { status: 'closed' }).expect(200);
    });

    it('lists newest first in the envelope', async () => {
      const response = await project.api.get('/v1/helpdesk/tickets').expect(200);
      expect(response.body).toEqual({ tickets: expect.any(Array), total: 3, limit: 50, offset: 0, next_cursor: null });
      expect(response.body.tickets.map((ticket: { subject: string }) => ticket.subject)).toEqual([
        'three',
        'two',
        'one',
      ]);
      const detail = (await project.api.get(`/v1/helpdesk/tickets/${created[1].id}`).expect(200)).body;
      const { messages: _messages, status_history: _history, ...ticketObject } = detail;
      expect(response.body.tickets[1]).toEqual(ticketObject);
    });

    it.each([
      ['status=closed', ['one']],
      ['status=new', ['three', 'two']],
      ['priority=urgent', ['three']],
      ['priority=normal', ['two', 'one']],
      ['channel=telegram', ['two']],
      ['channel=virtual', ['three', 'one']],
      ['assigned_to=none', ['three', 'one']],
      ['status=new&channel=virtual', ['three']],
    ])('filters by %s', async (query, subjects) => {
      const response = await project.api.get(`/v1/helpdesk/tickets?${query}`).expect(200);
      expect(response.body.tickets.map((ticket: { subject: string }) => ticket.subject)).toEqual(subjects);
      expect(response.body.total).toBe(subjects.length);
    });

    it('filters by ticket type', async () => {
      const response = await project.api.get(`/v1/helpdesk/tickets?ticket_type_id=${typeId}`).expect(200);
      expect(response.body.tickets.map((ticket: { subject: string }) => ticket.subject)).toEqual(['three']);
      expect(response.body.total).toBe(1);
    });

    it('filters by assigned member', async () => {
      const response = await project.api.get(`/v1/helpdesk/tickets?assigned_to=${agent}`).expect(200);
      expect(response.body.tickets.map((ticket: { id: string }) => ticket.id)).toEqual([created[1].id]);
    });

    it('pages with limit and offset, total counting every match', async () => {
      const response = await project.api.get('/v1/helpdesk/tickets?limit=1&offset=1').expect(200);
      expect(response.body.total).toBe(3);
      expect(response.body.limit).toBe(1);
      expect(response.body.offset).toBe(1);
      expect(response.body.tickets.map((ticket: { subject: string }) => ticket.subject)).toEqual(['two']);
    });

    it('counts every match on a last page and past the end', async () => {
      const last = (await project.api.get('/v1/helpdesk/tickets?limit=2&offset=2').expect(200)).body;
      expect(last.tickets.map((ticket: { subject: string }) => ticket.subject)).toEqual(['one']);
      expect(last.total).toBe(3);
      const beyond = (await project.api.get('/v1/helpdesk/tickets?offset=10').expect(200)).body;
      expect(beyond.tickets).toEqual([]);
      expect(beyond.total).toBe(3);
      expect(beyond.next_cursor).toBeNull();
    });

    it.each([
      ['limit=101', 422],
      ['limit=0', 422],
      ['limit=abc', 400],
      ['limit=1.5', 400],
      ['offset=-1', 422],
      ['offset=100000000000000000000', 422],
      ['status=open', 400],
      ['priority=critical', 400],
      ['channel=sms', 400],
      ['assigned_to=nobody', 400],
      ['ticket_type_id=bug', 400],
      ['unknown=1', 400],
      ['cursor=bm9wZQ', 400],
    ])('rejects %s', async (query, status) => {
      const response = await project.api.get(`/v1/helpdesk/tickets?${query}`).expect(status);
      expect(response.body.retryable).toBe(false);
    });

    it('accepts limit=100', async () => {
      await project.api.get('/v1/helpdesk/tickets?limit=100').expect(200);
    });

    it("never shows another project's tickets", async () => {
      const response = await other.api.get('/v1/helpdesk/tickets?limit=100').expect(200);
      const ids = response.body.tickets.map((ticket: { id: string }) => ticket.id);
      for (const ticket of created) expect(ids).not.toContain(ticket.id);
    });
  });

  describe('GET /v1/helpdesk/tickets/{id}', () => {
    it('adds messages oldest first and the status history', async () => {
      const agent = await addMember(tenant.api, 'Bob');
      const ticket = await createTicket(tenant.api, { text: 'first' });
      await tenant.api
        .post(`/v1/helpdesk/tickets/${ticket.id}/reply`, { text: 'a note', internal: true, member_id: agent })
        .expect(201);
      await tenant.api.post(`/v1/helpdesk/tickets/${ticket.id}/reply`, { text: 'public answer' }).expect(201);
      await tenant.api.patch(`/v1/helpdesk/tickets/${ticket.id}/status`, { status: 'waiting' }).expect(200);
      const response = await tenant.api.get(`/v1/helpdesk/tickets/${ticket.id}`).expect(200);
      expect(response.body.messages).toEqual([
        expectedMessage({ author: 'customer', text: 'first' }),
        expectedMessage({ author: 'agent', member_id: agent, text: 'a note', internal: true }),
        expectedMessage({ author: 'agent', text: 'public answer' }),
      ]);
      expect(response.body.status_history).toEqual([
        { from: 'new', to: 'in_progress', source: 'auto', member_id: null, changed_at: expect.stringMatching(ISO) },
        { from: 'in_progress', to: 'waiting', source: 'api', member_id: null, changed_at: expect.stringMatching(ISO) },
      ]);
      expect(response.body.status).toBe('waiting');
    });

    it.each(['not-a-uuid', NO_SUCH_ID, '123'])('answers 404 for id %s', async (id) => {
      const response = await tenant.api.get(`/v1/helpdesk/tickets/${id}`).expect(404);
      expect(response.body).toEqual({ error: 'ticket not found', retryable: false, code: 'ticket_not_found' });
    });
  });

  describe("another project's ticket", () => {
    it('is 404 on every route, exactly like a missing one', async () => {
      const foreign = await createTicket(other.api);
      const routes: Array<() => Promise<{ status: number; body: unknown }>> = [
        () => tenant.api.get(`/v1/helpdesk/tickets/${foreign.id}`),
        () => tenant.api.post(`/v1/helpdesk/tickets/${foreign.id}/reply`, { text: 'x' }),
        () => tenant.api.post(`/v1/helpdesk/tickets/${foreign.id}/customer-reply`, { text: 'x' }),
        () => tenant.api.patch(`/v1/helpdesk/tickets/${foreign.id}/status`, { status: 'closed' }),
        () => tenant.api.patch(`/v1/helpdesk/tickets/${foreign.id}/assign`, { assigned_to: null }),
        () => tenant.api.patch(`/v1/helpdesk/tickets/${foreign.id}/priority`, { priority: 'high' }),
      ];
      for (const route of routes) {
        const response = await route();
        expect(response.status).toBe(404);
        expect(response.body).toEqual({ error: 'ticket not found', retryable: false, code: 'ticket_not_found' });
      }
      const untouched = await other.api.get(`/v1/helpdesk/tickets/${foreign.id}`).expect(200);
      expect(untouched.body.messages).toHaveLength(1);
      expect(untouched.body.status).toBe('new');
      expect(untouched.body.priority).toBe('normal');
    });

    it.each(['reply', 'customer-reply'])('answers 404 on %s for a malformed id', async (route) => {
      await tenant.api.post(`/v1/helpdesk/tickets/nope/${route}`, { text: 'x' }).expect(404);
    });

    it.each(['status', 'assign', 'priority'])('answers 404 on PATCH %s for a malformed id', async (route) => {
      const body = { status: { status: 'closed' }, assign: { assigned_to: null }, priority: { priority: 'low' } }[
        route
      ];
      await tenant.api.patch(`/v1/helpdesk/tickets/nope/${route}`, body).expect(404);
    });
  });
});
