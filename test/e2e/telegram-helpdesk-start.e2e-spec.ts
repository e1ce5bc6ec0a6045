import { DataSource } from 'typeorm';
import { TelegramDeliveryWorker } from '../../src/messengers/telegram/telegram-delivery.worker.js';
import { buttonsOf, useTelegramChat } from '../helpers/telegram-chat.js';
import type { TestProject } from '../helpers/test-app.js';

const SECRET = 'helpdesk-flow-secret';

describe('Telegram helpdesk: help deep link, ticket creation and deep-link requests', () => {
  const { ctx, post, sentTo, lastSent, ticketsOf, details, createTicketThroughBot, updates, fake, sendFor } =
    useTelegramChat('777:helpdesk-flows', SECRET);
  const tenant = ctx.useProject('Flows');
  let nextChat = 700_000 + Math.floor(Math.random() * 100_000);
  const newChat = () => nextChat++;

  describe('help deep link and ticket creation', () => {
    it('subscribes the customer on first contact', async () => {
      const chat = newChat();
      await post(updates.start(chat, `help_${tenant.project.slug}`));
      const rows = await ctx.app.get(DataSource).query(
        `SELECT first_name, username, lang FROM subscriber WHERE project_id = $1 AND channel = 'telegram'
           AND chat_id = $2`,
        [tenant.project.id, chat],
      );
      expect(rows).toEqual([{ first_name: 'Ivan', username: 'ivan_p', lang: 'en' }]);
      const events = await ctx.app.get(DataSource).query(
        `SELECT event_type FROM outbox_event WHERE project_id = $1 AND topic = 'webhook'
           AND payload->>'chat_id' = $2`,
        [tenant.project.id, String(chat)],
      );
      expect(events.map((e: { event_type: string }) => e.event_type)).toEqual(['subscription.created']);
    });

    it('creates a ticket from the description and confirms it with the number', async () => {
      const chat = newChat();
      await post(updates.start(chat, `help_${tenant.project.slug}`));
      await post(updates.callback(chat, 'm:new', 1));
      expect(lastSent(chat).body.text).toContain('describe your problem');
      await post(updates.text(chat, 'My order has not arrived\nOrder 1234'));
      const [ticket] = await ticketsOf(tenant, chat);
      expect(ticket).toMatchObject({
        channel: 'telegram',
        chat_id: chat,
        status: 'new',
        subject: 'My order has not arrived',
        customer: { first_name: 'Ivan', username: 'ivan_p' },
        ticket_type_id: null,
      });
      expect(lastSent(chat).body.text).toBe(
        `Ticket #${ticket.ticket_number} is created. We will answer here; just write to this chat to add details.`,
      );
      const full = await details(tenant, ticket.id);
      expect(full.messages).toEqual([
        expect.objectContaining({ author: 'customer', text: 'My order has not arrived\nOrder 1234' }),
      ]);
    });

    it('skips the type step when ticket types are on but none exist', async () => {
      const project = await ctx.project('Typed');
      await project.api.put('/v1/helpdesk/settings', { helpdesk_ticket_types_enabled: true }).expect(200);
      const chat = newChat();
      const ticket = await createTicketThroughBot(project, chat, 'No types here');
      expect(ticket).toMatchObject({ ticket_type_id: null, subject: 'No types here' });
    });

    it('lets the customer pick a ticket type with buttons when the project has types', async () => {
      const project = await ctx.project('With types');
      await project.api.put('/v1/helpdesk/settings', { helpdesk_ticket_types_enabled: true }).expect(200);
      const bug = (await project.api.post('/v1/helpdesk/ticket-types', { name: 'Bug', sort_order: 1 }).expect(201))
        .body;
      const question = (
        await project.api.post('/v1/helpdesk/ticket-types', { name: 'Question', sort_order: 2 }).expect(201)
      ).body;
      const hidden = (
        await project.api.post('/v1/helpdesk/ticket-types', { name: 'Hidden', sort_order: 3 }).expect(201)
      ).body;
      await project.api.put(`/v1/helpdesk/ticket-types/${hidden.id}`, { enabled: false }).expect(200);
      const chat = newChat();
      await post(updates.start(chat, `help_${project.project.slug}`));
      await post(updates.callback(chat, 'm:new', 1));
      const choice = lastSent(chat);
      expect(choice.body.text).toBe('What is your request about?');
      expect(buttonsOf(choice)).toEqual([
        { text: 'Bug', callback_data: `ty:${bug.id}` },
        { text: 'Question', callback_data: `ty:${question.id}` },
      ]);
      await post(updates.callback(chat, `ty:${question.id}`, 99));
      expect(lastSent(chat).body.text).toContain('describe your problem');
      await post(updates.text(chat, 'How do I export?'));
      const [ticket] = await ticketsOf(project, chat);
      expect(ticket).toMatchObject({
        ticket_type_id: question.id,
        ticket_type_name: 'Question',
        subject: 'How do I export?',
      });
      expect(fake.callsOf('editMessageReplyMarkup', chat).at(-1)!.body).toMatchObject({ message_id: 99 });
    });

    it('still files the ticket, without a type, when the picked type was disabled before the description', async () => {
      const project = await ctx.project('Type disabled meanwhile');
      await project.api.put('/v1/helpdesk/settings', { helpdesk_ticket_types_enabled: true }).expect(200);
      const billing = (await project.api.post('/v1/helpdesk/ticket-types', { name: 'Billing' }).expect(201)).body;
      const chat = newChat();
      await post(updates.start(chat, `help_${project.project.slug}`));
      await post(updates.callback(chat, 'm:new', 1));
      await post(updates.callback(chat, `ty:${billing.id}`, 2));
      await project.api.put(`/v1/helpdesk/ticket-types/${billing.id}`, { enabled: false }).expect(200);
      await post(updates.text(chat, 'Charged twice'));
      const [ticket] = await ticketsOf(project, chat);
      expect(ticket).toMatchObject({ subject: 'Charged twice', ticket_type_id: null, ticket_type_name: null });
      expect(lastSent(chat).body.text).toContain(`#${ticket.ticket_number}`);
    });

    it('asks for the type before filing a first message written without the menu', async () => {
      const project = await ctx.project('Types first');
      await project.api.put('/v1/helpdesk/settings', { helpdesk_ticket_types_enabled: true }).expect(200);
      const billing = (await project.api.post('/v1/helpdesk/ticket-types', { name: 'Billing' }).expect(201)).body;
      const chat = newChat();
      await post(updates.start(chat, `help_${project.project.slug}`));
      await post(updates.text(chat, 'I was charged twice'));
      await post(updates.text(chat, 'on May 3'));
      expect(await ticketsOf(project, chat)).toEqual([]);
      await post(updates.callback(chat, `ty:${billing.id}`, 7));
      const [ticket] = await ticketsOf(project, chat);
      expect(ticket).toMatchObject({ ticket_type_id: billing.id, subject: 'I was charged twice' });
      expect((await details(project, ticket.id)).messages.map((m: { text: string }) => m.text)).toEqual([
        'I was charged twice',
        'on May 3',
      ]);
    });

    it('refuses a type button of a type that is not offered', async () => {
      const project = await ctx.project('Stale type');
      await project.api.put('/v1/helpdesk/settings', { helpdesk_ticket_types_enabled: true }).expect(200);
      await project.api.post('/v1/helpdesk/ticket-types', { name: 'Only' }).expect(201);
      const foreignType = (
        await tenant.api.post('/v1/helpdesk/ticket-types', { name: `Foreign ${Date.now()}` }).expect(201)
      ).body;
      const chat = newChat();
      await post(updates.start(chat, `help_${project.project.slug}`));
      await post(updates.callback(chat, 'm:new', 1));
      await post(updates.callback(chat, `ty:${foreignType.id}`, 2));
      expect(lastSent(chat).body.text).toBe('This button is no longer active.');
    });

    it('answers in Russian with the Russian confirmation', async () => {
      const chat = newChat();
      const ticket = await createTicketThroughBot(tenant, chat, 'Не приходит код', 'ru');
      expect(lastSent(chat).body.text).toContain(`Обращение №${ticket.ticket_number} создано`);
    });

    it('turns the first message of a customer without open tickets into a ticket', async () => {
      const chat = newChat();
      await post(updates.start(chat, `help_${tenant.project.slug}`));
      await post(updates.text(chat, 'Just writing'));
      const tickets = await ticketsOf(tenant, chat);
      expect(tickets).toHaveLength(1);
      expect(tickets[0].subject).toBe('Just writing');
    });

    it('refuses creation when customers may not create tickets, but still lists them', async () => {
      const project = await ctx.project('No create');
      const chat = newChat();
      await createTicketThroughBot(project, chat, 'Before the switch');
      await project.api.put('/v1/helpdesk/settings', { helpdesk_allow_create: false }).expect(200);
      await project.api
        .patch(`/v1/helpdesk/tickets/${(await ticketsOf(project, chat))[0].id}/status`, { status: 'closed' })
        .expect(200);
      await ctx.app.get(TelegramDeliveryWorker).runOnce(project.project.id);
      await sendFor(chat, (c) => c.body.text === 'Your ticket is closed. Thank you for contacting us!');
      await post(updates.callback(chat, 'm:new', 1));
      expect(lastSent(chat).body.text).toBe('New tickets cannot be created here right now.');
      await post(updates.text(chat, 'hello again'));
      expect(lastSent(chat).body.text).toBe('New tickets cannot be created here right now.');
      expect(await ticketsOf(project, chat)).toHaveLength(1);
    });

    it('lists the tickets under My tickets, each a button that opens it', async () => {
      const chat = newChat();
      const first = await createTicketThroughBot(tenant, chat, 'First problem');
      await post(updates.callback(chat, 'm:list', 1));
      expect(lastSent(chat).body.text).toBe('Your tickets (open and recently closed). Tap one to see its messages:');
      expect(buttonsOf(lastSent(chat))).toEqual([
        { text: `#${first.ticket_number} · new · First problem`, callback_data: `tv:${first.id}` },
      ]);
    });

    it('tells a chat without a bound project to use a support link', async () => {
      const chat = newChat();
      await post(updates.text(chat, 'hello?'));
      expect(sentTo(chat).map((c) => c.body.text)).toEqual([expect.stringContaining('open the support link')]);
    });
  });

  describe('deep-link requests', () => {
    const statusOf = async (project: TestProject, id: string) =>
      (await project.api.get(`/v1/helpdesk/request/${id}/status`).expect(200)).body;

    it('subscribes on Subscribe, accepts the request and opens the menu', async () => {
      const project = await ctx.project('Requests');
      const { request_id } = (await project.api.post('/v1/helpdesk/request', { channel: 'telegram' }).expect(201)).body;
      const chat = newChat();
      await post(updates.start(chat, `hdreq_${request_id}`));
      expect(
        await ctx.app
          .get(DataSource)
          .query(`SELECT id FROM subscriber WHERE project_id = $1 AND chat_id = $2`, [project.project.id, chat]),
      ).toEqual([]);
      await post(updates.callback(chat, `rq:y:${request_id}`, 55));
      const [subscriber] = await ctx.app
        .get(DataSource)
        .query(`SELECT id FROM subscriber WHERE project_id = $1 AND chat_id = $2`, [project.project.id, chat]);
      expect(await statusOf(project, request_id)).toEqual({
        status: 'accepted',
        subscriber_id: subscriber.id,
        channel: 'telegram',
      });
      const menu = lastSent(chat);
      expect(menu.body.text).toBe('Hello! Please describe your issue.');
      expect(buttonsOf(menu).map((b) => b.callback_data)).toEqual(['m:new', 'm:list']);
      // The chat is now bound to the project: a ticket can be created right away.
      await post(updates.callback(chat, 'm:new', 1));
      await post(updates.text(chat, 'From a request'));
      expect((await ticketsOf(project, chat)).map((t) => t.subject)).toEqual(['From a request']);
      // Opening the accepted link again goes back to the menu.
      await post(updates.start(chat, `hdreq_${request_id}`));
      expect(buttonsOf(lastSent(chat)).map((b) => b.callback_data)).toEqual(['m:new', 'm:list']);
    });

    it('pre-selects the request ticket type, skipping the type step', async () => {
      const project = await ctx.project('Preselected');
      await project.api.put('/v1/helpdesk/settings', { helpdesk_ticket_types_enabled: true }).expect(200);
      await project.api.post('/v1/helpdesk/ticket-types', { name: 'Other' }).expect(201);
      const refund = (await project.api.post('/v1/helpdesk/ticket-types', { name: 'Refund' }).expect(201)).body;
      const { request_id } = (
        await project.api.post('/v1/helpdesk/request', { channel: 'telegram', ticket_type_id: refund.id }).expect(201)
      ).body;
      const chat = newChat();
      await post(updates.start(chat, `hdreq_${request_id}`));
      await post(updates.callback(chat, `rq:y:${request_id}`, 3));
      await post(updates.callback(chat, 'm:new', 1));
      expect(lastSent(chat).body.text).toContain('describe your problem');
      await post(updates.text(chat, 'Please refund order 7'));
      expect((await ticketsOf(project, chat))[0]).toMatchObject({
        ticket_type_id: refund.id,
        ticket_type_name: 'Refund',
      });
    });

    it('skips the consent screen for a customer who is already subscribed', async () => {
      const project = await ctx.project('Known customer');
      const chat = newChat();
      await post(updates.start(chat, `help_${project.project.slug}`));
      const { request_id } = (await project.api.post('/v1/helpdesk/request', {}).expect(201)).body;
      await post(updates.start(chat, `hdreq_${request_id}`));
      const [subscriber] = await ctx.app
        .get(DataSource)
        .query(`SELECT id FROM subscriber WHERE project_id = $1 AND chat_id = $2`, [project.project.id, chat]);
      expect(await statusOf(project, request_id)).toEqual({
        status: 'accepted',
        subscriber_id: subscriber.id,
        channel: 'telegram',
      });
      expect(sentTo(chat).some((c) => String(c.body.text).includes('Subscribe to messages'))).toBe(false);
      expect(buttonsOf(lastSent(chat)).map((b) => b.callback_data)).toEqual(['m:new', 'm:list']);
    });

    it('does not subscribe on Cancel', async () => {
      const project = await ctx.project('Cancelled');
      const { request_id } = (await project.api.post('/v1/helpdesk/request', {}).expect(201)).body;
      const chat = newChat();
      await post(updates.start(chat, `hdreq_${request_id}`));
      await post(updates.callback(chat, `rq:n:${request_id}`, 5));
      expect(await statusOf(project, request_id)).toEqual({ status: 'cancelled', channel: 'telegram' });
      expect(
        await ctx.app
          .get(DataSource)
          .query(`SELECT id FROM subscriber WHERE project_id = $1 AND chat_id = $2`, [project.project.id, chat]),
      ).toEqual([]);
    });

    it('does not subscribe when the request expired before Subscribe was tapped', async () => {
      const project = await ctx.project('Expired');
      const { request_id } = (await project.api.post('/v1/helpdesk/request', {}).expect(201)).body;
      const chat = newChat();
      await post(updates.start(chat, `hdreq_${request_id}`));
      await ctx.app
        .get(DataSource)
        .query(`UPDATE helpdesk_request SET expires_at = now() - interval '1 second' WHERE id = $1`, [request_id]);
      await post(updates.callback(chat, `rq:y:${request_id}`, 5));
      expect(await statusOf(project, request_id)).toEqual({ status: 'expired' });
      expect(lastSent(chat).body.text).toContain('expired');
      expect(
        await ctx.app
          .get(DataSource)
          .query(`SELECT id FROM subscriber WHERE project_id = $1 AND chat_id = $2`, [project.project.id, chat]),
      ).toEqual([]);
    });

    it('refuses a link another chat already accepted', async () => {
      const project = await ctx.project('Used');
      const { request_id } = (await project.api.post('/v1/helpdesk/request', {}).expect(201)).body;
      const first = newChat();
      await post(updates.start(first, `hdreq_${request_id}`));
      await post(updates.callback(first, `rq:y:${request_id}`, 5));
      const second = newChat();
      await post(updates.start(second, `hdreq_${request_id}`));
      expect(sentTo(second).map((c) => c.body.text)).toEqual(['This link was already used.']);
    });
  });
});
