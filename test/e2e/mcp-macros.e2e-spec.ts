import { callTool, useMcpTenants } from '../helpers/mcp-client.js';
import { addMember, createTicket } from '../helpers/tickets.js';

describe('MCP macro tools', () => {
  const mcp = useMcpTenants();
  const { acme, globex } = mcp;

  it('lists macros and applies one like the REST route, in its own project only', async () => {
    const agent = await addMember(acme.api, 'Agent');
    const macro = (
      await acme.api
        .post('/v1/helpdesk/macros', {
          name: 'Escalate',
          text: 'Escalated by {{agent_name}}',
          internal: true,
          actions: { priority: 'urgent', add_tags: ['escalated'], assign: agent },
        })
        .expect(201)
    ).body;
    const listed = await callTool(mcp.acmeClient, 'list_macros');
    expect(listed.json.macros.map((entry: { id: string }) => entry.id)).toEqual([macro.id]);
    expect((await callTool(mcp.globexClient, 'list_macros')).json.macros).toEqual([]);

    const ticket = await createTicket(acme.api);
    const applied = await callTool(mcp.acmeClient, 'apply_macro', {
      ticket_id: ticket.id,
      macro_id: macro.id,
      member_id: agent,
    });
    expect(applied.isError).toBe(false);
    expect(applied.json).toEqual(
      expect.objectContaining({ id: ticket.id, priority: 'urgent', tags: ['escalated'], assigned_to: agent }),
    );
    const note = (await acme.api.get(`/v1/helpdesk/tickets/${ticket.id}`).expect(200)).body.messages.at(-1);
    expect(note).toEqual(expect.objectContaining({ internal: true, text: 'Escalated by Agent', member_id: agent }));

    const foreign = await callTool(mcp.globexClient, 'apply_macro', { ticket_id: ticket.id, macro_id: macro.id });
    expect(foreign.isError).toBe(true);
    const globexTicket = await createTicket(globex.api);
    expect(
      (await callTool(mcp.globexClient, 'apply_macro', { ticket_id: globexTicket.id, macro_id: macro.id })).text,
    ).toContain('macro not found');
  });

  it('refuses a macro assigning to "me": the key is no member', async () => {
    const macro = (await acme.api.post('/v1/helpdesk/macros', { name: 'Mine', actions: { assign: 'me' } })).body;
    const ticket = await createTicket(acme.api);
    const refused = await callTool(mcp.acmeClient, 'apply_macro', { ticket_id: ticket.id, macro_id: macro.id });
    expect(refused).toEqual(expect.objectContaining({ isError: true, text: expect.stringContaining('signed-in') }));
  });
});
