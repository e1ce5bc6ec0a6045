import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { botTexts } from '../../src/messengers/bot-texts.js';
import { MaxDeliveryWorker } from '../../src/messengers/max/max-delivery.worker.js';
import { FakeMax, MaxUpdates } from '../helpers/fake-max.js';
import { download, sha256 } from '../helpers/downloads.js';
import { TestProject, useTestApp } from '../helpers/test-app.js';

const SECRET = 'max-webhook-secret_1';
const TOKEN = 'max-test-token-value';

describe('Max bot: webhook, deep links, tickets, delivery', () => {
  const fake = new FakeMax(TOKEN);
  const ctx = useTestApp(async () => ({
    MAX_BOT_TOKEN: TOKEN,
    MAX_API_ROOT: await fake.start(),
    MAX_WEBHOOK_SECRET: SECRET,
    MAX_WEBHOOK_URL: 'https://helpdesk.example.com/max/webhook',
    MAX_BOT_USERNAME: 'zapnoty_max_bot',
    // Deliveries are run for this file's project only (runOnce), so another file's worker never takes these rows.
    WORKERS_ENABLED: 'false',
  }));
  const tenant = ctx.useProject('Acme Max');
  let db: DataSource;
  const updates = new MaxUpdates();
  let nextUser = 700_000 + Math.floor(Math.random() * 100_000);
  const newUser = () => nextUser++;

  const post = (update: object, secret: string | null = SECRET) => {
    const req = request(ctx.app.getHttpServer()).post('/max/webhook');
    if (secret !== null) req.set('X-Max-Bot-Api-Secret', secret);
    return req.send(update);
  };
  const lastSent = (user: number) => fake.sentTo(user).at(-1)!;
  const buttonsOf = (call: { body: any }) =>
    (call.body.attachments ?? [])
      .filter((a: any) => a.type === 'inline_keyboard')
      .flatMap((a: any) => a.payload.buttons.flat());
  const deliver = () => ctx.app.get(MaxDeliveryWorker).runOnce(tenant.project.id);
  const ticketsOf = async (project: TestProject, user: number) =>
    ((await project.api.get('/v1/helpdesk/tickets?channel=max').expect(200)).body.tickets as any[]).filter(
      (ticket) => ticket.chat_id === user,
    );

  /** Deep link → menu → "Create ticket" → first message: the ticket of a new customer. */
  const openTicket = async (user: number, text: string, project = tenant) => {
    await post(updates.botStarted(user, `help_${project.project.slug}`)).expect(200);
    await post(updates.callback(user, 'm:new', lastSent(user).result.message.body.mid)).expect(200);
    await post(updates.text(user, text)).expect(200);
    const [ticket] = await ticketsOf(project, user);
    return ticket;
  };

  beforeAll(async () => {
    db = ctx.app.get(DataSource);
    await tenant.api
      .put('/v1/helpdesk/settings', { helpdesk_welcome_message: { ru: 'Привет от Acme!', en: 'Welcome to Acme!' } })
      .expect(200);
  });
  afterAll(async () => {
    await fake.stop();
  });

  describe('webhook', () => {
    it('registers the subscription with the secret on start', () => {
      const [call] = fake.callsOf('POST /subscriptions');
      expect(call.authorization).toBe(TOKEN);
      expect(call.body).toEqual({
        url: 'https://helpdesk.example.com/max/webhook',
        secret: SECRET,
        update_types: ['bot_started', 'message_created', 'message_callback', 'message_edited'],
      });
    });

    it('rejects a missing or wrong secret with 401 and does nothing', async () => {
      const user = newUser();
      for (const secret of [null, 'wrong', `${SECRET}x`]) {
        const response = await post(updates.botStarted(user, `help_${tenant.project.slug}`), secret).expect(401);
        expect(response.body).toEqual(expect.objectContaining({ error: expect.any(String), retryable: false }));
        expect(response.headers.etag).toBeDefined(); // refused by the Nest route, not the lane
      }
      expect(fake.sentTo(user)).toHaveLength(0);
    });

    it('acknowledges a body that is not an Update with 200 and ignores it (Max would redeliver)', async () => {
      expect((await post({ hello: 'world' }).expect(200)).body).toEqual({ ok: true });
      expect((await post({ update_type: 'message_created', timestamp: 'x' }).expect(200)).body).toEqual({ ok: true });
    });

    it('stores a redelivered update once', async () => {
      const user = newUser();
      await openTicket(user, 'First question');
      const again = updates.text(user, 'Sent twice by Max');
      const first = await post(again).expect(200);
      // Served by the JSON lane (src/common/http/json-lane.ts): Express would have added an ETag.
      expect(first.body).toEqual({ ok: true });
      expect(first.headers.etag).toBeUndefined();
      await post(again).expect(200);
      await Promise.all([post(again).expect(200), post(again).expect(200)]);
      const [ticket] = await ticketsOf(tenant, user);
      const details = (await tenant.api.get(`/v1/helpdesk/tickets/${ticket.id}`).expect(200)).body;
      expect(details.messages.filter((m: any) => m.text === 'Sent twice by Max')).toHaveLength(1);
    });
  });

  describe('dialogue', () => {
    it('opens the welcome menu from a deep link, with callback buttons', async () => {
      const user = newUser();
      await post(updates.botStarted(user, `help_${tenant.project.slug}`)).expect(200);
      const menu = lastSent(user);
      expect(menu.authorization).toBe(TOKEN);
      expect(menu.body.text).toBe('Welcome to Acme!');
      expect(buttonsOf(menu)).toEqual([
        { type: 'callback', text: expect.stringContaining('Create ticket'), payload: 'm:new' },
        { type: 'callback', text: expect.stringContaining('My tickets'), payload: 'm:list' },
      ]);
    });

    it('speaks Russian to a Russian-speaking user', async () => {
      const user = newUser();
      await post(updates.botStarted(user, `help_${tenant.project.slug}`, 'ru')).expect(200);
      expect(lastSent(user).body.text).toBe('Привет от Acme!');
    });

    it('creates a ticket of the picked type: deep link → menu → type → ticket', async () => {
      const project = await ctx.project('Typed Max');
      await project.api.put('/v1/helpdesk/settings', { helpdesk_ticket_types_enabled: true }).expect(200);
      const bug = (await project.api.post('/v1/helpdesk/ticket-types', { name: 'Bug', sort_order: 1 }).expect(201))
        .body;
      await project.api.post('/v1/helpdesk/ticket-types', { name: 'Question', sort_order: 2 }).expect(201);
      const user = newUser();
      await post(updates.botStarted(user, `help_${project.project.slug}`)).expect(200);
      await post(updates.callback(user, 'm:new', lastSent(user).result.message.body.mid)).expect(200);
      const typeMenu = lastSent(user);
      expect(typeMenu.body.text).toBe(botTexts('en').chooseType);
      expect(buttonsOf(typeMenu).map((b: any) => b.text)).toEqual(['Bug', 'Question']);
      await post(updates.callback(user, `ty:${bug.id}`, typeMenu.result.message.body.mid)).expect(200);
      // The pressed keyboard is taken away and the press answered.
      expect(
        fake
          .callsOf('PUT /messages')
          .some(
            (call) =>
              call.query.message_id === typeMenu.result.message.body.mid &&
              Array.isArray(call.body.attachments) &&
              call.body.attachments.length === 0,
          ),
      ).toBe(true);
      expect(fake.callsOf('POST /answers').length).toBeGreaterThan(0);
      expect(lastSent(user).body.text).toBe(botTexts('en').describe);
      await post(updates.text(user, 'The app crashes on login\nDetails follow')).expect(200);
      const [ticket] = await ticketsOf(project, user);
      expect(ticket).toMatchObject({
        channel: 'max',
        chat_id: user,
        subject: 'The app crashes on login',
        ticket_type_id: bug.id,
        ticket_type_name: 'Bug',
        customer: { first_name: 'Ivan', username: 'ivan_p' },
      });
      const customer = await project.api.get(`/v1/helpdesk/customers/${ticket.subscriber_id}`).expect(200);
      expect(customer.body).toMatchObject({ first_name: 'Ivan', last_name: 'Petrov', username: 'ivan_p' });
      expect(lastSent(user).body.text).toBe(botTexts('en').ticketCreated(ticket.ticket_number));
    });

    it('adds the customer answer to the ticket, also as a reply to the bot message', async () => {
      const user = newUser();
      const ticket = await openTicket(user, 'Where is my order?');
      await post(updates.text(user, 'Order 42, by the way')).expect(200);
      const confirmation = lastSent(user).result.message.body.mid;
      await post(updates.replyTo(user, confirmation, 'Replying to the bot')).expect(200);
      const details = (await tenant.api.get(`/v1/helpdesk/tickets/${ticket.id}`).expect(200)).body;
      expect(details.messages.map((m: any) => [m.author, m.text])).toEqual([
        ['customer', 'Where is my order?'],
        ['customer', 'Order 42, by the way'],
        ['customer', 'Replying to the bot'],
      ]);
    });

    it('stores a customer file and streams it from Max byte for byte; an edit changes the stored text', async () => {
      const user = newUser();
      const ticket = await openTicket(user, 'I have a document');
      const bytes = randomBytes(50_000);
      const url = fake.hostFile(`report-${user}.pdf`, bytes);
      const media = updates.media(user, 'file', url, {
        text: 'see the report',
        filename: 'report.pdf',
        size: bytes.length,
      });
      await post(media).expect(200);
      const message = (await tenant.api.get(`/v1/helpdesk/tickets/${ticket.id}`).expect(200)).body.messages[1];
      expect(message).toMatchObject({ author: 'customer', text: 'see the report' });
      expect(message.attachments).toEqual([
        expect.objectContaining({ type: 'document', file_name: 'report.pdf', size: bytes.length, error: null }),
      ]);
      const downloaded = await download(tenant.api, message.attachments[0].url).expect(200);
      expect(sha256(downloaded.body)).toBe(sha256(bytes));
      expect(fake.callsOf('GET /files')).toHaveLength(1);
      await post(updates.edited(user, media.message.body.mid, 'see the corrected report')).expect(200);
      expect((await tenant.api.get(`/v1/helpdesk/tickets/${ticket.id}`).expect(200)).body.messages[1].text).toBe(
        'see the corrected report',
      );
    });

    it('runs the consent flow of a request link and subscribes on accept', async () => {
      const project = await ctx.project('Max requests');
      const created = (await project.api.post('/v1/helpdesk/request', { channel: 'max' }).expect(201)).body;
      expect(created.max_link).toBe(`https://max.ru/zapnoty_max_bot?start=hdreq_${created.request_id}`);
      const user = newUser();
      await post(updates.botStarted(user, `hdreq_${created.request_id}`)).expect(200);
      const consent = lastSent(user);
      expect(consent.body.text).toContain('Max requests');
      expect(buttonsOf(consent).map((b: any) => b.payload)).toEqual([
        `rq:y:${created.request_id}`,
        `rq:n:${created.request_id}`,
      ]);
      expect(
        await db.query(`SELECT id FROM subscriber WHERE project_id = $1 AND chat_id = $2`, [project.project.id, user]),
      ).toEqual([]);
      await post(updates.callback(user, `rq:y:${created.request_id}`, consent.result.message.body.mid)).expect(200);
      const [subscriber] = await db.query(
        `SELECT id FROM subscriber WHERE project_id = $1 AND channel = 'max' AND chat_id = $2`,
        [project.project.id, user],
      );
      expect((await project.api.get(`/v1/helpdesk/request/${created.request_id}/status`).expect(200)).body).toEqual({
        status: 'accepted',
        subscriber_id: subscriber.id,
        channel: 'max',
      });
      expect(buttonsOf(lastSent(user)).map((b: any) => b.payload)).toEqual(['m:new', 'm:list']);
    });
  });

  describe('delivery', () => {
    it('delivers an agent reply, split at 4000 characters, and marks it sent', async () => {
      const user = newUser();
      const ticket = await openTicket(user, 'Long answer please');
      const text = `${'a'.repeat(3990)} ${'b'.repeat(100)}`;
      const reply = (await tenant.api.post(`/v1/helpdesk/tickets/${ticket.id}/reply`, { text }).expect(201)).body
        .message;
      await deliver();
      const parts = fake.textsTo(user).slice(-2);
      expect(parts.every((part) => part.length <= 4000)).toBe(true);
      expect(parts.join('')).toBe(text);
      const details = (await tenant.api.get(`/v1/helpdesk/tickets/${ticket.id}`).expect(200)).body;
      expect(details.messages.find((m: any) => m.id === reply.id).delivery).toBe('sent');
    });

    it('delivers an agent file: uploaded with POST /uploads, sent as an attachment with the text', async () => {
      const user = newUser();
      const ticket = await openTicket(user, 'Send me the invoice');
      const pdf = randomBytes(30_000);
      const response = await request(ctx.app.getHttpServer())
        .post(`/v1/helpdesk/tickets/${ticket.id}/reply`)
        .set('Authorization', `Bearer ${tenant.apiKey}`)
        .field('text', 'Here is the invoice')
        .attach('files', pdf, { filename: 'invoice.pdf', contentType: 'application/pdf' })
        .expect(201);
      await deliver();
      const [uploadUrl] = fake
        .callsOf('POST /uploads')
        .filter((call) => call.result && call.query.type === 'file')
        .slice(-1);
      expect(uploadUrl.authorization).toBe(TOKEN);
      const token = [...fake.uploads.entries()].find(([, upload]) => sha256(upload.bytes) === sha256(pdf));
      expect(token?.[1].fileName).toBe('invoice.pdf');
      const sent = lastSent(user);
      expect(sent.body.text).toBe('Here is the invoice');
      expect(sent.body.attachments).toEqual([{ type: 'file', payload: { token: token![0] } }]);
      const details = (await tenant.api.get(`/v1/helpdesk/tickets/${ticket.id}`).expect(200)).body;
      expect(details.messages.find((m: any) => m.id === response.body.message.id).delivery).toBe('sent');
    });

    it('waits the Retry-After of a 429 and then delivers', async () => {
      const user = newUser();
      const ticket = await openTicket(user, 'Rate limited');
      fake.fail({
        route: 'POST /messages',
        userId: user,
        status: 429,
        code: 'too.many.requests',
        message: 'Too many requests',
        retryAfter: 3,
      });
      await tenant.api.post(`/v1/helpdesk/tickets/${ticket.id}/reply`, { text: 'After the pause' }).expect(201);
      await deliver();
      const [row] = await db.query(
        `SELECT status, attempts, last_error, round(extract(epoch FROM next_attempt_at - now()))::int AS wait_seconds
           FROM outbox_event WHERE aggregate_id = $1 AND topic = 'max' AND event_type = 'chat.message'`,
        [ticket.id],
      );
      // Released for the delay Max asked for, not counted as a failed attempt.
      expect(row).toMatchObject({ status: 'pending', attempts: 0, last_error: expect.stringContaining('429') });
      expect(row.wait_seconds).toBeGreaterThanOrEqual(2);
      expect(row.wait_seconds).toBeLessThanOrEqual(3);
      expect(fake.textsTo(user)).not.toContain('After the pause');
      // Once the delay has passed the reply goes out.
      await db.query(`UPDATE outbox_event SET next_attempt_at = now() WHERE aggregate_id = $1 AND topic = 'max'`, [
        ticket.id,
      ]);
      await deliver();
      expect(fake.textsTo(user).at(-1)).toBe('After the pause');
    });

    it('marks a user who blocked the bot and does not retry', async () => {
      const user = newUser();
      const ticket = await openTicket(user, 'I will block you');
      fake.fail({
        route: 'POST /messages',
        userId: user,
        status: 403,
        code: 'chat.denied',
        message: 'chat.denied: dialog is blocked by user',
        times: 5,
      });
      const reply = (
        await tenant.api.post(`/v1/helpdesk/tickets/${ticket.id}/reply`, { text: 'Are you there?' }).expect(201)
      ).body.message;
      await deliver();
      const sendsToUser = fake.callsOf('POST /messages', user).length;
      const [row] = await db.query(
        `SELECT status FROM outbox_event WHERE aggregate_id = $1 AND topic = 'max' AND event_type = 'chat.message'`,
        [ticket.id],
      );
      expect(row.status).toBe('failed');
      const [subscriber] = await db.query(`SELECT blocked_at FROM subscriber WHERE id = $1`, [ticket.subscriber_id]);
      expect(subscriber.blocked_at).not.toBeNull();
      const details = (await tenant.api.get(`/v1/helpdesk/tickets/${ticket.id}`).expect(200)).body;
      expect(details.messages.find((m: any) => m.id === reply.id).delivery).toBe('failed');
      // A later reply is not even attempted while the chat is blocked.
      await tenant.api.post(`/v1/helpdesk/tickets/${ticket.id}/reply`, { text: 'Hello?' }).expect(201);
      await db.query(
        `UPDATE outbox_event SET next_attempt_at = now() WHERE aggregate_id = $1 AND topic = 'max'
           AND status = 'pending'`,
        [ticket.id],
      );
      await deliver();
      expect(fake.callsOf('POST /messages', user)).toHaveLength(sendsToUser);
    });

    it('sends the close message and CSAT buttons; a press stores csat_rating', async () => {
      await tenant.api.put('/v1/helpdesk/settings', { csat_enabled: true }).expect(200);
      const user = newUser();
      const ticket = await openTicket(user, 'Rate me');
      await tenant.api.patch(`/v1/helpdesk/tickets/${ticket.id}/status`, { status: 'closed' }).expect(200);
      await deliver();
      const survey = lastSent(user);
      expect(buttonsOf(survey).map((b: any) => b.payload)).toEqual(
        [1, 2, 3, 4, 5].map((rating) => `cs:${ticket.id}:${rating}`),
      );
      await post(updates.callback(user, `cs:${ticket.id}:5`, survey.result.message.body.mid)).expect(200);
      expect(lastSent(user).body.text).toBe(botTexts('en').csatThanks(5));
      expect((await tenant.api.get(`/v1/helpdesk/tickets/${ticket.id}`).expect(200)).body.csat_rating).toBe(5);
      expect(await db.query(`SELECT rating, source FROM csat_rating WHERE ticket_id = $1`, [ticket.id])).toEqual([
        { rating: 5, source: 'max' },
      ]);
    });
  });
});
