import { DataSource } from 'typeorm';
import { buttonsOf, useTelegramChat } from '../helpers/telegram-chat.js';
import { callTool, connectMcpClient } from '../helpers/mcp-client.js';
import type { TestProject } from '../helpers/test-app.js';
import { outboxEvents } from '../helpers/tickets.js';

const SECRET = 'chat-tenancy-secret';

/**
 * One bot serves every project: a project may only open a telegram/max ticket (REST or MCP) for a chat that
 * is its own customer (help link, accepted request, a message in one of its tickets), and a customer's next
 * message goes only to projects it contacted.
 */
describe('a project reaches only the chats that contacted it', () => {
  const { ctx, fake, updates, post, sentTo, ticketsOf, details, createTicketThroughBot } = useTelegramChat(
    '779:chat-tenancy',
    SECRET,
  );
  const shopA = ctx.useProject('Shop A');
  let nextChat = 700_000 + Math.floor(Math.random() * 90_000);
  const newChat = () => nextChat++;

  const open = (project: TestProject, body: Record<string, unknown>, headers: Record<string, string> = {}) =>
    project.api
      .post('/v1/helpdesk/tickets')
      .set(headers)
      .send({ text: 'We noticed a problem with your order', ...body });

  /** Everything a refused creation must not have left behind in the project. */
  async function expectNothingStored(project: TestProject, chat: number) {
    const db = ctx.app.get(DataSource);
    const [counts] = await db.query(
      `SELECT (SELECT count(*)::int FROM ticket WHERE project_id = $1) AS tickets,
              (SELECT count(*)::int FROM subscriber WHERE project_id = $1 AND chat_id = $2) AS subscribers,
              (SELECT count(*)::int FROM ticket_number_counter WHERE project_id = $1) AS counters`,
      [project.project.id, chat],
    );
    expect(counts).toEqual({ tickets: 0, subscribers: 0, counters: 0 });
    expect(await outboxEvents(ctx.app, project.project.id)).toEqual([]);
  }

  it.each(['telegram', 'max'] as const)(
    'refuses a %s ticket for a chat that only talked to another project: 422, nothing stored or sent',
    async (channel) => {
      const shopB = await ctx.project('Shop B');
      const chat = newChat();
      await createTicketThroughBot(shopA, chat, 'My order from A');
      const sentBefore = fake.calls.length;
      const response = await open(shopB, { channel, chat_id: chat, first_name: 'Eve' }).expect(422);
      expect(response.body).toEqual({ error: expect.any(String), retryable: false, code: 'chat_not_subscribed' });
      await expectNothingStored(shopB, chat);
      expect(fake.calls.length).toBe(sentBefore);
      // No number was consumed: B's first ticket is still #1.
      const virtual = await open(shopB, { channel: 'virtual' }).expect(201);
      expect(virtual.body.ticket_number).toBe(1);
    },
  );

  it('refuses a chat that never wrote to the bot, with an Idempotency-Key too (the key stays free)', async () => {
    const shopB = await ctx.project('Shop B');
    const chat = newChat();
    const key = { 'Idempotency-Key': `open-${chat}` };
    await open(shopB, { channel: 'telegram', chat_id: chat }, key).expect(422);
    await open(shopB, { channel: 'telegram', chat_id: chat }, key).expect(422);
    await expectNothingStored(shopB, chat);
    // Once the chat opens B's help link, the same request (same key) is accepted.
    await post(updates.start(chat, `help_${shopB.project.slug}`));
    const created = await open(shopB, { channel: 'telegram', chat_id: chat }, key).expect(201);
    expect(created.body).toMatchObject({ channel: 'telegram', chat_id: chat, ticket_number: 1 });
  });

  it('MCP create_ticket refuses the same chat with the same error, and stores nothing', async () => {
    const shopB = await ctx.project('Shop B');
    const chat = newChat();
    await createTicketThroughBot(shopA, chat, 'Only A knows me');
    const rest = await open(shopB, { channel: 'telegram', chat_id: chat }).expect(422);
    const client = await connectMcpClient(await ctx.listen(), shopB.apiKey);
    try {
      const tool = await callTool(client, 'create_ticket', { text: 'hello', channel: 'telegram', chat_id: chat });
      expect(tool).toEqual(expect.objectContaining({ isError: true, text: rest.body.error }));
      await expectNothingStored(shopB, chat);
      // Its own customer: accepted.
      await post(updates.start(chat, `help_${shopB.project.slug}`));
      const ok = await callTool(client, 'create_ticket', { text: 'hello', channel: 'telegram', chat_id: chat });
      expect(ok.isError).toBe(false);
      expect(ok.json).toMatchObject({ channel: 'telegram', chat_id: chat, ticket_number: 1 });
    } finally {
      await client.close();
    }
  });

  it("opens tickets for the project's own customers: help link, accepted request, a chat that wrote", async () => {
    const shopB = await ctx.project('Shop B');
    // Opened B's help link.
    const viaLink = newChat();
    await post(updates.start(viaLink, `help_${shopB.project.slug}`));
    await open(shopB, { channel: 'telegram', chat_id: viaLink }).expect(201);
    // Accepted one of B's requests.
    const viaRequest = newChat();
    const request = (await shopB.api.post('/v1/helpdesk/request', {}).expect(201)).body;
    await post(updates.start(viaRequest, `hdreq_${request.request_id}`));
    const consent = sentTo(viaRequest).at(-1)!;
    const accept = buttonsOf(consent).find((button) => button.callback_data.startsWith('rq:y:'))!;
    await post(updates.callback(viaRequest, accept.callback_data, Number(consent.result.message_id)));
    await open(shopB, { channel: 'telegram', chat_id: viaRequest }).expect(201);
    // Wrote in one of B's tickets (through the bot).
    const wrote = newChat();
    await createTicketThroughBot(shopB, wrote, 'A question for B');
    await open(shopB, { channel: 'telegram', chat_id: wrote }).expect(201);
  });

  // A ticket B opened before the rule existed, for a chat that never contacted B (the migration leaves its
  // customer row without contacted_at): B can no longer write to the chat, and the chat's messages stay out.
  it("routes a customer's next message only to projects it contacted, and refuses replies to the others", async () => {
    const shopB = await ctx.project('Shop B');
    const chat = newChat();
    await post(updates.start(chat, `help_${shopB.project.slug}`));
    const legacy = (await open(shopB, { channel: 'telegram', chat_id: chat }).expect(201)).body;
    await ctx.app
      .get(DataSource)
      .query('UPDATE subscriber SET contacted_at = NULL WHERE id = $1', [legacy.subscriber_id]);
    await post(updates.start(chat, `help_${shopA.project.slug}`));
    const sentBefore = sentTo(chat).length;
    const reply = await shopB.api.post(`/v1/helpdesk/tickets/${legacy.id}/reply`, { text: 'Hi, B here' }).expect(422);
    expect(reply.body.code).toBe('chat_not_subscribed');
    expect(sentTo(chat)).toHaveLength(sentBefore);
    // The plain message starts a ticket in A (the project it talks to), not in B's open ticket.
    await post(updates.text(chat, 'my next message'));
    expect((await details(shopB, legacy.id)).messages.map((m: { text: string }) => m.text)).toEqual([
      'We noticed a problem with your order',
    ]);
    const inA = await ticketsOf(shopA, chat);
    expect(inA.map((ticket) => ticket.subject)).toEqual(['my next message']);
    // Closing it sends no close message (or survey) to the chat either.
    await shopB.api.patch(`/v1/helpdesk/tickets/${legacy.id}/status`, { status: 'closed' }).expect(200);
    const toChat = (await outboxEvents(ctx.app, shopB.project.id)).filter((event) => event.topic !== 'webhook');
    expect(toChat).toEqual([]);
    expect(sentTo(chat).map((call) => call.body.text)).not.toContain('Hi, B here');
  });
});
