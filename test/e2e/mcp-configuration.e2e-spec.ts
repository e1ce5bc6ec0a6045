import { callTool, useMcpTenants } from '../helpers/mcp-client.js';
import { addMember } from '../helpers/tickets.js';

describe('MCP configuration tools: ticket types, canned responses, routing rules', () => {
  const mcp = useMcpTenants();
  const { acme } = mcp;

  it('lists the configuration tools', async () => {
    const names = (await mcp.acmeClient.listTools()).tools.map((tool) => tool.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'list_ticket_types',
        'list_ticket_type_config',
        'create_ticket_type',
        'update_ticket_type',
        'delete_ticket_type',
        'list_canned_responses',
        'create_canned_response',
        'update_canned_response',
        'delete_canned_response',
        'render_canned_response',
        'list_routing_rules',
        'create_routing_rule',
        'update_routing_rule',
        'delete_routing_rule',
      ]),
    );
  });

  it('manages ticket types with the REST rules, in its own project only', async () => {
    const created = await callTool(mcp.acmeClient, 'create_ticket_type', { name: 'Bug', sort_order: 2 });
    expect(created.json).toMatchObject({ name: 'Bug', sort_order: 2, enabled: true });
    expect((await callTool(mcp.acmeClient, 'create_ticket_type', { name: 'BUG' })).text).toContain('already exists');
    expect(await callTool(mcp.acmeClient, 'create_ticket_type', { name: '   ' })).toMatchObject({
      isError: true,
      text: 'name must not be blank',
    });
    const disabled = await callTool(mcp.acmeClient, 'update_ticket_type', { type_id: created.json.id, enabled: false });
    expect(disabled.json.enabled).toBe(false);
    expect((await acme.api.get('/v1/helpdesk/ticket-types').expect(200)).body.ticket_types).toEqual([]);
    expect((await callTool(mcp.acmeClient, 'list_ticket_types')).json).toEqual({ ticket_types: [] });
    expect((await callTool(mcp.acmeClient, 'list_ticket_type_config')).json.ticket_types).toEqual([disabled.json]);
    expect(
      (await callTool(mcp.globexClient, 'update_ticket_type', { type_id: created.json.id, name: 'Hijack' })).text,
    ).toBe('ticket type not found');
    expect((await callTool(mcp.globexClient, 'list_ticket_type_config')).json).toEqual({ ticket_types: [] });
    expect((await callTool(mcp.acmeClient, 'delete_ticket_type', { type_id: created.json.id })).json).toEqual({
      deleted: true,
    });
    expect((await callTool(mcp.acmeClient, 'list_ticket_type_config')).json).toEqual({ ticket_types: [] });
  });

  it('manages canned responses, renders one for a ticket and replies with it', async () => {
    const agent = await addMember(acme.api, 'Boris');
    const canned = await callTool(mcp.acmeClient, 'create_canned_response', {
      title: 'Hi',
      text: 'Hi {{first_name}}, {{agent_name}} here (#{{ticket_number}})',
      shortcut: '/hi',
    });
    expect(canned.json).toMatchObject({ shortcut: '/hi', variables: ['first_name', 'agent_name', 'ticket_number'] });
    expect(
      (await callTool(mcp.acmeClient, 'create_canned_response', { title: 'Bad', text: '{{email}}' })).text,
    ).toContain('{{email}}');
    const ticket = (await callTool(mcp.acmeClient, 'create_ticket', { text: 'Help', first_name: 'Anna' })).json;
    const rendered = await callTool(mcp.acmeClient, 'render_canned_response', {
      canned_id: canned.json.id,
      ticket_id: ticket.id,
      member_id: agent,
    });
    expect(rendered.json).toEqual({ text: `Hi Anna, Boris here (#${ticket.ticket_number})` });
    const reply = await callTool(mcp.acmeClient, 'reply_to_ticket', {
      ticket_id: ticket.id,
      canned_response_id: canned.json.id,
      member_id: agent,
    });
    expect(reply.json.message).toMatchObject({
      text: `Hi Anna, Boris here (#${ticket.ticket_number})`,
      member_id: agent,
    });
    expect((await callTool(mcp.acmeClient, 'reply_to_ticket', { ticket_id: ticket.id })).text).toBe(
      'exactly one of text and canned_response_id is required',
    );
    const updated = await callTool(mcp.acmeClient, 'update_canned_response', {
      canned_id: canned.json.id,
      shortcut: null,
    });
    expect(updated.json.shortcut).toBeNull();
    expect((await callTool(mcp.globexClient, 'delete_canned_response', { canned_id: canned.json.id })).text).toBe(
      'canned response not found',
    );
    expect((await callTool(mcp.acmeClient, 'delete_canned_response', { canned_id: canned.json.id })).json).toEqual({
      deleted: true,
    });
  });

  it('manages routing rules that route tickets created through MCP', async () => {
    const agent = await addMember(acme.api, 'Router');
    const rule = await callTool(mcp.acmeClient, 'create_routing_rule', {
      name: 'Refunds',
      condition: { text_contains: 'REFUND' },
      action: { assign_to: agent, add_tag: 'billing' },
    });
    expect(rule.json).toMatchObject({
      name: 'Refunds',
      condition: { text_contains: 'REFUND' },
      order_index: 0,
      enabled: true,
    });
    const bad = await callTool(mcp.acmeClient, 'create_routing_rule', {
      name: 'Bad',
      condition: { channel: 'sms' },
      action: { set_priority: 'high' },
    });
    expect(bad).toMatchObject({ isError: true, text: 'condition.channel must be one of telegram, max, virtual' });
    const ticket = (await callTool(mcp.acmeClient, 'create_ticket', { text: 'I want a refund' })).json;
    expect(ticket).toMatchObject({ assigned_to: agent, tags: ['billing'] });
    const disabled = await callTool(mcp.acmeClient, 'update_routing_rule', { rule_id: rule.json.id, enabled: false });
    expect(disabled.json.enabled).toBe(false);
    expect((await callTool(mcp.acmeClient, 'create_ticket', { text: 'Another refund' })).json.assigned_to).toBeNull();
    expect(
      (await callTool(mcp.acmeClient, 'list_routing_rules')).json.routing_rules.map((item: { id: string }) => item.id),
    ).toEqual([rule.json.id]);
    expect((await callTool(mcp.globexClient, 'list_routing_rules')).json).toEqual({ routing_rules: [] });
    expect((await callTool(mcp.acmeClient, 'delete_routing_rule', { rule_id: rule.json.id })).json).toEqual({
      deleted: true,
    });
  });
});
