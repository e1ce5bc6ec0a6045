import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';

/** The SDK's own client over Streamable HTTP, authenticated with a project key. */
export async function connectMcpClient(baseUrl: string, apiKey: string): Promise<Client> {
  const client = new Client({ name: 'zapnoty-e2e', version: '1.0.0' });
  const transport = new StreamableHTTPClientTransport(new URL('/mcp', baseUrl), { requestInit: { headers: { Authorization: `Bearer ${apiKey}` } } });
  await client.connect(transport);
  return client;
}

export interface ToolOutcome {
  isError: boolean;
  text: string;
  json?: any;
}

export async function callTool(client: Client, name: string, args: Record<string, unknown> = {}): Promise<ToolOutcome> {
  const result = (await client.callTool({ name, arguments: args })) as { isError?: boolean; content: Array<{ type: string; text: string }> };
  const text = result.content.map((part) => part.text).join('');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { isError: result.isError === true, text, json };
}

export interface McpTenants {
  app: import('@nestjs/platform-express').NestExpressApplication;
  baseUrl: string;
  acme: import('./test-app.js').TestProject;
  globex: import('./test-app.js').TestProject;
  acmeClient: Client;
  globexClient: Client;
  close(): Promise<void>;
}

/** A listening app with two projects and an MCP client each: tenancy is checked in every MCP test. */
export async function startMcpTenants(): Promise<McpTenants> {
  const { createTestApp, createTestProject } = await import('./test-app.js');
  const app = await createTestApp();
  await app.listen(0, '127.0.0.1');
  const baseUrl = await app.getUrl();
  const acme = await createTestProject(app, 'Acme');
  const globex = await createTestProject(app, 'Globex');
  const acmeClient = await connectMcpClient(baseUrl, acme.apiKey);
  const globexClient = await connectMcpClient(baseUrl, globex.apiKey);
  return {
    app,
    baseUrl,
    acme,
    globex,
    acmeClient,
    globexClient,
    async close() {
      await acmeClient.close();
      await globexClient.close();
      await app.close();
    },
  };
}
