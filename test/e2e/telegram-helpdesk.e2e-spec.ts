import request from 'supertest';
import { DataSource } from 'typeorm';
import { TelegramDeliveryWorker } from '../../src/messengers/telegram/telegram-delivery.worker.js';
import { FakeTelegram, TelegramCall, TelegramUpdates } from '../helpers/fake-telegram.js';
import { TestProject, useTestApp } from '../helpers/test-app.js';

const SECRET = 'helpdesk-flow-secret';

describe('Telegram helpdesk flows on real tickets', () => {
  const fake = new FakeTelegram();
  // Deliveries run per project through runOnce: parallel test files share the database but not the fake Bot API.
  const ctx = useTestApp(async () => ({ TELEGRAM_BOT_TOKEN: '777:helpdesk-flows', TELEGRAM_API_ROOT: await fake.start(), TELEGRAM_WEBHOOK_SECRET: SECRET, WORKERS_ENABLED: 'false' }));
  const tenant = ctx.useProject('Flows');
  const updates = new TelegramUpdates();
  let nextChat = 700_000 + Math.floor(Math.random() * 100_000);
  const newChat = () => nextChat++;

  const post = (update: object) => request(ctx.app.getHttpServer()).post('/telegram/webhook').set('X-Telegram-Bot-Api-Secret-Token', SECRET).send(update).expect(200);
  const sentTo = (chat: number) => fake.callsOf('sendMessage', chat);
  const lastSent = (chat: number): TelegramCall => sentTo(chat).at(-1)!;
  const buttonsOf = (call: TelegramCall): Array<{ text: string; callback_data: string }> => (call.body.reply_markup?.inline_keyboard ?? []).flat();
  const ticketsOf = async (project: TestProject, chat: number) =>
    ((await project.api.get('/v1/helpdesk/tickets?channel=telegram&limit=100').expect(200)).body.tickets as Array<Record<string, any>>).filter((t) => t.chat_id === chat);
  const details = async (project: TestProject, id: string) => (await project.api.get(`/v1/helpdesk/tickets/${id}`).expect(200)).body;
  const sendFor = (chat: number, predicate: (call: TelegramCall) => boolean = () => true) =>
    fake.waitFor((call) => call.method === 'sendMessage' && String(call.body.chat_id) === String(chat) && predicate(call));

  /** help deep link, "Create ticket", then the description: returns the created ticket. */
  async function createTicketThroughBot(project: TestProject, chat: number, text: string, language = 'en') {
    await post(updates.start(chat, `help_${project.project.slug}`, language));
    await post(updates.callback(chat, 'm:new', 1, language));
    await post(updates.text(chat, text, {}, language));
    const [ticket] = (await ticketsOf(project, chat)).filter((t) => t.subject === text.split('\n')[0]);
    return ticket;
  }

  afterAll(async () => {
    await fake.stop();
  });

  describe('help deep link and ticket creation', () => {
    it('subscribes the customer on first contact', async () => {
      const chat = newChat();
      await post(updates.start(chat, `help_${tenant.project.slug}`));
      const rows = await ctx.app.get(DataSource).query(`SELECT first_name, username, lang FROM subscriber WHERE project_id = $1 AND channel = 'telegram' AND chat_id = $2`, [tenant.project.id, chat]);
      expect(rows).toEqual([{ first_name: 'Ivan', username: 'ivan_p', lang: 'en' }]);
      const events = await ctx.app.get(DataSource).query(`SELECT event_type FROM outbox_event WHERE project_id = $1 AND topic = 'webhook' AND payload->>'chat_id' = $2`, [tenant.project.id, String(chat)]);
      expect(events.map((e: { event_type: string }) => e.event_type)).toEqual(['subscription.created']);
    });

    it('creates a ticket from the description and confirms it with the number', async () => {
      const chat = newChat();
      await post(updates.start(chat, `help_${tenant.project.slug}`));
      await post(updates.callback(chat, 'm:new', 1));
      expect(lastSent(chat).body.text).toContain('describe your problem');
      await post(updates.text(chat, 'My order has not arrived\nOrder 1234'));
      const [ticket] = await ticketsOf(tenant, chat);
      expect(ticket).toMatchObject({ channel: 'telegram', chat_id: chat, status: 'new', subject: 'My order has not arrived', customer: { first_name: 'Ivan', username: 'ivan_p' }, ticket_type_id: null });
      expect(lastSent(chat).body.text).toBe(`Ticket #${ticket.ticket_number} is created. We will answer here; just write to this chat to add details.`);
      const full = await details(tenant, ticket.id);
      expect(full.messages).toEqual([expect.objectContaining({ author: 'customer', text: 'My order has not arrived\nOrder 1234' })]);
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
      const bug = (await project.api.post('/v1/helpdesk/ticket-types', { name: 'Bug', sort_order: 1 }).expect(201)).body;
      const question = (await project.api.post('/v1/helpdesk/ticket-types', { name: 'Question', sort_order: 2 }).expect(201)).body;
      const hidden = (await project.api.post('/v1/helpdesk/ticket-types', { name: 'Hidden', sort_order: 3 }).expect(201)).body;
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
      expect(ticket).toMatchObject({ ticket_type_id: question.id, ticket_type_name: 'Question', subject: 'How do I export?' });
      expect(fake.callsOf('editMessageReplyMarkup', chat).at(-1)!.body).toMatchObject({ message_id: 99 });
    });

    it('still files the ticket, without a type, when the picked type was disabled before the description came', async () => {
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
      expect((await details(project, ticket.id)).messages.map((m: { text: string }) => m.text)).toEqual(['I was charged twice', 'on May 3']);
    });

    it('refuses a type button of a type that is not offered', async () => {
      const project = await ctx.project('Stale type');
      await project.api.put('/v1/helpdesk/settings', { helpdesk_ticket_types_enabled: true }).expect(200);
      await project.api.post('/v1/helpdesk/ticket-types', { name: 'Only' }).expect(201);
      const foreignType = (await tenant.api.post('/v1/helpdesk/ticket-types', { name: `Foreign ${Date.now()}` }).expect(201)).body;
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
      await project.api.patch(`/v1/helpdesk/tickets/${(await ticketsOf(project, chat))[0].id}/status`, { status: 'closed' }).expect(200);
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
      expect(buttonsOf(lastSent(chat))).toEqual([{ text: `#${first.ticket_number} · new · First problem`, callback_data: `tv:${first.id}` }]);
    });

    it('tells a chat without a bound project to use a support link', async () => {
      const chat = newChat();
      await post(updates.text(chat, 'hello?'));
      expect(sentTo(chat).map((c) => c.body.text)).toEqual([expect.stringContaining('open the support link')]);
    });
  });

  describe('conversation', () => {
    it('adds a message to the only open ticket and reopens nothing else', async () => {
      const chat = newChat();
      const ticket = await createTicketThroughBot(tenant, chat, 'Only one');
      const before = sentTo(chat).length;
      await post(updates.text(chat, 'more details'));
      const full = await details(tenant, ticket.id);
      expect(full.messages.map((m: { text: string }) => m.text)).toEqual(['Only one', 'more details']);
      expect(sentTo(chat)).toHaveLength(before);
    });

    it('asks which ticket with two open tickets and files the message where the customer chose', async () => {
      const chat = newChat();
      const first = await createTicketThroughBot(tenant, chat, 'Ticket A');
      await post(updates.callback(chat, 'm:new', 1));
      await post(updates.text(chat, 'Ticket B'));
      const second = (await ticketsOf(tenant, chat)).find((t) => t.subject === 'Ticket B')!;

      await post(updates.text(chat, 'which one?'));
      const question = lastSent(chat);
      expect(question.body.text).toContain('Which one is this message about?');
      expect(buttonsOf(question).map((b) => b.callback_data).sort()).toEqual([`tk:${first.id}`, `tk:${second.id}`].sort());
      // Nothing is filed until the customer picks.
      expect((await details(tenant, first.id)).messages).toHaveLength(1);
      expect((await details(tenant, second.id)).messages).toHaveLength(1);

      await post(updates.callback(chat, `tk:${first.id}`, 4321));
      expect((await details(tenant, first.id)).messages.map((m: { text: string }) => m.text)).toEqual(['Ticket A', 'which one?']);
      expect((await details(tenant, second.id)).messages).toHaveLength(1);
      expect(lastSent(chat).body.text).toBe(`Added to ticket #${first.ticket_number}.`);
      expect(fake.callsOf('editMessageReplyMarkup', chat).at(-1)!.body).toMatchObject({ message_id: 4321 });
    });

    it('files a reply to a bot message of a ticket in that ticket', async () => {
      const chat = newChat();
      const first = await createTicketThroughBot(tenant, chat, 'Reply target');
      const confirmation = await sendFor(chat, (c) => String(c.body.text).includes(`#${first.ticket_number} is created`));
      await post(updates.callback(chat, 'm:new', 1));
      await post(updates.text(chat, 'Another one'));
      const sentBefore = sentTo(chat).length;
      await post(updates.replyTo(chat, botMessageIdOf(confirmation), 'answer to the first'));
      expect((await details(tenant, first.id)).messages.map((m: { text: string }) => m.text)).toEqual(['Reply target', 'answer to the first']);
      expect(sentTo(chat)).toHaveLength(sentBefore);
    });

    it('ignores a ticket button for a ticket that is not the customer’s', async () => {
      const chat = newChat();
      const mine = await createTicketThroughBot(tenant, chat, 'Mine 1');
      await post(updates.callback(chat, 'm:new', 1));
      await post(updates.text(chat, 'Mine 2'));
      const otherChat = newChat();
      const foreign = await createTicketThroughBot(tenant, otherChat, 'Someone else');
      await post(updates.text(chat, 'sneaky'));
      await post(updates.callback(chat, `tk:${foreign.id}`, 1));
      expect((await details(tenant, foreign.id)).messages).toHaveLength(1);
      expect((await details(tenant, mine.id)).messages).toHaveLength(1);
      expect(lastSent(chat).body.text).toBe('This button is no longer active.');
    });

    it('keeps photos, documents and voice messages as attachments with their caption as text', async () => {
      const chat = newChat();
      const ticket = await createTicketThroughBot(tenant, chat, 'Media ticket');
      await post(updates.message(chat, { photo: [{ file_id: 'photo-small', width: 90, height: 90 }, { file_id: 'photo-large', width: 900, height: 900 }], caption: 'the error' }));
      await post(updates.message(chat, { document: { file_id: 'doc-1', file_name: 'log.txt' } }));
      await post(updates.message(chat, { voice: { file_id: 'voice-1', duration: 3 } }));
      const messages = (await details(tenant, ticket.id)).messages.slice(1);
      expect(messages.map((m: Record<string, unknown>) => ({ text: m.text, attachments: m.attachments }))).toEqual([
        { text: 'the error', attachments: [expect.objectContaining({ type: 'photo', mime_type: 'image/jpeg', file_name: null, error: null })] },
        { text: '[document]', attachments: [expect.objectContaining({ type: 'document', file_name: 'log.txt' })] },
        { text: '[voice]', attachments: [expect.objectContaining({ type: 'voice', mime_type: 'audio/ogg' })] },
      ]);
      const rows = await ctx.app.get(DataSource).query('SELECT file_ref FROM attachment WHERE ticket_id = $1 ORDER BY file_ref', [ticket.id]);
      expect(rows.map((row: { file_ref: string }) => row.file_ref)).toEqual(['doc-1', 'photo-large', 'voice-1']);
    });

    it('creates a ticket from a photo sent as the description', async () => {
      const chat = newChat();
      await post(updates.start(chat, `help_${tenant.project.slug}`));
      await post(updates.callback(chat, 'm:new', 1));
      await post(updates.message(chat, { photo: [{ file_id: 'only-photo', width: 9, height: 9 }] }));
      const [ticket] = await ticketsOf(tenant, chat);
      expect((await details(tenant, ticket.id)).messages[0]).toMatchObject({ text: '[photo]', attachments: [{ type: 'photo', url: expect.stringContaining(`/v1/helpdesk/tickets/${ticket.id}/attachments/`) }] });
    });

    it('reopens a waiting ticket when the customer writes (through TicketsService)', async () => {
      const chat = newChat();
      const ticket = await createTicketThroughBot(tenant, chat, 'Waiting one');
      await tenant.api.patch(`/v1/helpdesk/tickets/${ticket.id}/status`, { status: 'waiting' }).expect(200);
      await post(updates.text(chat, 'here is the info'));
      const full = await details(tenant, ticket.id);
      expect(full.status).toBe('in_progress');
      expect(full.status_history.at(-1)).toMatchObject({ from: 'waiting', to: 'in_progress', source: 'auto' });
    });

    it('processes a duplicated message update once', async () => {
      const chat = newChat();
      const ticket = await createTicketThroughBot(tenant, chat, 'Dup');
      const update = updates.text(chat, 'only once');
      await post(update);
      await post(update);
      expect((await details(tenant, ticket.id)).messages.map((m: { text: string }) => m.text)).toEqual(['Dup', 'only once']);
    });
  });

  describe('agent replies', () => {
    it('arrives in the chat and the message is marked sent', async () => {
      const chat = newChat();
      const ticket = await createTicketThroughBot(tenant, chat, 'Need an answer');
      const reply = await tenant.api.post(`/v1/helpdesk/tickets/${ticket.id}/reply`, { text: 'Check your spam folder' }).expect(201);
      expect(reply.body.message.delivery).toBe('pending');
      await waitForDelivery(ticket.id, reply.body.message.id, 'sent');
      expect(fake.textsTo(chat)).toContain('Check your spam folder');
    });

    it('never sends an internal note', async () => {
      const chat = newChat();
      const ticket = await createTicketThroughBot(tenant, chat, 'Note ticket');
      await tenant.api.post(`/v1/helpdesk/tickets/${ticket.id}/reply`, { text: 'internal only', internal: true }).expect(201);
      const visible = await tenant.api.post(`/v1/helpdesk/tickets/${ticket.id}/reply`, { text: 'public one' }).expect(201);
      await waitForDelivery(ticket.id, visible.body.message.id, 'sent');
      expect(fake.textsTo(chat)).not.toContain('internal only');
    });

    it('waits retry_after after a 429 and then delivers', async () => {
      const chat = newChat();
      const ticket = await createTicketThroughBot(tenant, chat, 'Flood');
      fake.fail({ method: 'sendMessage', chatId: chat, status: 429, description: 'Too Many Requests: retry after 1', retryAfter: 1 });
      const reply = await tenant.api.post(`/v1/helpdesk/tickets/${ticket.id}/reply`, { text: 'after waiting' }).expect(201);
      await waitForDelivery(ticket.id, reply.body.message.id, 'sent');
      const attempts = fake.callsOf('sendMessage', chat).filter((c) => c.body.text === 'after waiting');
      expect(attempts).toHaveLength(2);
      expect(attempts[1].at - attempts[0].at).toBeGreaterThanOrEqual(1000);
    });

    it('marks the message failed and the subscriber blocked on 403, and unblocks when the customer writes again', async () => {
      const chat = newChat();
      const ticket = await createTicketThroughBot(tenant, chat, 'Blocker');
      fake.fail({ method: 'sendMessage', chatId: chat, status: 403, description: 'Forbidden: bot was blocked by the user' });
      const reply = await tenant.api.post(`/v1/helpdesk/tickets/${ticket.id}/reply`, { text: 'hello?' }).expect(201);
      await waitForDelivery(ticket.id, reply.body.message.id, 'failed');
      const blockedAt = async () => (await ctx.app.get(DataSource).query(`SELECT blocked_at FROM subscriber WHERE project_id = $1 AND chat_id = $2`, [tenant.project.id, chat]))[0].blocked_at;
      expect(await blockedAt()).not.toBeNull();
      expect(fake.callsOf('sendMessage', chat).filter((c) => c.body.text === 'hello?')).toHaveLength(1);
      await post(updates.text(chat, 'I unblocked you'));
      expect(await blockedAt()).toBeNull();
      const again = await tenant.api.post(`/v1/helpdesk/tickets/${ticket.id}/reply`, { text: 'welcome back' }).expect(201);
      await waitForDelivery(ticket.id, again.body.message.id, 'sent');
    });

    it('lets the customer reply to an agent message to reach that ticket', async () => {
      const chat = newChat();
      const first = await createTicketThroughBot(tenant, chat, 'Thread 1');
      await post(updates.callback(chat, 'm:new', 1));
      await post(updates.text(chat, 'Thread 2'));
      const reply = await tenant.api.post(`/v1/helpdesk/tickets/${first.id}/reply`, { text: 'agent on thread 1' }).expect(201);
      await waitForDelivery(first.id, reply.body.message.id, 'sent');
      const agentMessage = fake.callsOf('sendMessage', chat).find((c) => c.body.text === 'agent on thread 1')!;
      await post(updates.replyTo(chat, botMessageIdOf(agentMessage), 'thanks, agent'));
      expect((await details(tenant, first.id)).messages.map((m: { text: string }) => m.text)).toContain('thanks, agent');
    });
  });

  describe('closing and CSAT', () => {
    it('sends the close message and a 1-5 survey; a tap stores the rating and takes the buttons away', async () => {
      const project = await ctx.project('Rated');
      await project.api.put('/v1/helpdesk/settings', { csat_enabled: true, csat_message_template: 'Rate us, please', helpdesk_close_message: { ru: 'Закрыто', en: 'We closed your ticket.' } }).expect(200);
      const chat = newChat();
      const ticket = await createTicketThroughBot(project, chat, 'Rate me');
      await project.api.patch(`/v1/helpdesk/tickets/${ticket.id}/status`, { status: 'closed' }).expect(200);
      await ctx.app.get(TelegramDeliveryWorker).runOnce(project.project.id);
      const [closeMessage, survey] = sentTo(chat).slice(-2);
      expect(closeMessage.body.text).toBe('We closed your ticket.');
      expect(survey.body.text).toBe('Rate us, please');
      expect(buttonsOf(survey).map((b) => b.callback_data)).toEqual([1, 2, 3, 4, 5].map((n) => `cs:${ticket.id}:${n}`));

      await post(updates.callback(chat, `cs:${ticket.id}:4`, botMessageIdOf(survey)));
      expect((await details(project, ticket.id)).csat_rating).toBe(4);
      expect(fake.callsOf('editMessageReplyMarkup', chat).at(-1)!.body).toMatchObject({ message_id: botMessageIdOf(survey), reply_markup: { inline_keyboard: [] } });
      expect(lastSent(chat).body.text).toBe('Thank you for your rating: ⭐⭐⭐⭐');
      const events = await ctx.app.get(DataSource).query(`SELECT event_type FROM outbox_event WHERE project_id = $1 AND topic = 'webhook' AND event_type = 'ticket.csat_received'`, [project.project.id]);
      expect(events).toHaveLength(1);

      // A second tap (an old client still showing the buttons) does not change the rating.
      await post(updates.callback(chat, `cs:${ticket.id}:1`, botMessageIdOf(survey)));
      expect((await details(project, ticket.id)).csat_rating).toBe(4);
      expect(lastSent(chat).body.text).toContain('already rated');
    });

    it('sends no survey when CSAT is off', async () => {
      const project = await ctx.project('Unrated');
      const chat = newChat();
      const ticket = await createTicketThroughBot(project, chat, 'No survey');
      const before = sentTo(chat).length;
      await project.api.patch(`/v1/helpdesk/tickets/${ticket.id}/status`, { status: 'closed' }).expect(200);
      await ctx.app.get(TelegramDeliveryWorker).runOnce(project.project.id);
      expect(sentTo(chat).slice(before).map((c) => c.body.text)).toEqual(['Your ticket is closed. Thank you for contacting us!']);
    });

    it("ignores a rating button for a ticket the bot never surveyed in this chat", async () => {
      const project = await ctx.project('Forged');
      await project.api.put('/v1/helpdesk/settings', { csat_enabled: true }).expect(200);
      const owner = newChat();
      const ticket = await createTicketThroughBot(project, owner, 'Not yours');
      await project.api.patch(`/v1/helpdesk/tickets/${ticket.id}/status`, { status: 'closed' }).expect(200);
      await ctx.app.get(TelegramDeliveryWorker).runOnce(project.project.id);
      const stranger = newChat();
      await post(updates.callback(stranger, `cs:${ticket.id}:1`, 1));
      expect((await details(project, ticket.id)).csat_rating).toBeNull();
      expect(lastSent(stranger).body.text).toBe('This button is no longer active.');
    });
  });

  describe('deep-link requests', () => {
    const statusOf = async (project: TestProject, id: string) => (await project.api.get(`/v1/helpdesk/request/${id}/status`).expect(200)).body;

    it('subscribes on Subscribe, accepts the request and opens the menu', async () => {
      const project = await ctx.project('Requests');
      const { request_id } = (await project.api.post('/v1/helpdesk/request', { channel: 'telegram' }).expect(201)).body;
      const chat = newChat();
      await post(updates.start(chat, `hdreq_${request_id}`));
      expect(await ctx.app.get(DataSource).query(`SELECT id FROM subscriber WHERE project_id = $1 AND chat_id = $2`, [project.project.id, chat])).toEqual([]);
      await post(updates.callback(chat, `rq:y:${request_id}`, 55));
      const [subscriber] = await ctx.app.get(DataSource).query(`SELECT id FROM subscriber WHERE project_id = $1 AND chat_id = $2`, [project.project.id, chat]);
      expect(await statusOf(project, request_id)).toEqual({ status: 'accepted', subscriber_id: subscriber.id, channel: 'telegram' });
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
      const { request_id } = (await project.api.post('/v1/helpdesk/request', { channel: 'telegram', ticket_type_id: refund.id }).expect(201)).body;
      const chat = newChat();
      await post(updates.start(chat, `hdreq_${request_id}`));
      await post(updates.callback(chat, `rq:y:${request_id}`, 3));
      await post(updates.callback(chat, 'm:new', 1));
      expect(lastSent(chat).body.text).toContain('describe your problem');
      await post(updates.text(chat, 'Please refund order 7'));
      expect((await ticketsOf(project, chat))[0]).toMatchObject({ ticket_type_id: refund.id, ticket_type_name: 'Refund' });
    });

    it('skips the consent screen for a customer who is already subscribed', async () => {
      const project = await ctx.project('Known customer');
      const chat = newChat();
      await post(updates.start(chat, `help_${project.project.slug}`));
      const { request_id } = (await project.api.post('/v1/helpdesk/request', {}).expect(201)).body;
      await post(updates.start(chat, `hdreq_${request_id}`));
      const [subscriber] = await ctx.app.get(DataSource).query(`SELECT id FROM subscriber WHERE project_id = $1 AND chat_id = $2`, [project.project.id, chat]);
      expect(await statusOf(project, request_id)).toEqual({ status: 'accepted', subscriber_id: subscriber.id, channel: 'telegram' });
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
      expect(await ctx.app.get(DataSource).query(`SELECT id FROM subscriber WHERE project_id = $1 AND chat_id = $2`, [project.project.id, chat])).toEqual([]);
    });

    it('does not subscribe when the request expired before Subscribe was tapped', async () => {
      const project = await ctx.project('Expired');
      const { request_id } = (await project.api.post('/v1/helpdesk/request', {}).expect(201)).body;
      const chat = newChat();
      await post(updates.start(chat, `hdreq_${request_id}`));
      await ctx.app.get(DataSource).query(`UPDATE helpdesk_request SET expires_at = now() - interval '1 second' WHERE id = $1`, [request_id]);
      await post(updates.callback(chat, `rq:y:${request_id}`, 5));
      expect(await statusOf(project, request_id)).toEqual({ status: 'expired' });
      expect(lastSent(chat).body.text).toContain('expired');
      expect(await ctx.app.get(DataSource).query(`SELECT id FROM subscriber WHERE project_id = $1 AND chat_id = $2`, [project.project.id, chat])).toEqual([]);
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

  async function waitForDelivery(ticketId: string, messageId: string, delivery: string): Promise<void> {
    for (let i = 0; i < 200; i++) {
      await ctx.app.get(TelegramDeliveryWorker).runOnce(tenant.project.id);
      const message = (await details(tenant, ticketId)).messages.find((m: { id: string }) => m.id === messageId);
      if (message?.delivery === delivery) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`message ${messageId} never became ${delivery}`);
  }

  /** The message_id the fake Bot API gave a sent message. */
  function botMessageIdOf(call: TelegramCall): number {
    return Number(call.result.message_id);
  }
});
