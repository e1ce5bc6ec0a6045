import { sqlOfManager } from '../../src/common/database/sql.js';
import { randomUUID } from 'node:crypto';
import { TicketChatService } from '../../src/tickets/ticket-chat.service.js';
import { TicketsService } from '../../src/tickets/tickets.service.js';
import { toAuthenticated } from '../../src/projects/projects.service.js';
import { SubscribersService } from '../../src/subscribers/subscribers.service.js';
import { DataSource } from 'typeorm';
import { OFFLINE_BOTS, type TestProject, useTestApp } from '../helpers/test-app.js';
import { addMember, createTicket, outboxCursor, type StoredEvent, subscribeChat } from '../helpers/tickets.js';

const names = (events: StoredEvent[]) => events.map((event) => `${event.topic}:${event.event_type}`);

// Every change writes its outbox events in its own transaction: the ticket.* webhook events (none for an
// internal note or a change to the same value), then what a messenger chat must receive.
describe('tickets write exactly the outbox events of each change, and nothing else', () => {
  const ctx = useTestApp(OFFLINE_BOTS);

  describe('a telegram ticket through its whole life', () => {
    let tenant: TestProject;
    let next: () => Promise<StoredEvent[]>;
    let ticket: Record<string, any>;

    beforeAll(async () => {
      tenant = await ctx.project();
      next = outboxCursor(ctx.app, tenant.project.id);
    });

    it('creation for a customer chat: ticket.created with the ticket object (the chat subscribed before)', async () => {
      await subscribeChat(ctx.app, tenant.project.id, 123456789);
      ticket = await createTicket(tenant.api, {
        channel: 'telegram',
        chat_id: 123456789,
        first_name: 'Ann',
        username: 'ann',
      });
      const events = await next();
      expect(names(events)).toEqual(['webhook:ticket.created']);
      expect(events[0].payload).toEqual(ticket);
      expect(events[0].aggregate_id).toBe(ticket.id);
    });

    it('a second ticket from the same chat: only ticket.created', async () => {
      await createTicket(tenant.api, { channel: 'telegram', chat_id: 123456789 });
      expect(names(await next())).toEqual(['webhook:ticket.created']);
    });

    it('an internal note: nothing at all, and nothing queued to the chat', async () => {
      await tenant.api
        .post(`/v1/helpdesk/tickets/${ticket.id}/reply`, { text: 'internal only', internal: true })
        .expect(201);
      expect(await next()).toEqual([]);
    });

    it('first public reply: ticket.replied, ticket.status_changed new→in_progress, telegram chat.message', async () => {
      const reply = await tenant.api
        .post(`/v1/helpdesk/tickets/${ticket.id}/reply`, { text: 'We are on it' })
        .expect(201);
      const events = await next();
      expect(names(events)).toEqual([
        'webhook:ticket.replied',
        'webhook:ticket.status_changed',
        'telegram:chat.message',
      ]);
      const current = (await tenant.api.get(`/v1/helpdesk/tickets/${ticket.id}`).expect(200)).body;
      const { messages: _messages, status_history: _history, ...ticketObject } = current;
      expect(events[0].payload).toEqual({ ...ticketObject, message: reply.body.message });
      expect(events[1].payload).toEqual({ ...ticketObject, from: 'new', to: 'in_progress' });
      expect(events[2].payload).toEqual({
        ticket_id: ticket.id,
        message_id: reply.body.message.id,
        chat_id: 123456789,
        text: 'We are on it',
        attachments: [],
      });
      expect(events[2].aggregate_id).toBe(ticket.id);
    });

    it('a later public reply: ticket.replied and chat.message only', async () => {
      await tenant.api.post(`/v1/helpdesk/tickets/${ticket.id}/reply`, { text: 'Try again now' }).expect(201);
      expect(names(await next())).toEqual(['webhook:ticket.replied', 'telegram:chat.message']);
    });

    it('assignment: ticket.assigned; the same assignment again: nothing', async () => {
      const agent = await addMember(tenant.api);
      await tenant.api.patch(`/v1/helpdesk/tickets/${ticket.id}/assign`, { assigned_to: agent }).expect(200);
      const events = await next();
      expect(names(events)).toEqual(['webhook:ticket.assigned']);
      expect(events[0].payload.assigned_to).toBe(agent);
      await tenant.api.patch(`/v1/helpdesk/tickets/${ticket.id}/assign`, { assigned_to: agent }).expect(200);
      expect(await next()).toEqual([]);
    });

    it('priority: no event', async () => {
      await tenant.api.patch(`/v1/helpdesk/tickets/${ticket.id}/priority`, { priority: 'high' }).expect(200);
      expect(await next()).toEqual([]);
    });

    it('waiting: ticket.status_changed; the same status again: nothing', async () => {
      await tenant.api.patch(`/v1/helpdesk/tickets/${ticket.id}/status`, { status: 'waiting' }).expect(200);
      const events = await next();
      expect(names(events)).toEqual(['webhook:ticket.status_changed']);
      expect(events[0].payload).toEqual(
        expect.objectContaining({ from: 'in_progress', to: 'waiting', status: 'waiting' }),
      );
      await tenant.api.patch(`/v1/helpdesk/tickets/${ticket.id}/status`, { status: 'waiting' }).expect(200);
      expect(await next()).toEqual([]);
    });

    it('a customer message from the bot on a waiting ticket: ticket.replied, ticket.status_changed auto', async () => {
      const tickets = ctx.app.get(TicketsService);
      const photo = {
        id: '7d0c5a52-1b1e-4c7e-9d55-3f4f2f0b8a11',
        type: 'photo' as const,
        file_name: null,
        mime_type: 'image/jpeg',
        size: 1234,
        error: null,
      };
      const message = await tickets.addCustomerMessage(
        tenant.project,
        ticket.id,
        { text: 'still nothing', attachments: [photo] },
        { source: 'bot' },
      );
      expect(message.attachments).toEqual([
        { ...photo, url: `/v1/helpdesk/tickets/${ticket.id}/attachments/${photo.id}` },
      ]);
      const events = await next();
      expect(names(events)).toEqual(['webhook:ticket.replied', 'webhook:ticket.status_changed']);
      expect(events[0].payload.message).toEqual(message);
      expect(events[1].payload).toEqual(
        expect.objectContaining({ from: 'waiting', to: 'in_progress', last_message_from: 'customer' }),
      );
    });

    it('closing: ticket.status_changed, ticket.closed, then chat.ticket_closed with the csat flag', async () => {
      await tenant.api.put('/v1/helpdesk/settings', { csat_enabled: true }).expect(200);
      const closed = await tenant.api
        .patch(`/v1/helpdesk/tickets/${ticket.id}/status`, { status: 'closed' })
        .expect(200);
      const events = await next();
      expect(names(events)).toEqual([
        'webhook:ticket.status_changed',
        'webhook:ticket.closed',
        'telegram:chat.ticket_closed',
      ]);
      expect(events[0].payload).toEqual({ ...closed.body, from: 'in_progress', to: 'closed' });
      expect(events[1].payload).toEqual(closed.body);
      expect(events[2].payload).toEqual({
        ticket_id: ticket.id,
        ticket_number: ticket.ticket_number,
        chat_id: 123456789,
        csat_survey: true,
      });
    });

    it('records and finishes chat deliveries', async () => {
      const tickets = ctx.app.get(TicketChatService);
      const reply = await tenant.api
        .post(`/v1/helpdesk/tickets/${ticket.id}/reply`, { text: 'one more thing' })
        .expect(201);
      await next();
      expect(await tickets.markMessageDelivery(tenant.project.id, reply.body.message.id, 'sent')).toBe(true);
      // Another project's worker cannot touch this project's message.
      expect(await tickets.markMessageDelivery(randomUUID(), reply.body.message.id, 'failed')).toBe(false);
      const note = await tenant.api
        .post(`/v1/helpdesk/tickets/${ticket.id}/reply`, { text: 'note', internal: true })
        .expect(201);
      expect(await tickets.markMessageDelivery(tenant.project.id, note.body.message.id, 'sent')).toBe(false);
      const messages = (await tenant.api.get(`/v1/helpdesk/tickets/${ticket.id}`).expect(200)).body.messages;
      expect(messages.find((message: { id: string }) => message.id === reply.body.message.id).delivery).toBe('sent');
      expect(messages.find((message: { id: string }) => message.id === note.body.message.id).delivery).toBeNull();
    });
  });

  describe('a virtual ticket', () => {
    it('never queues chat messages; customer-reply fires ticket.replied; closing without csat', async () => {
      const tenant = await ctx.project();
      const next = outboxCursor(ctx.app, tenant.project.id);
      const ticket = await createTicket(tenant.api);
      expect(names(await next())).toEqual(['webhook:subscription.created', 'webhook:ticket.created']);
      await tenant.api.post(`/v1/helpdesk/tickets/${ticket.id}/reply`, { text: 'answer' }).expect(201);
      expect(names(await next())).toEqual(['webhook:ticket.replied', 'webhook:ticket.status_changed']);
      await tenant.api.patch(`/v1/helpdesk/tickets/${ticket.id}/status`, { status: 'closed' }).expect(200);
      expect(names(await next())).toEqual(['webhook:ticket.status_changed', 'webhook:ticket.closed']);
      const reply = await tenant.api
        .post(`/v1/helpdesk/tickets/${ticket.id}/customer-reply`, { text: 'reopen please' })
        .expect(201);
      const events = await next();
      expect(names(events)).toEqual(['webhook:ticket.replied', 'webhook:ticket.status_changed']);
      expect(events[0].payload.message).toEqual(reply.body.message);
      expect(events[1].payload).toEqual(
        expect.objectContaining({ from: 'closed', to: 'in_progress', closed_at: null }),
      );
    });

    it('writes nothing when a request fails', async () => {
      const tenant = await ctx.project();
      const ticket = await createTicket(tenant.api);
      const next = outboxCursor(ctx.app, tenant.project.id);
      await next();
      await tenant.api
        .post(`/v1/helpdesk/tickets/${ticket.id}/reply`, {
          text: 'x',
          member_id: '00000000-0000-4000-8000-000000000000',
        })
        .expect(422);
      await tenant.api.put('/v1/helpdesk/settings', { helpdesk_enabled: false }).expect(200);
      await tenant.api.post('/v1/helpdesk/tickets', { text: 'x' }).expect(403);
      expect(await next()).toEqual([]);
    });
  });
  // The customer is found or inserted in one statement; the conflicting insert of a simultaneous first
  // message waits for the other and then reads the row it committed.
  it('simultaneous first contacts from one new chat: one customer, one subscription.created', async () => {
    const tenant = await ctx.project();
    const next = outboxCursor(ctx.app, tenant.project.id);
    const subscribers = ctx.app.get(SubscribersService);
    const found = await Promise.all(
      Array.from({ length: 6 }, () =>
        ctx.app.get(DataSource).transaction((manager) =>
          subscribers.findOrCreate(toAuthenticated(tenant.project), sqlOfManager(manager), {
            channel: 'telegram',
            chat_id: 555000111,
            first_name: 'Bo',
          }),
        ),
      ),
    );
    expect(new Set(found.map(({ subscriber }) => subscriber.id)).size).toBe(1);
    expect(found.filter(({ created }) => created)).toHaveLength(1);
    const events = names(await next());
    expect(events).toEqual(['webhook:subscription.created']);
  });
});
