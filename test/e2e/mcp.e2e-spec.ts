import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import request from 'supertest';
import { callTool, connectMcpClient } from '../helpers/mcp-client.js';
import { createTestApp, createTestProject, TestProject } from '../helpers/test-app.js';

describe('MCP server', () => {
  let app: NestExpressApplication;
  let baseUrl: string;
  let acme: TestProject;
  let globex: TestProject;
  let acmeClient: Client;
  let globexClient: Client;

  beforeAll(async () => {
    app = await createTestApp();
    await app.listen(0, '127.0.0.1');
    baseUrl = await app.getUrl();
    acme = await createTestProject(app, 'Acme');
    globex = await createTestProject(app, 'Globex');
    acmeClient = await connectMcpClient(baseUrl, acme.apiKey);
    globexClient = await connectMcpClient(baseUrl, globex.apiKey);
  });
  afterAll(async () => {
    await acmeClient.close();
    await globexClient.close();
    await app.close();
  });

  it('refuses a request without a valid project key with 401', async () => {
    await request(baseUrl).post('/mcp').send({ jsonrpc: '2.0', id: 1, method: 'tools/list' }).expect(401);
    await expect(connectMcpClient(baseUrl, `zn_live_${'Z'.repeat(32)}`)).rejects.toThrow();
  });

  it('answers GET and DELETE with 405: the endpoint is stateless', async () => {
    const get = await request(baseUrl).get('/mcp').set('Authorization', `Bearer ${acme.apiKey}`).expect(405);
    expect(get.body).toEqual({ error: expect.stringContaining('stateless'), retryable: false });
    await request(baseUrl).delete('/mcp').set('Authorization', `Bearer ${acme.apiKey}`).expect(405);
  });

  it('lists tools with descriptions and input schemas', async () => {
    const { tools } = await acmeClient.listTools();
    const names = tools.map((tool) => tool.name);
    expect(names).toEqual(expect.arrayContaining(['get_helpdesk_settings', 'update_helpdesk_settings', 'list_team_members']));
    for (const tool of tools) {
      expect(tool.description?.length).toBeGreaterThan(20);
      expect(tool.inputSchema.type).toBe('object');
    }
  });

  it('changes settings through a tool, visible through REST, and not to another project', async () => {
    const changed = await callTool(acmeClient, 'update_helpdesk_settings', { sla_first_reply_hours: 3, csat_enabled: true });
    expect(changed.isError).toBe(false);
    expect(changed.json).toEqual(expect.objectContaining({ sla_first_reply_hours: 3, csat_enabled: true }));
    const rest = await acme.api.get('/v1/helpdesk/settings').expect(200);
    expect(rest.body).toEqual(expect.objectContaining({ sla_first_reply_hours: 3, csat_enabled: true }));
    const other = await callTool(globexClient, 'get_helpdesk_settings');
    expect(other.json.sla_first_reply_hours).toBeNull();
  });

  it('returns a tool error carrying the REST message for an invalid value', async () => {
    const rest = await acme.api.put('/v1/helpdesk/settings', { helpdesk_unanswered_hours: 13 }).expect(422);
    const tool = await callTool(acmeClient, 'update_helpdesk_settings', { helpdesk_unanswered_hours: 13 });
    expect(tool).toEqual(expect.objectContaining({ isError: true, text: rest.body.error }));
  });

  it('returns a tool error for an argument of the wrong type', async () => {
    const tool = await callTool(acmeClient, 'update_helpdesk_settings', { csat_enabled: 'yes' });
    expect(tool.isError).toBe(true);
  });

  it('lists only the calling project team', async () => {
    const members = await callTool(acmeClient, 'list_team_members');
    expect(members.json.members.map((m: { id: string }) => m.id)).toEqual([acme.owner.id]);
  });
});
