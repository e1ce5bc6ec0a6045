import { callTool, useMcpTenants } from '../helpers/mcp-client.js';
import { createTicket, outboxEvents, subscribeChat } from '../helpers/tickets.js';

describe('MCP customer tools and the ticket edit', () => {
  const mcp = useMcpTenants();
  const { acme, ctx } = mcp;

  it('lists the tools', async () => {
    const names = (await mcp.acmeClient.listTools()).tools.map((tool) => tool.name);
    expect(names).toEqual(
      expect.arrayContaining(['list_customers', 'get_customer', 'update_customer', 'erase_customer', 'update_ticket']),
    );
  });

  it('finds, notes, blocks and erases a customer in its own project only', async () => {
    const chat = 700_000 + Math.floor(Math.random() * 100_000);
    await subscribeChat(ctx.app, acme.project.id, chat);
    const ticket = await createTicket(acme.api, {
      channel: 'telegram',
      chat_id: chat,
      first_name: 'Мария',
      username: 'maria_mcp',
      text: 'Мой телефон +7 900 000-00-00',
    });
    const id = ticket.subscriber_id;

    const found = await callTool(mcp.acmeClient, 'list_customers', { q: 'мар' });
    expect(found.json.customers.map((c: { id: string }) => c.id)).toEqual([id]);
    expect((await callTool(mcp.globexClient, 'list_customers', { q: 'мар' })).json.customers).toEqual([]);
    const profile = await callTool(mcp.acmeClient, 'get_customer', { customer_id: id });
    expect(profile.json).toMatchObject({ id, first_name: 'Мария', tickets: { open: 1, total: 1 } });
    expect(profile.json.recent_tickets).toHaveLength(1);

    const noted = await callTool(mcp.acmeClient, 'update_customer', { customer_id: id, note: 'VIP', blocked: true });
    expect(noted.json).toMatchObject({ note: 'VIP', blocked: true });
    const tooLong = await callTool(mcp.acmeClient, 'update_customer', { customer_id: id, note: 'x'.repeat(2001) });
    expect(tooLong.isError).toBe(true);
    expect((await callTool(mcp.globexClient, 'get_customer', { customer_id: id })).text).toBe('customer not found');
    expect((await callTool(mcp.globexClient, 'erase_customer', { customer_id: id })).isError).toBe(true);

    expect((await callTool(mcp.acmeClient, 'erase_customer', { customer_id: id })).json).toEqual({ erased: true });
    expect((await callTool(mcp.acmeClient, 'get_customer', { customer_id: id })).isError).toBe(true);
    const details = (await acme.api.get(`/v1/helpdesk/tickets/${ticket.id}`).expect(200)).body;
    expect(details.messages[0]).toMatchObject({ text: null, erased: true });
    const events = await outboxEvents(ctx.app, acme.project.id);
    expect(events.filter((event) => event.event_type === 'customer.erased')).toHaveLength(1);
  });

  it('updates a ticket and enforces required custom fields on set_ticket_status', async () => {
    await acme.api
      .post('/v1/helpdesk/custom-fields', { key: 'reason', label: 'Reason', type: 'text', required_to_close: true })
      .expect(201);
    const ticket = await createTicket(acme.api);
    const refused = await callTool(mcp.acmeClient, 'set_ticket_status', { ticket_id: ticket.id, status: 'closed' });
    expect(refused).toMatchObject({ isError: true });
    expect(refused.text).toContain('reason');
    const updated = await callTool(mcp.acmeClient, 'update_ticket', {
      ticket_id: ticket.id,
      subject: 'Через MCP',
      custom_fields: { reason: 'resolved' },
    });
    expect(updated.json).toMatchObject({ subject: 'Через MCP', custom_fields: { reason: 'resolved' } });
    const wrong = await callTool(mcp.acmeClient, 'update_ticket', {
      ticket_id: ticket.id,
      custom_fields: { reason: 1 },
    });
    expect(wrong.isError).toBe(true);
    const closed = await callTool(mcp.acmeClient, 'set_ticket_status', { ticket_id: ticket.id, status: 'closed' });
    expect(closed.json.status).toBe('closed');
    expect((await callTool(mcp.globexClient, 'update_ticket', { ticket_id: ticket.id, subject: 'x' })).text).toBe(
      'ticket not found',
    );
  });
});
