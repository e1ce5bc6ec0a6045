import request from 'supertest';
import { DataSource } from 'typeorm';
import { callTool, connectMcpClient } from '../helpers/mcp-client.js';
import { type TestProject, useTestApp } from '../helpers/test-app.js';
import { createTicket, outboxEvents, subscribeChat } from '../helpers/tickets.js';

/**
 * A server without a Telegram or Max bot can never deliver a reply on a telegram/max ticket: the reply is
 * refused (409 channel_not_configured) before anything is stored or charged, whatever path it takes (JSON,
 * multipart with files, canned response, MCP). Internal notes are still fine.
 */
describe('replies on a messenger ticket of a server without that bot', () => {
  const ctx = useTestApp();
  let nextChat = 810_000 + Math.floor(Math.random() * 90_000);

  async function messengerTicket(channel: 'telegram' | 'max'): Promise<{ tenant: TestProject; ticket: any }> {
    const tenant = await ctx.project();
    const chat = nextChat++;
    await subscribeChat(ctx.app, tenant.project.id, chat, channel);
    return { tenant, ticket: await createTicket(tenant.api, { channel, chat_id: chat }) };
  }

  /** Only the customer's first message, no charge, no event after the creation's. */
  async function expectNothingStoredOrCharged(tenant: TestProject, ticketId: string) {
    const details = (await tenant.api.get(`/v1/helpdesk/tickets/${ticketId}`).expect(200)).body;
    expect(details.messages.map((m: { author: string }) => m.author)).toEqual(['customer']);
    expect(details.status).toBe('new');
    const credits = (await tenant.api.get('/v1/credits').expect(200)).body;
    expect(credits).toMatchObject({ free_used: 0, replies_this_month: 0 });
    const [ledger] = await ctx.app
      .get(DataSource)
      .query('SELECT count(*)::int AS n FROM credit_ledger_entry WHERE project_id = $1', [tenant.project.id]);
    expect(ledger.n).toBe(0);
    const events = await outboxEvents(ctx.app, tenant.project.id);
    expect(events.map((event) => event.event_type)).toEqual(['ticket.created']);
    const [attachments] = await ctx.app
      .get(DataSource)
      .query('SELECT count(*)::int AS n FROM attachment WHERE project_id = $1', [tenant.project.id]);
    expect(attachments.n).toBe(0);
  }

  it.each(['telegram', 'max'] as const)('refuses a JSON reply on a %s ticket: 409, nothing stored', async (channel) => {
    const { tenant, ticket } = await messengerTicket(channel);
    const response = await tenant.api
      .post(`/v1/helpdesk/tickets/${ticket.id}/reply`, { text: 'Are you there?' })
      .expect(409);
    expect(response.body).toEqual({
      error: expect.stringContaining(channel),
      retryable: false,
      code: 'channel_not_configured',
    });
    await expectNothingStoredOrCharged(tenant, ticket.id);
  });

  it('refuses a multipart reply with files, and keeps none of them', async () => {
    const { tenant, ticket } = await messengerTicket('telegram');
    const response = await request(ctx.app.getHttpServer())
      .post(`/v1/helpdesk/tickets/${ticket.id}/reply`)
      .set('Authorization', `Bearer ${tenant.apiKey}`)
      .field('text', 'the invoice')
      .attach('files', Buffer.from('%PDF-1.4 invoice'), { filename: 'invoice.pdf', contentType: 'application/pdf' })
      .expect(409);
    expect(response.body.code).toBe('channel_not_configured');
    await expectNothingStoredOrCharged(tenant, ticket.id);
  });

  it('refuses a canned reply and an MCP reply the same way', async () => {
    const { tenant, ticket } = await messengerTicket('telegram');
    const canned = (
      await tenant.api.post('/v1/helpdesk/canned-responses', { title: 'Hello', text: 'Hello there!' }).expect(201)
    ).body;
    const byCanned = await tenant.api
      .post(`/v1/helpdesk/tickets/${ticket.id}/reply`, { canned_response_id: canned.id })
      .expect(409);
    expect(byCanned.body.code).toBe('channel_not_configured');
    const client = await connectMcpClient(await ctx.listen(), tenant.apiKey);
    try {
      const tool = await callTool(client, 'reply_to_ticket', { ticket_id: ticket.id, text: 'Hello from MCP' });
      expect(tool).toEqual(expect.objectContaining({ isError: true, text: byCanned.body.error }));
    } finally {
      await client.close();
    }
    const events = await outboxEvents(ctx.app, tenant.project.id);
    expect(events.map((event) => event.event_type)).toEqual(['ticket.created']);
    await expectNothingStoredOrCharged(tenant, ticket.id);
  });

  it('still takes an internal note on a messenger ticket, and any reply on a virtual one', async () => {
    const { tenant, ticket } = await messengerTicket('telegram');
    await tenant.api.post(`/v1/helpdesk/tickets/${ticket.id}/reply`, { text: 'note', internal: true }).expect(201);
    const virtual = await createTicket(tenant.api);
    const reply = await tenant.api.post(`/v1/helpdesk/tickets/${virtual.id}/reply`, { text: 'Hi' }).expect(201);
    expect(reply.body.message).toMatchObject({ delivery: null, delivery_error: null });
  });
});
