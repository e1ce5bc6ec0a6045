import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { callTool, startMcpTenants, type McpTenants } from '../helpers/mcp-client.js';
import type { TestProject } from '../helpers/test-app.js';
import { addMember } from '../helpers/tickets.js';

describe('MCP configuration tools: ticket types, canned responses, routing rules', () => {
  let app: NestExpressApplication;
  let acme: TestProject;
  let globex: TestProject;
  let acmeClient: Client;
  let globexClient: Client;

  let tenants: McpTenants;

  beforeAll(async () => {
    tenants = await startMcpTenants();
    ({ app, acme, globex, acmeClient, globexClient } = tenants);
  });
  afterAll(async () => {
    await tenants.close();
  });

  it('lists the configuration tools', async () => {
    const names = (await acmeClient.listTools()).tools.map((tool) => tool.name);
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
    const created = await callTool(acmeClient, 'create_ticket_type', { name: 'Bug', sort_order: 2 });
    expect(created.json).toMatchObject({ name: 'Bug', sort_order: 2, enabled: true });
    expect((await callTool(acmeClient, 'create_ticket_type', { name: 'BUG' })).text).toContain('already exists');
    expect(await callTool(acmeClient, 'create_ticket_type', { name: '   ' })).toMatchObject({ isError: true, text: 'name must not be blank' });
    const disabled = await callTool(acmeClient, 'update_ticket_type', { type_id: created.json.id, enabled: false });
    expect(disabled.json.enabled).toBe(false);
    expect((await acme.api.get('/v1/helpdesk/ticket-types').expect(200)).body.ticket_types).toEqual([]);
    expect((await callTool(acmeClient, 'list_ticket_types')).json).toEqual({ ticket_types: [] });
    expect((await callTool(acmeClient, 'list_ticket_type_config')).json.ticket_types).toEqual([disabled.json]);
    expect((await callTool(globexClient, 'update_ticket_type', { type_id: created.json.id, name: 'Hijack' })).text).toBe('ticket type not found');
    expect((await callTool(globexClient, 'list_ticket_type_config')).json).toEqual({ ticket_types: [] });
    expect((await callTool(acmeClient, 'delete_ticket_type', { type_id: created.json.id })).json).toEqual({ deleted: true });
    expect((await callTool(acmeClient, 'list_ticket_type_config')).json).toEqual({ ticket_types: [] });
  });

  it('manages canned responses, renders one for a ticket and replies with it', async () => {
    const agent = await addMember(acme.api, 'Boris');
    const canned = await callTool(acmeClient, 'create_canned_response', { title: 'Hi', text: 'Hi {{first_name}}, {{agent_name}} here (#{{ticket_number}})', shortcut: '/hi' });
    expect(canned.json).toMatchObject({ shortcut: '/hi', variables: ['first_name', 'agent_name', 'ticket_number'] });
    expect((await callTool(acmeClient, 'create_canned_response', { title: 'Bad', text: '{{email}}' })).text).toContain('{{email}}');
    const ticket = (await callTool(acmeClient, 'create_ticket', { text: 'Help', first_name: 'Anna' })).json;
    const rendered = await callTool(acmeClient, 'render_canned_response', { canned_id: canned.json.id, ticket_id: ticket.id, member_id: agent });
    expect(rendered.json).toEqual({ text: `Hi Anna, Boris here (#${ticket.ticket_number})` });
    const reply = await callTool(acmeClient, 'reply_to_ticket', { ticket_id: ticket.id, canned_response_id: canned.json.id, member_id: agent });
    expect(reply.json.message).toMatchObject({ text: `Hi Anna, Boris here (#${ticket.ticket_number})`, member_id: agent });
    expect((await callTool(acmeClient, 'reply_to_ticket', { ticket_id: ticket.id })).text).toBe('exactly one of text and canned_response_id is required');
    const updated = await callTool(acmeClient, 'update_canned_response', { canned_id: canned.json.id, shortcut: null });
    expect(updated.json.shortcut).toBeNull();
    expect((await callTool(globexClient, 'delete_canned_response', { canned_id: canned.json.id })).text).toBe('canned response not found');
    expect((await callTool(acmeClient, 'delete_canned_response', { canned_id: canned.json.id })).json).toEqual({ deleted: true });
  });

  it('manages routing rules that route tickets created through MCP', async () => {
    const agent = await addMember(acme.api, 'Router');
    const rule = await callTool(acmeClient, 'create_routing_rule', {
      name: 'Refunds',
      condition: { text_contains: 'REFUND' },
      action: { assign_to: agent, add_tag: 'billing' },
    });
    expect(rule.json).toMatchObject({ name: 'Refunds', condition: { text_contains: 'REFUND' }, order_index: 0, enabled: true });
    const bad = await callTool(acmeClient, 'create_routing_rule', { name: 'Bad', condition: { channel: 'sms' }, action: { set_priority: 'high' } });
    expect(bad).toMatchObject({ isError: true, text: 'condition.channel must be one of telegram, max, virtual' });
    const ticket = (await callTool(acmeClient, 'create_ticket', { text: 'I want a refund' })).json;
    expect(ticket).toMatchObject({ assigned_to: agent, tags: ['billing'] });
    const disabled = await callTool(acmeClient, 'update_routing_rule', { rule_id: rule.json.id, enabled: false });
    expect(disabled.json.enabled).toBe(false);
    expect((await callTool(acmeClient, 'create_ticket', { text: 'Another refund' })).json.assigned_to).toBeNull();
    expect((await callTool(acmeClient, 'list_routing_rules')).json.routing_rules.map((item: { id: string }) => item.id)).toEqual([rule.json.id]);
    expect((await callTool(globexClient, 'list_routing_rules')).json).toEqual({ routing_rules: [] });
    expect((await callTool(acmeClient, 'delete_routing_rule', { rule_id: rule.json.id })).json).toEqual({ deleted: true });
  });
});
