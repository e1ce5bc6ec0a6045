import { DataSource } from 'typeorm';
import { useTelegramChat } from '../helpers/telegram-chat.js';
import { signedInMember, TEST_PUBLIC_URL } from '../helpers/sessions.js';
import { createTicket, NO_SUCH_ID, outboxEvents, subscribeChat, UUID } from '../helpers/tickets.js';
import type { TestProject } from '../helpers/test-app.js';

const SECRET = 'customers-secret';

describe('customers: list, profile, note, block, erasure', () => {
  const { ctx, post, sentTo, details, ticketsOf, createTicketThroughBot, updates, fake } = useTelegramChat(
    '777:customers',
    SECRET,
    { PUBLIC_URL: TEST_PUBLIC_URL },
  );
  const tenant = ctx.useProject('Customers');
  const other = ctx.useProject('Other customers');
  let nextChat = 500_000 + Math.floor(Math.random() * 100_000);
  const newChat = () => nextChat++;
  const db = () => ctx.app.get(DataSource);

  /** A telegram customer with names, through the API (the chat contacted the project first). */
  async function apiCustomer(project: TestProject, names: Record<string, string>, text = 'Hello') {
    const chat = newChat();
    await subscribeChat(ctx.app, project.project.id, chat);
    const ticket = await createTicket(project.api, { channel: 'telegram', chat_id: chat, text, ...names });
    return { chat, ticket, id: ticket.subscriber_id as string };
  }

  it('keeps the name the messenger sends, last name included, and follows a rename', async () => {
    const chat = newChat();
    const ticket = await createTicketThroughBot(tenant, chat, 'Who am I?');
    const url = `/v1/helpdesk/customers/${ticket.subscriber_id}`;
    expect((await tenant.api.get(url).expect(200)).body).toMatchObject({ first_name: 'Ivan', last_name: null });
    // Names are taken again whenever the chat comes back through the project's link (as first_name always was).
    const cameBack = (lastName: string) => {
      const update = updates.start(chat, `help_${tenant.project.slug}`);
      update.message.from = { ...update.message.from, last_name: lastName };
      return post(update);
    };
    await cameBack('Petrov');
    expect((await tenant.api.get(url).expect(200)).body).toMatchObject({ first_name: 'Ivan', last_name: 'Petrov' });
    await cameBack('Sidorov');
    expect((await tenant.api.get(url).expect(200)).body).toMatchObject({ first_name: 'Ivan', last_name: 'Sidorov' });
    // Found by the full name, as the console's search box sends it.
    const found = await tenant.api.get('/v1/helpdesk/customers?q=ivan%20sido').expect(200);
    expect(found.body.customers.map((customer: { id: string }) => customer.id)).toContain(ticket.subscriber_id);
  });

  it('lists customers most recently seen first and finds them by name, username or chat id prefix', async () => {
    const project = await ctx.project('Customer search');
    const anna = await apiCustomer(project, { first_name: 'Анна', username: 'anna_k' });
    const boris = await apiCustomer(project, { first_name: 'Boris', username: 'bb_100' });
    await db().query(`UPDATE subscriber SET last_seen_at = now() - interval '1 hour' WHERE id = $1`, [anna.id]);

    const all = (await project.api.get('/v1/helpdesk/customers').expect(200)).body;
    expect(all.customers.map((c: { id: string }) => c.id)).toEqual([boris.id, anna.id]);
    expect(all.next_cursor).toBeNull();
    expect(all.customers[0]).toEqual({
      id: boris.id,
      channel: 'telegram',
      chat_id: boris.chat,
      first_name: 'Boris',
      last_name: null,
      username: 'bb_100',
      language: null,
      blocked: false,
      note: null,
      first_seen_at: expect.any(String),
      last_seen_at: expect.any(String),
      tickets: { open: 1, total: 1 },
      csat_average: null,
    });

    const ids = async (query: string) =>
      (await project.api.get(`/v1/helpdesk/customers?${query}`).expect(200)).body.customers.map(
        (c: { id: string }) => c.id,
      );
    expect(await ids(`q=${encodeURIComponent('анн')}`)).toEqual([anna.id]);
    expect(await ids('q=ANNA_')).toEqual([anna.id]);
    expect(await ids('q=%40bb')).toEqual([boris.id]);
    expect(await ids(`q=${String(boris.chat).slice(0, 4)}`)).toContain(boris.id);
    expect(await ids('q=nobody')).toEqual([]);
    expect(await ids('q=%25')).toEqual([]);
    expect(await ids('channel=virtual')).toEqual([]);
    expect(await ids('blocked=false')).toEqual([boris.id, anna.id]);
    expect(await ids('blocked=true')).toEqual([]);

    const first = (await project.api.get('/v1/helpdesk/customers?limit=1').expect(200)).body;
    expect(first.customers.map((c: { id: string }) => c.id)).toEqual([boris.id]);
    const second = (await project.api.get(`/v1/helpdesk/customers?limit=1&cursor=${first.next_cursor}`).expect(200))
      .body;
    expect(second.customers.map((c: { id: string }) => c.id)).toEqual([anna.id]);
    expect(second.next_cursor).toBeNull();

    await project.api.get('/v1/helpdesk/customers?cursor=garbage').expect(400);
    await project.api.get('/v1/helpdesk/customers?limit=0').expect(422);
    await project.api.get('/v1/helpdesk/customers?blocked=maybe').expect(400);
    await project.api.get('/v1/helpdesk/customers?channel=fax').expect(400);
  });

  it('shows a profile with counts, the CSAT average and recent tickets, and filters tickets by customer', async () => {
    const project = await ctx.project('Customer profile');
    const anna = await apiCustomer(project, { first_name: 'Anna' }, 'First');
    const second = await createTicket(project.api, { channel: 'telegram', chat_id: anna.chat, text: 'Second' });
    const stranger = await apiCustomer(project, { first_name: 'Stranger' });
    await project.api.patch(`/v1/helpdesk/tickets/${anna.ticket.id}/status`, { status: 'closed' }).expect(200);
    await db().query('UPDATE ticket SET csat_rating = 4 WHERE id = $1', [anna.ticket.id]);
    await db().query('UPDATE ticket SET csat_rating = 5 WHERE id = $1', [second.id]);

    const profile = (await project.api.get(`/v1/helpdesk/customers/${anna.id}`).expect(200)).body;
    expect(profile.tickets).toEqual({ open: 1, total: 2 });
    expect(profile.csat_average).toBe(4.5);
    expect(profile.recent_tickets).toEqual([
      {
        id: second.id,
        ticket_number: second.ticket_number,
        subject: null,
        status: 'new',
        created_at: expect.any(String),
      },
      {
        id: anna.ticket.id,
        ticket_number: anna.ticket.ticket_number,
        subject: null,
        status: 'closed',
        created_at: expect.any(String),
      },
    ]);

    const list = (await project.api.get(`/v1/helpdesk/tickets?customer_id=${anna.id}`).expect(200)).body;
    expect(list.tickets.map((t: { id: string }) => t.id)).toEqual([second.id, anna.ticket.id]);
    expect(list.total).toBe(2);
    const strangers = (await project.api.get(`/v1/helpdesk/tickets?customer_id=${stranger.id}`).expect(200)).body;
    expect(strangers.tickets).toHaveLength(1);
    await project.api.get('/v1/helpdesk/tickets?customer_id=nope').expect(400);
    // Another project's customer: nothing of theirs is listed.
    const foreign = (await other.api.get(`/v1/helpdesk/tickets?customer_id=${anna.id}`).expect(200)).body;
    expect(foreign.tickets).toEqual([]);
  });

  it('keeps a note and a block (support+), bounded and validated, and 404s across projects', async () => {
    const customer = await apiCustomer(tenant, { first_name: 'Noted' });
    const url = `/v1/helpdesk/customers/${customer.id}`;
    const support = await signedInMember(ctx.app, tenant, 'support');
    const viewer = await signedInMember(ctx.app, tenant, 'viewer');

    const noted = (await support.api.patch(url, { note: 'VIP, прошу вежливо' }).expect(200)).body;
    expect(noted).toMatchObject({ id: customer.id, note: 'VIP, прошу вежливо', blocked: false });
    expect(noted.recent_tickets).toHaveLength(1);
    const blocked = (await support.api.patch(url, { blocked: true }).expect(200)).body;
    expect(blocked).toMatchObject({ note: 'VIP, прошу вежливо', blocked: true });
    expect((await tenant.api.patch(url, { note: null }).expect(200)).body.note).toBeNull();

    const tooLong = await tenant.api.patch(url, { note: 'x'.repeat(2001) });
    expect([400, 422]).toContain(tooLong.status);
    expect(tooLong.body.code).toBe('validation_failed');
    await tenant.api.patch(url, { blocked: 'yes' }).expect(400);
    await tenant.api.patch(url, { unknown: 1 }).expect(400);
    const viewed = await viewer.api.patch(url, { note: 'viewer' }).expect(403);
    expect(viewed.body.code).toBe('permission_denied');
    await viewer.api.get(url).expect(200);
    expect((await tenant.api.get(url).expect(200)).body).toMatchObject({ note: null, blocked: true });

    const foreign = await other.api.get(url).expect(404);
    expect(foreign.body).toMatchObject({ code: 'customer_not_found', retryable: false });
    await other.api.patch(url, { note: 'hijack' }).expect(404);
    await other.api.delete(url).expect(404);
    await tenant.api.get(`/v1/helpdesk/customers/${NO_SUCH_ID}`).expect(404);
    await tenant.api.get('/v1/helpdesk/customers/not-a-uuid').expect(404);
    expect((await tenant.api.get(url).expect(200)).body.blocked).toBe(true);
  });

  it('moves last_seen_at when the customer writes to the bot', async () => {
    const chat = newChat();
    const ticket = await createTicketThroughBot(tenant, chat, 'Seen now');
    const url = `/v1/helpdesk/customers/${ticket.subscriber_id}`;
    await db().query(`UPDATE subscriber SET last_seen_at = now() - interval '1 day' WHERE id = $1`, [
      ticket.subscriber_id,
    ]);
    const before = Date.parse((await tenant.api.get(url).expect(200)).body.last_seen_at);
    await post(updates.text(chat, 'still here'));
    const after = Date.parse((await tenant.api.get(url).expect(200)).body.last_seen_at);
    expect(after - before).toBeGreaterThan(23 * 3600 * 1000);
    const listed = (await tenant.api.get('/v1/helpdesk/customers?limit=1').expect(200)).body.customers;
    expect(listed[0].id).toBe(ticket.subscriber_id);
  });

  it("drops a blocked customer's messages: no new ticket, no added message, no bot answer", async () => {
    const chat = newChat();
    const ticket = await createTicketThroughBot(tenant, chat, 'Before the block');
    await tenant.api.patch(`/v1/helpdesk/customers/${ticket.subscriber_id}`, { blocked: true }).expect(200);
    const sentBefore = sentTo(chat).length;

    await post(updates.text(chat, 'spam into the open ticket'));
    expect((await details(tenant, ticket.id)).messages).toHaveLength(1);
    await tenant.api.patch(`/v1/helpdesk/tickets/${ticket.id}/status`, { status: 'closed' }).expect(200);
    await post(updates.text(chat, 'spam for a new ticket'));
    await post(updates.callback(chat, 'm:new', 1));
    await post(updates.text(chat, 'more spam'));
    await post(updates.start(chat, ''));
    await post(updates.start(chat, `help_${tenant.project.slug}`));
    await post(updates.callback(chat, 'm:list', 2));
    expect(await ticketsOf(tenant, chat)).toHaveLength(1);
    expect((await details(tenant, ticket.id)).messages).toHaveLength(1);
    expect(sentTo(chat)).toHaveLength(sentBefore);

    await tenant.api.patch(`/v1/helpdesk/customers/${ticket.subscriber_id}`, { blocked: false }).expect(200);
    await post(updates.text(chat, 'I am back'));
    expect(sentTo(chat).length).toBeGreaterThan(sentBefore);
  });

  it('erases a customer (admin+): names, chat id, their texts and file bytes go; tickets stay', async () => {
    const chat = newChat();
    const ticket = await createTicketThroughBot(tenant, chat, 'My passport number is 1234');
    fake.hostFile('erase-photo', Buffer.from('secret photo bytes'), { extension: 'jpg' });
    await post(updates.media(chat, 'photo', 'erase-photo', { caption: 'my face' }));
    await tenant.api.post(`/v1/helpdesk/tickets/${ticket.id}/reply`, { text: 'Thanks, noted' }).expect(201);
    const before = await details(tenant, ticket.id);
    const photo = before.messages.find((m: { attachments: unknown[] }) => m.attachments.length > 0);
    const download = `/v1/helpdesk/tickets/${ticket.id}/attachments/${photo.attachments[0].id}`;
    await tenant.api.get(download).expect(200);
    const customerId = ticket.subscriber_id;
    const url = `/v1/helpdesk/customers/${customerId}`;

    const support = await signedInMember(ctx.app, tenant, 'support');
    expect((await support.api.delete(url).expect(403)).body.code).toBe('permission_denied');
    const admin = await signedInMember(ctx.app, tenant, 'admin');
    await admin.api.delete(url).expect(204);

    expect((await tenant.api.get(url).expect(404)).body.code).toBe('customer_not_found');
    await tenant.api.delete(url).expect(404);
    await tenant.api.patch(url, { note: 'x' }).expect(404);
    const listed = (await tenant.api.get('/v1/helpdesk/customers?limit=100').expect(200)).body.customers;
    expect(listed.map((c: { id: string }) => c.id)).not.toContain(customerId);

    const after = await details(tenant, ticket.id);
    expect(after).toMatchObject({ id: ticket.id, chat_id: null, subject: null, customer: { first_name: null } });
    for (const message of after.messages.filter((m: { author: string }) => m.author === 'customer')) {
      expect(message).toMatchObject({ text: null, erased: true, edits: [] });
      for (const file of message.attachments) expect(file.file_name).toBeNull();
    }
    expect(after.messages.find((m: { author: string }) => m.author === 'agent')).toMatchObject({
      text: 'Thanks, noted',
      erased: false,
    });
    const [{ chunks }] = await db().query(
      'SELECT count(*)::int AS chunks FROM attachment_chunk WHERE attachment_id = $1',
      [photo.attachments[0].id],
    );
    expect(chunks).toBe(0);
    expect((await tenant.api.get(download).expect(422)).body.code).toBe('attachment_unavailable');
    const [row] = await db().query('SELECT first_name, username, chat_id, erased_at FROM subscriber WHERE id = $1', [
      customerId,
    ]);
    expect(row).toMatchObject({ first_name: null, username: null, chat_id: null, erased_at: expect.any(Date) });
    const texts = await db().query(`SELECT text FROM ticket_message WHERE ticket_id = $1 AND author = 'customer'`, [
      ticket.id,
    ]);
    expect(texts.every((m: { text: string }) => !m.text.includes('passport'))).toBe(true);
    const [{ refs }] = await db().query(
      `SELECT (SELECT count(*) FROM chat_inbound_message WHERE chat_id = $1 AND project_id = $2)::int +
              (SELECT count(*) FROM chat_ticket_message WHERE chat_id = $1 AND project_id = $2)::int AS refs`,
      [String(chat), tenant.project.id],
    );
    expect(refs).toBe(0);
    const searched = (await tenant.api.get('/v1/helpdesk/tickets?q=passport').expect(200)).body;
    expect(searched.tickets.map((t: { id: string }) => t.id)).not.toContain(ticket.id);

    const events = (await outboxEvents(ctx.app, tenant.project.id)).filter((e) => e.event_type === 'customer.erased');
    expect(events).toEqual([
      expect.objectContaining({
        topic: 'webhook',
        aggregate_id: customerId,
        payload: { customer_id: customerId, erased_at: expect.any(String) },
      }),
    ]);
    // The events already stored about the customer and their ticket (webhook redeliveries, GET /v1/events
    // replays) lost the same data; only a reply still waiting for the messenger keeps its chat.
    const stored = await db().query(
      `SELECT topic, status, event_type, payload FROM outbox_event
        WHERE project_id = $1 AND aggregate_id = ANY($2::uuid[]) ORDER BY id`,
      [tenant.project.id, [customerId, ticket.id]],
    );
    expect(stored.map((event: { event_type: string }) => event.event_type)).toEqual(
      expect.arrayContaining(['subscription.created', 'ticket.created', 'ticket.replied', 'chat.message']),
    );
    const waiting = (event: { topic: string; status: string }) =>
      event.topic === 'telegram' && event.status === 'pending';
    const storedText = JSON.stringify(stored.filter((event: { topic: string; status: string }) => !waiting(event)));
    for (const given of ['passport', '"Ivan"', 'ivan_p', String(chat)]) expect(storedText).not.toContain(given);
    expect(storedText).toContain('Thanks, noted'); // the team's own words stay
    const created = stored.find((event: { event_type: string }) => event.event_type === 'ticket.created');
    expect(created.payload).toMatchObject({ subject: null, chat_id: null, customer: { first_name: null } });

    // The chat writing again is a new customer with a new ticket; the erased one stays apart.
    await post(updates.text(chat, 'hello again'));
    const fresh = (await ticketsOf(tenant, chat)).filter((t) => t.id !== ticket.id);
    expect(fresh.length).toBeLessThanOrEqual(1);
    if (fresh[0]) expect(fresh[0].subscriber_id).not.toBe(customerId);
    expect((await details(tenant, ticket.id)).messages).toHaveLength(after.messages.length);
  });

  it('answers a webhook subscription to customer.erased as a known event', async () => {
    const response = await tenant.api.put('/v1/webhook', {
      url: 'https://example.com/hook',
      events: ['customer.erased'],
    });
    expect(response.status).toBeLessThan(300);
    expect(response.body.events).toEqual(['customer.erased']);
    expect(UUID.test(tenant.project.id)).toBe(true);
  });
});
