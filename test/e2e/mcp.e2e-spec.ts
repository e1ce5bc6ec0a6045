import request from 'supertest';
import { callTool, connectMcpClient, useMcpTenants } from '../helpers/mcp-client.js';

describe('MCP server', () => {
  const mcp = useMcpTenants();
  const { acme, globex } = mcp;

  it('refuses a request without a valid project key with 401', async () => {
    await request(mcp.baseUrl).post('/mcp').send({ jsonrpc: '2.0', id: 1, method: 'tools/list' }).expect(401);
    await expect(connectMcpClient(mcp.baseUrl, `zn_live_${'Z'.repeat(32)}`)).rejects.toThrow();
  });

  it('answers GET and DELETE with 405: the endpoint is stateless', async () => {
    const get = await request(mcp.baseUrl).get('/mcp').set('Authorization', `Bearer ${acme.apiKey}`).expect(405);
    expect(get.body).toEqual({
      error: expect.stringContaining('stateless'),
      retryable: false,
      code: 'method_not_allowed',
    });
    await request(mcp.baseUrl).delete('/mcp').set('Authorization', `Bearer ${acme.apiKey}`).expect(405);
  });

  it('lists tools with descriptions and input schemas', async () => {
    const { tools } = await mcp.acmeClient.listTools();
    const names = tools.map((tool) => tool.name);
    expect(names).toEqual(
      expect.arrayContaining(['get_helpdesk_settings', 'update_helpdesk_settings', 'list_team_members']),
    );
    for (const tool of tools) {
      expect(tool.description?.length).toBeGreaterThan(20);
      expect(tool.inputSchema.type).toBe('object');
    }
  });

  it('changes settings through a tool, visible through REST, and not to another project', async () => {
    const changed = await callTool(mcp.acmeClient, 'update_helpdesk_settings', {
      sla_first_reply_hours: 3,
      csat_enabled: true,
    });
    expect(changed.isError).toBe(false);
    expect(changed.json).toEqual(expect.objectContaining({ sla_first_reply_hours: 3, csat_enabled: true }));
    const rest = await acme.api.get('/v1/helpdesk/settings').expect(200);
    expect(rest.body).toEqual(expect.objectContaining({ sla_first_reply_hours: 3, csat_enabled: true }));
    const other = await callTool(mcp.globexClient, 'get_helpdesk_settings');
    expect(other.json.sla_first_reply_hours).toBeNull();
  });

  it('returns a tool error carrying the REST message for an invalid value', async () => {
    const rest = await acme.api.put('/v1/helpdesk/settings', { helpdesk_unanswered_hours: 13 }).expect(422);
    const tool = await callTool(mcp.acmeClient, 'update_helpdesk_settings', { helpdesk_unanswered_hours: 13 });
    expect(tool).toEqual(expect.objectContaining({ isError: true, text: rest.body.error }));
  });

  it('returns a tool error for an argument of the wrong type', async () => {
    const tool = await callTool(mcp.acmeClient, 'update_helpdesk_settings', { csat_enabled: 'yes' });
    expect(tool.isError).toBe(true);
  });

  it('lists only the calling project team', async () => {
    const members = await callTool(mcp.acmeClient, 'list_team_members');
    expect(members.json.members.map((m: { id: string }) => m.id)).toEqual([acme.owner.id]);
  });

  describe('ticket tools', () => {
    let ticketId: string;

    beforeAll(async () => {
      const created = await callTool(mcp.acmeClient, 'create_ticket', {
        text: 'Verification code not arriving',
        subject: 'Login issue',
        first_name: 'John',
      });
      expect(created.isError).toBe(false);
      ticketId = created.json.id;
    });

    it('creates a ticket visible through REST with the same shape', async () => {
      const rest = await acme.api.get(`/v1/helpdesk/tickets/${ticketId}`).expect(200);
      expect(rest.body).toEqual(
        expect.objectContaining({ id: ticketId, subject: 'Login issue', status: 'new', channel: 'virtual' }),
      );
    });

    it('rejects a ticket without text and a too long text with the REST messages', async () => {
      const missing = await callTool(mcp.acmeClient, 'create_ticket', { text: '   ' });
      const restMissing = await acme.api.post('/v1/helpdesk/tickets', { text: '   ' });
      expect(missing).toEqual(expect.objectContaining({ isError: true, text: restMissing.body.error }));
      const tooLong = await callTool(mcp.acmeClient, 'create_ticket', { text: 'x'.repeat(4097) });
      expect(tooLong.isError).toBe(true);
      expect(tooLong.text).toContain('4096');
      const telegramWithoutChat = await callTool(mcp.acmeClient, 'create_ticket', { text: 'hi', channel: 'telegram' });
      expect(telegramWithoutChat).toEqual(
        expect.objectContaining({ isError: true, text: 'chat_id is required for telegram and max tickets' }),
      );
    });

    it('replies publicly and with an internal note; the first public reply moves it to in_progress', async () => {
      const note = await callTool(mcp.acmeClient, 'reply_to_ticket', {
        ticket_id: ticketId,
        text: 'checking logs',
        internal: true,
      });
      expect(note.json.message).toEqual(expect.objectContaining({ internal: true, author: 'agent' }));
      expect((await acme.api.get(`/v1/helpdesk/tickets/${ticketId}`)).body.status).toBe('new');
      const reply = await callTool(mcp.acmeClient, 'reply_to_ticket', {
        ticket_id: ticketId,
        text: 'Check the Spam folder',
        member_id: acme.owner.id,
      });
      expect(reply.json.message).toEqual(expect.objectContaining({ internal: false, member_id: acme.owner.id }));
      expect((await acme.api.get(`/v1/helpdesk/tickets/${ticketId}`)).body.status).toBe('in_progress');
      const bad = await callTool(mcp.acmeClient, 'reply_to_ticket', {
        ticket_id: ticketId,
        text: 'x',
        member_id: '00000000-0000-4000-8000-000000000000',
      });
      expect(bad.isError).toBe(true);
    });

    it('changes status, priority and assignee, and rejects bad values', async () => {
      expect(
        (await callTool(mcp.acmeClient, 'set_ticket_status', { ticket_id: ticketId, status: 'waiting' })).json.status,
      ).toBe('waiting');
      expect(
        (await callTool(mcp.acmeClient, 'set_ticket_priority', { ticket_id: ticketId, priority: 'urgent' })).json
          .priority,
      ).toBe('urgent');
      expect(
        (await callTool(mcp.acmeClient, 'assign_ticket', { ticket_id: ticketId, assigned_to: acme.owner.id })).json
          .assigned_to,
      ).toBe(acme.owner.id);
      const rest = (await acme.api.get(`/v1/helpdesk/tickets/${ticketId}`).expect(200)).body;
      expect(rest).toEqual(
        expect.objectContaining({ status: 'waiting', priority: 'urgent', assigned_to: acme.owner.id }),
      );
      expect(
        (await callTool(mcp.acmeClient, 'set_ticket_status', { ticket_id: ticketId, status: 'open' })).isError,
      ).toBe(true);
      expect(
        (await callTool(mcp.acmeClient, 'set_ticket_priority', { ticket_id: ticketId, priority: 'extreme' })).isError,
      ).toBe(true);
      expect(await callTool(mcp.acmeClient, 'get_ticket', { ticket_id: 'not-a-uuid' })).toEqual(
        expect.objectContaining({ isError: true, text: 'ticket not found' }),
      );
      expect(
        (await callTool(mcp.acmeClient, 'assign_ticket', { ticket_id: ticketId, assigned_to: globex.owner.id }))
          .isError,
      ).toBe(true);
      expect(
        (await callTool(mcp.acmeClient, 'assign_ticket', { ticket_id: ticketId, assigned_to: null })).json.assigned_to,
      ).toBeNull();
    });

    it('lists and searches tickets with filters, and rejects a limit over 100', async () => {
      const list = await callTool(mcp.acmeClient, 'list_tickets', { q: 'verification', limit: 10 });
      expect(list.json.tickets.map((t: { id: string }) => t.id)).toContain(ticketId);
      const filtered = await callTool(mcp.acmeClient, 'list_tickets', { status: 'closed' });
      expect(filtered.json.tickets.map((t: { id: string }) => t.id)).not.toContain(ticketId);
      const tooMany = await callTool(mcp.acmeClient, 'list_tickets', { limit: 101 });
      expect(tooMany.isError).toBe(true);
    });

    it('applies a bulk action and counts changed tickets', async () => {
      const second = await callTool(mcp.acmeClient, 'create_ticket', { text: 'Second problem' });
      const result = await callTool(mcp.acmeClient, 'bulk_update_tickets', {
        ticket_ids: [ticketId, second.json.id],
        action: 'add_tag',
        value: 'vip',
      });
      expect(result.json).toEqual({ affected: 2 });
      expect((await acme.api.get(`/v1/helpdesk/tickets/${second.json.id}`)).body.tags).toEqual(['vip']);
      expect((await callTool(mcp.acmeClient, 'bulk_update_tickets', { ticket_ids: [], action: 'close' })).isError).toBe(
        true,
      );
    });

    it('reads a ticket conversation as a ticket:// resource', async () => {
      const resource = await mcp.acmeClient.readResource({ uri: `ticket://${ticketId}` });
      const ticket = JSON.parse((resource.contents[0] as { text: string }).text);
      expect(ticket.id).toBe(ticketId);
      expect(ticket.messages.map((m: { text: string }) => m.text)).toContain('Check the Spam folder');
    });

    it("shows nothing of one project's tickets to another project's key", async () => {
      const foreign = await callTool(mcp.globexClient, 'get_ticket', { ticket_id: ticketId });
      expect(foreign).toEqual(expect.objectContaining({ isError: true, text: 'ticket not found' }));
      expect((await callTool(mcp.globexClient, 'list_tickets')).json.total).toBe(0);
      expect(
        (await callTool(mcp.globexClient, 'set_ticket_status', { ticket_id: ticketId, status: 'closed' })).isError,
      ).toBe(true);
      expect(
        (await callTool(mcp.globexClient, 'bulk_update_tickets', { ticket_ids: [ticketId], action: 'close' })).json,
      ).toEqual({ affected: 0 });
      await expect(mcp.globexClient.readResource({ uri: `ticket://${ticketId}` })).rejects.toThrow();
      expect((await acme.api.get(`/v1/helpdesk/tickets/${ticketId}`)).body.status).not.toBe('closed');
    });
  });

  describe('configuration tools', () => {
    it("lists enabled ticket types only, and only this project's", async () => {
      const bug = await acme.api
        .post('/v1/helpdesk/ticket-types', { name: 'Bug', description: 'Bug reports', sort_order: 1 })
        .expect(201);
      const off = await acme.api.post('/v1/helpdesk/ticket-types', { name: 'Old', sort_order: 2 }).expect(201);
      await acme.api.put(`/v1/helpdesk/ticket-types/${off.body.id}`, { enabled: false }).expect(200);
      const types = await callTool(mcp.acmeClient, 'list_ticket_types');
      expect(types.json.ticket_types).toEqual([{ id: bug.body.id, name: 'Bug', description: 'Bug reports' }]);
      expect((await callTool(mcp.globexClient, 'list_ticket_types')).json.ticket_types).toEqual([]);
    });

    it('lists canned responses and renders one for a ticket, with the REST errors for bad ids', async () => {
      const canned = await acme.api
        .post('/v1/helpdesk/canned-responses', {
          title: 'Hello',
          text: 'Hi {{first_name}}, ticket #{{ticket_number}} is ours. {{agent_name}}',
          shortcut: '/hello',
        })
        .expect(201);
      const list = await callTool(mcp.acmeClient, 'list_canned_responses');
      expect(list.json.canned_responses.map((c: { id: string }) => c.id)).toContain(canned.body.id);
      const ticket = (await acme.api.post('/v1/helpdesk/tickets', { text: 'Help', first_name: 'Ann' }).expect(201))
        .body;
      const rendered = await callTool(mcp.acmeClient, 'render_canned_response', {
        canned_id: canned.body.id,
        ticket_id: ticket.id,
        member_id: acme.owner.id,
      });
      expect(rendered.json).toEqual({ text: `Hi Ann, ticket #${ticket.ticket_number} is ours. Owner` });
      const rest = await acme.api
        .post(`/v1/helpdesk/canned-responses/${canned.body.id}/render`, {
          ticket_id: ticket.id,
          member_id: acme.owner.id,
        })
        .expect(200);
      expect(rest.body).toEqual(rendered.json);
      const foreign = await callTool(mcp.globexClient, 'render_canned_response', {
        canned_id: canned.body.id,
        ticket_id: ticket.id,
      });
      expect(foreign.isError).toBe(true);
      const badTicket = await callTool(mcp.acmeClient, 'render_canned_response', {
        canned_id: canned.body.id,
        ticket_id: 'nope',
      });
      expect(badTicket.isError).toBe(true);
      expect((await callTool(mcp.globexClient, 'list_canned_responses')).json.canned_responses).toEqual([]);
    });
  });

  describe('SLA report tool', () => {
    it('returns the same report as GET /v1/helpdesk/sla, and the REST error for a bad date', async () => {
      const tool = await callTool(mcp.acmeClient, 'get_sla_report', { from: '2020-01-01', to: '2099-12-31' });
      const rest = await acme.api.get('/v1/helpdesk/sla?from=2020-01-01&to=2099-12-31').expect(200);
      expect(tool.isError).toBe(false);
      expect(tool.json).toEqual(rest.body);
      expect(tool.json.tickets_total).toBeGreaterThan(0);
      const bad = await callTool(mcp.acmeClient, 'get_sla_report', { from: 'yesterday' });
      const restBad = await acme.api.get('/v1/helpdesk/sla?from=yesterday').expect(400);
      expect(bad).toEqual(expect.objectContaining({ isError: true, text: restBad.body.error }));
      expect((await callTool(mcp.globexClient, 'get_sla_report')).json.tickets_total).toBe(0);
    });
  });
});
