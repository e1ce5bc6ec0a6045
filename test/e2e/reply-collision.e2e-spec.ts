import request from 'supertest';
import { DataSource } from 'typeorm';
import { callTool, connectMcpClient } from '../helpers/mcp-client.js';
import { signedInMember, TEST_PUBLIC_URL } from '../helpers/sessions.js';
import { type TestProject, useTestApp } from '../helpers/test-app.js';
import { createTicket, NO_SUCH_ID } from '../helpers/tickets.js';

/**
 * Two agents on one ticket: a reply carries `after_message_id`, the last message its agent saw. When newer
 * messages came in (another agent's reply or note, the customer's message), the reply is refused with 409
 * `ticket_changed` and those messages, and nothing is stored or charged.
 */
describe('replies written after newer messages (after_message_id)', () => {
  const ctx = useTestApp({ PUBLIC_URL: TEST_PUBLIC_URL });

  async function conversation(tenant: TestProject, ticketId: string): Promise<Array<Record<string, any>>> {
    return (await tenant.api.get(`/v1/helpdesk/tickets/${ticketId}`).expect(200)).body.messages;
  }

  async function repliesCharged(tenant: TestProject): Promise<number> {
    return (await tenant.api.get('/v1/credits').expect(200)).body.replies_this_month;
  }

  it("refuses a stale reply with the other agent's reply, nothing stored or charged, then a new one", async () => {
    const tenant = await ctx.project();
    const [anna, boris] = [
      await signedInMember(ctx.app, tenant, 'support'),
      await signedInMember(ctx.app, tenant, 'support'),
    ];
    const ticket = await createTicket(tenant.api);
    const [first] = await conversation(tenant, ticket.id);

    const byBoris = await boris.api
      .post(`/v1/helpdesk/tickets/${ticket.id}/reply`, {
        text: 'Boris here: resend the code',
        after_message_id: first.id,
      })
      .expect(201);
    const stale = await anna.api
      .post(`/v1/helpdesk/tickets/${ticket.id}/reply`, { text: 'Anna here: check spam', after_message_id: first.id })
      .expect(409);
    expect(stale.body).toEqual({
      error: expect.stringContaining('newer message'),
      retryable: false,
      code: 'ticket_changed',
      messages: [expect.objectContaining({ id: byBoris.body.message.id, text: 'Boris here: resend the code' })],
    });
    expect((await conversation(tenant, ticket.id)).map((message) => message.text)).toEqual([
      'Verification code not arriving',
      'Boris here: resend the code',
    ]);
    expect(await repliesCharged(tenant)).toBe(1);

    await anna.api
      .post(`/v1/helpdesk/tickets/${ticket.id}/reply`, {
        text: 'Anna here: and check spam',
        after_message_id: byBoris.body.message.id,
      })
      .expect(201);
    expect(await repliesCharged(tenant)).toBe(2);
  });

  it('counts notes and customer messages as newer; a reply without after_message_id goes as before', async () => {
    const tenant = await ctx.project();
    const ticket = await createTicket(tenant.api);
    const [first] = await conversation(tenant, ticket.id);
    const note = await tenant.api
      .post(`/v1/helpdesk/tickets/${ticket.id}/reply`, { text: 'VIP customer', internal: true })
      .expect(201);
    await tenant.api.post(`/v1/helpdesk/tickets/${ticket.id}/customer-reply`, { text: 'Hello?' }).expect(201);
    const stale = await tenant.api
      .post(`/v1/helpdesk/tickets/${ticket.id}/reply`, { text: 'Hi', after_message_id: first.id })
      .expect(409);
    expect(stale.body.messages.map((message: { text: string }) => message.text)).toEqual(['VIP customer', 'Hello?']);
    expect(stale.body.messages[0]).toMatchObject({ id: note.body.message.id, internal: true });
    await tenant.api.post(`/v1/helpdesk/tickets/${ticket.id}/reply`, { text: 'Hi' }).expect(201);
  });

  it('lets exactly one of two simultaneous replies after the same message through', async () => {
    const tenant = await ctx.project();
    const ticket = await createTicket(tenant.api);
    const [first] = await conversation(tenant, ticket.id);
    const attempts = await Promise.all(
      ['one', 'two', 'three'].map((text) =>
        tenant.api.post(`/v1/helpdesk/tickets/${ticket.id}/reply`, { text, after_message_id: first.id }),
      ),
    );
    expect(attempts.map((attempt) => attempt.status).sort()).toEqual([201, 409, 409]);
    expect(await conversation(tenant, ticket.id)).toHaveLength(2);
    expect(await repliesCharged(tenant)).toBe(1);
  });

  it('refuses an id that is not a message of this ticket (422) and a malformed one (400)', async () => {
    const tenant = await ctx.project();
    const [ticket, other] = [await createTicket(tenant.api), await createTicket(tenant.api)];
    const [otherFirst] = await conversation(tenant, other.id);
    for (const id of [NO_SUCH_ID, otherFirst.id]) {
      const refused = await tenant.api
        .post(`/v1/helpdesk/tickets/${ticket.id}/reply`, { text: 'Hi', after_message_id: id })
        .expect(422);
      expect(refused.body.code).toBe('after_message_not_in_ticket');
    }
    const malformed = await tenant.api
      .post(`/v1/helpdesk/tickets/${ticket.id}/reply`, { text: 'Hi', after_message_id: 'last' })
      .expect(400);
    expect(malformed.body.code).toBe('validation_failed');
    expect(await conversation(tenant, ticket.id)).toHaveLength(1);
  });

  it('refuses a stale multipart reply and keeps none of its files', async () => {
    const tenant = await ctx.project();
    const ticket = await createTicket(tenant.api);
    const [first] = await conversation(tenant, ticket.id);
    await tenant.api.post(`/v1/helpdesk/tickets/${ticket.id}/reply`, { text: 'Already answered' }).expect(201);
    const stale = await request(ctx.app.getHttpServer())
      .post(`/v1/helpdesk/tickets/${ticket.id}/reply`)
      .set('Authorization', `Bearer ${tenant.apiKey}`)
      .field('text', 'the invoice')
      .field('after_message_id', first.id)
      .attach('files', Buffer.from('%PDF-1.4 invoice'), { filename: 'invoice.pdf', contentType: 'application/pdf' })
      .expect(409);
    expect(stale.body.code).toBe('ticket_changed');
    const [attachments] = await ctx.app
      .get(DataSource)
      .query('SELECT count(*)::int AS n FROM attachment WHERE project_id = $1', [tenant.project.id]);
    expect(attachments.n).toBe(0);
  });

  it('refuses a stale reply through MCP the same way', async () => {
    const tenant = await ctx.project();
    const ticket = await createTicket(tenant.api);
    const [first] = await conversation(tenant, ticket.id);
    await tenant.api.post(`/v1/helpdesk/tickets/${ticket.id}/reply`, { text: 'Already answered' }).expect(201);
    const client = await connectMcpClient(await ctx.listen(), tenant.apiKey);
    try {
      const tool = await callTool(client, 'reply_to_ticket', {
        ticket_id: ticket.id,
        text: 'Hello from MCP',
        after_message_id: first.id,
      });
      expect(tool).toEqual(expect.objectContaining({ isError: true, text: expect.stringContaining('newer message') }));
    } finally {
      await client.close();
    }
    expect(await conversation(tenant, ticket.id)).toHaveLength(2);
  });
});
