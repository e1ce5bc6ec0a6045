import { OFFLINE_BOTS, useTestApp } from '../helpers/test-app.js';
import { addMember, createTicket, subscribeChat, expectedMessage, ISO, NO_SUCH_ID } from '../helpers/tickets.js';

describe('tickets REST API: replies, status, assignment, priority, SLA', () => {
  const ctx = useTestApp(OFFLINE_BOTS);
  const tenant = ctx.useProject('Acme');
  const other = ctx.useProject('Other');

  describe('POST /v1/helpdesk/tickets/{id}/reply', () => {
    it('answers 201 with the message, sets first_reply_at once and moves a new ticket to in_progress', async () => {
      const ticket = await createTicket(tenant.api);
      const response = await tenant.api
        .post(`/v1/helpdesk/tickets/${ticket.id}/reply`, { text: 'Check your Spam folder', internal: false })
        .expect(201);
      expect(response.body).toEqual({ message: expectedMessage({ author: 'agent', text: 'Check your Spam folder' }) });
      const after = (await tenant.api.get(`/v1/helpdesk/tickets/${ticket.id}`).expect(200)).body;
      expect(after.status).toBe('in_progress');
      expect(after.first_reply_at).toEqual(expect.stringMatching(ISO));
      expect(after.time_to_first_response_seconds).toEqual(expect.any(Number));
      expect(after.last_message_from).toBe('agent');
      await tenant.api.post(`/v1/helpdesk/tickets/${ticket.id}/reply`, { text: 'Second answer' }).expect(201);
      const later = (await tenant.api.get(`/v1/helpdesk/tickets/${ticket.id}`).expect(200)).body;
      expect(later.first_reply_at).toBe(after.first_reply_at);
      expect(later.status_history).toHaveLength(1);
    });

    it('queues a public reply on a telegram ticket for delivery (pending)', async () => {
      await subscribeChat(ctx.app, tenant.project.id, 4242, 'telegram');
      const ticket = await createTicket(tenant.api, { channel: 'telegram', chat_id: 4242 });
      const response = await tenant.api.post(`/v1/helpdesk/tickets/${ticket.id}/reply`, { text: 'hello' }).expect(201);
      expect(response.body.message.delivery).toBe('pending');
      const note = await tenant.api
        .post(`/v1/helpdesk/tickets/${ticket.id}/reply`, { text: 'psst', internal: true })
        .expect(201);
      expect(note.body.message.delivery).toBeNull();
    });

    it('keeps an internal note from first_reply_at, the status and last_message_*', async () => {
      const ticket = await createTicket(tenant.api);
      const response = await tenant.api
        .post(`/v1/helpdesk/tickets/${ticket.id}/reply`, { text: 'customer seems upset', internal: true })
        .expect(201);
      expect(response.body.message.internal).toBe(true);
      const after = (await tenant.api.get(`/v1/helpdesk/tickets/${ticket.id}`).expect(200)).body;
      expect(after.status).toBe('new');
      expect(after.first_reply_at).toBeNull();
      expect(after.last_message_from).toBe('customer');
      expect(after.last_message_at).toBe(ticket.last_message_at);
      expect(after.status_history).toEqual([]);
    });

    it('attributes the reply to a member of the project, and refuses anyone else with 422', async () => {
      const agent = await addMember(tenant.api, 'Carol');
      const outsider = await addMember(other.api, 'Mallory');
      const ticket = await createTicket(tenant.api);
      const ok = await tenant.api
        .post(`/v1/helpdesk/tickets/${ticket.id}/reply`, { text: 'hi', member_id: agent })
        .expect(201);
      expect(ok.body.message.member_id).toBe(agent);
      for (const memberId of [outsider, NO_SUCH_ID]) {
        const refused = await tenant.api
          .post(`/v1/helpdesk/tickets/${ticket.id}/reply`, { text: 'hi', member_id: memberId })
          .expect(422);
        expect(refused.body).toEqual({
          error: expect.stringContaining('member_id'),
          retryable: false,
          code: 'member_not_in_project',
        });
      }
      const messages = (await tenant.api.get(`/v1/helpdesk/tickets/${ticket.id}`).expect(200)).body.messages;
      expect(messages).toHaveLength(2);
    });

    it.each([
      ['text missing', {}, 400],
      ['text over 4096 characters', { text: 'x'.repeat(4097) }, 422],
      ['internal not a boolean', { text: 'x', internal: 'yes' }, 400],
      ['malformed member_id', { text: 'x', member_id: 'bob' }, 400],
      ['unknown field', { text: 'x', author: 'customer' }, 400],
    ])('rejects %s', async (_name, body, status) => {
      const ticket = await createTicket(tenant.api);
      await tenant.api.post(`/v1/helpdesk/tickets/${ticket.id}/reply`, body).expect(status);
    });
  });

  describe('POST /v1/helpdesk/tickets/{id}/customer-reply', () => {
    it('adds a customer message to a virtual ticket', async () => {
      const ticket = await createTicket(tenant.api);
      const response = await tenant.api
        .post(`/v1/helpdesk/tickets/${ticket.id}/customer-reply`, { text: 'any news?' })
        .expect(201);
      expect(response.body).toEqual({ message: expectedMessage({ author: 'customer', text: 'any news?' }) });
      const after = (await tenant.api.get(`/v1/helpdesk/tickets/${ticket.id}`).expect(200)).body;
      expect(after.status).toBe('new');
      expect(after.last_message_from).toBe('customer');
    });

    it.each(['waiting', 'closed'])(
      'reopens a %s ticket to in_progress (source auto) and clears closed_at',
      async (status) => {
        const ticket = await createTicket(tenant.api);
        const changed = (await tenant.api.patch(`/v1/helpdesk/tickets/${ticket.id}/status`, { status }).expect(200))
          .body;
        if (status === 'closed') expect(changed.closed_at).toEqual(expect.stringMatching(ISO));
        await tenant.api.post(`/v1/helpdesk/tickets/${ticket.id}/customer-reply`, { text: 'still broken' }).expect(201);
        const after = (await tenant.api.get(`/v1/helpdesk/tickets/${ticket.id}`).expect(200)).body;
        expect(after.status).toBe('in_progress');
        expect(after.closed_at).toBeNull();
        expect(after.time_to_resolve_seconds).toBeNull();
        expect(
          after.status_history.map((entry: { from: string; to: string; source: string }) => [
            entry.from,
            entry.to,
            entry.source,
          ]),
        ).toEqual([
          ['new', status, 'api'],
          [status, 'in_progress', 'auto'],
        ]);
      },
    );

    it.each(['telegram', 'max'] as const)('answers 409 for a %s ticket', async (channel) => {
      await subscribeChat(ctx.app, tenant.project.id, 9001, channel);
      const ticket = await createTicket(tenant.api, { channel, chat_id: 9001 });
      const response = await tenant.api
        .post(`/v1/helpdesk/tickets/${ticket.id}/customer-reply`, { text: 'x' })
        .expect(409);
      expect(response.body).toEqual({
        error: expect.stringContaining('virtual'),
        retryable: false,
        code: 'ticket_not_virtual',
      });
    });

    it.each([
      ['text missing', {}, 400],
      ['text over 4096 characters', { text: 'x'.repeat(4097) }, 422],
      ['unknown field', { text: 'x', internal: true }, 400],
    ])('rejects %s', async (_name, body, status) => {
      const ticket = await createTicket(tenant.api);
      await tenant.api.post(`/v1/helpdesk/tickets/${ticket.id}/customer-reply`, body).expect(status);
    });
  });

  describe('PATCH /v1/helpdesk/tickets/{id}/status', () => {
    it('closes with closed_at and time_to_resolve_seconds, reopens clearing them, records each change', async () => {
      const ticket = await createTicket(tenant.api);
      const closed = await tenant.api
        .patch(`/v1/helpdesk/tickets/${ticket.id}/status`, { status: 'closed' })
        .expect(200);
      expect(closed.body.status).toBe('closed');
      expect(closed.body.closed_at).toEqual(expect.stringMatching(ISO));
      expect(closed.body.time_to_resolve_seconds).toEqual(expect.any(Number));
      expect(closed.body.id).toBe(ticket.id);
      const reopened = await tenant.api
        .patch(`/v1/helpdesk/tickets/${ticket.id}/status`, { status: 'new' })
        .expect(200);
      expect(reopened.body.closed_at).toBeNull();
      expect(reopened.body.time_to_resolve_seconds).toBeNull();
      const again = await tenant.api.patch(`/v1/helpdesk/tickets/${ticket.id}/status`, { status: 'new' }).expect(200);
      expect(again.body.status).toBe('new');
      const history = (await tenant.api.get(`/v1/helpdesk/tickets/${ticket.id}`).expect(200)).body.status_history;
      expect(history.map((entry: { from: string; to: string }) => `${entry.from}>${entry.to}`)).toEqual([
        'new>closed',
        'closed>new',
      ]);
    });

    it.each([
      ['status missing', {}, 400],
      ['unknown status', { status: 'open' }, 400],
      ['status not a string', { status: 1 }, 400],
      ['unknown field', { status: 'closed', reason: 'x' }, 400],
    ])('rejects %s', async (_name, body, status) => {
      const ticket = await createTicket(tenant.api);
      await tenant.api.patch(`/v1/helpdesk/tickets/${ticket.id}/status`, body).expect(status);
    });
  });

  describe('PATCH /v1/helpdesk/tickets/{id}/assign', () => {
    it('assigns a member and unassigns with null or an empty body', async () => {
      const agent = await addMember(tenant.api, 'Dave');
      const ticket = await createTicket(tenant.api);
      const assigned = await tenant.api
        .patch(`/v1/helpdesk/tickets/${ticket.id}/assign`, { assigned_to: agent })
        .expect(200);
      expect(assigned.body.assigned_to).toBe(agent);
      expect(assigned.body.id).toBe(ticket.id);
      const cleared = await tenant.api
        .patch(`/v1/helpdesk/tickets/${ticket.id}/assign`, { assigned_to: null })
        .expect(200);
      expect(cleared.body.assigned_to).toBeNull();
      await tenant.api.patch(`/v1/helpdesk/tickets/${ticket.id}/assign`, { assigned_to: agent }).expect(200);
      const omitted = await tenant.api.patch(`/v1/helpdesk/tickets/${ticket.id}/assign`, {}).expect(200);
      expect(omitted.body.assigned_to).toBeNull();
    });

    it('refuses a member of another project or an unknown id with 422', async () => {
      const outsider = await addMember(other.api, 'Eve');
      const ticket = await createTicket(tenant.api);
      for (const id of [outsider, NO_SUCH_ID]) {
        const response = await tenant.api
          .patch(`/v1/helpdesk/tickets/${ticket.id}/assign`, { assigned_to: id })
          .expect(422);
        expect(response.body).toEqual({
          error: expect.stringContaining('assigned_to'),
          retryable: false,
          code: 'member_not_in_project',
        });
      }
      expect((await tenant.api.get(`/v1/helpdesk/tickets/${ticket.id}`)).body.assigned_to).toBeNull();
    });

    it.each([
      ['malformed id', { assigned_to: 'dave' }, 400],
      ['the superseded user_id body', { user_id: NO_SUCH_ID }, 400],
    ])('rejects %s', async (_name, body, status) => {
      const ticket = await createTicket(tenant.api);
      await tenant.api.patch(`/v1/helpdesk/tickets/${ticket.id}/assign`, body).expect(status);
    });

    it('unassigns when the member is removed from the team', async () => {
      const agent = await addMember(tenant.api, 'Frank');
      const ticket = await createTicket(tenant.api);
      await tenant.api.patch(`/v1/helpdesk/tickets/${ticket.id}/assign`, { assigned_to: agent }).expect(200);
      await tenant.api.delete(`/v1/team/members/${agent}`).expect(204);
      expect((await tenant.api.get(`/v1/helpdesk/tickets/${ticket.id}`)).body.assigned_to).toBeNull();
    });
  });

  describe('PATCH /v1/helpdesk/tickets/{id}/priority', () => {
    it('changes the priority', async () => {
      const ticket = await createTicket(tenant.api);
      for (const priority of ['low', 'high', 'urgent', 'normal']) {
        const response = await tenant.api.patch(`/v1/helpdesk/tickets/${ticket.id}/priority`, { priority }).expect(200);
        expect(response.body.priority).toBe(priority);
      }
    });

    it.each([
      ['priority missing', {}, 400],
      ['unknown priority', { priority: 'critical' }, 400],
    ])('rejects %s', async (_name, body, status) => {
      const ticket = await createTicket(tenant.api);
      await tenant.api.patch(`/v1/helpdesk/tickets/${ticket.id}/priority`, body).expect(status);
    });
  });

  describe('SLA fields', () => {
    it("computes due times from the project's thresholds", async () => {
      const { api } = await ctx.project();
      await api.put('/v1/helpdesk/settings', { sla_first_reply_hours: 4, sla_resolve_hours: 24 }).expect(200);
      const ticket = await createTicket(api);
      const created = Date.parse(ticket.created_at);
      expect(ticket.sla).toEqual({
        first_reply_due_at: new Date(created + 4 * 3_600_000).toISOString(),
        resolve_due_at: new Date(created + 24 * 3_600_000).toISOString(),
        first_reply_breached: false,
        resolve_breached: false,
      });
      const listed = (await api.get('/v1/helpdesk/tickets').expect(200)).body.tickets[0];
      expect(listed.sla.first_reply_due_at).toBe(ticket.sla.first_reply_due_at);
    });
  });
});
