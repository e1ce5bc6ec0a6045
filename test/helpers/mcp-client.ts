import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { type TestAppHandle, type TestProject, useTestApp } from './test-app.js';

/** The SDK's own client over Streamable HTTP, authenticated with a project key. */
export async function connectMcpClient(baseUrl: string, apiKey: string): Promise<Client> {
  const client = new Client({ name: 'zapnoty-e2e', version: '1.0.0' });
  const transport = new StreamableHTTPClientTransport(new URL('/mcp', baseUrl), {
    requestInit: { headers: { Authorization: `Bearer ${apiKey}` } },
  });
  await client.connect(transport);
  return client;
}

export interface ToolOutcome {
  isError: boolean;
  text: string;
  json?: any;
}

export async function callTool(client: Client, name: string, args: Record<string, unknown> = {}): Promise<ToolOutcome> {
  const result = (await client.callTool({ name, arguments: args })) as {
    isError?: boolean;
    content: Array<{ type: string; text: string }>;
  };
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
  ctx: TestAppHandle;
  acme: TestProject;
  globex: TestProject;
  readonly baseUrl: string;
  readonly acmeClient: Client;
  readonly globexClient: Client;
}

/**
 * The file's app, listening, with two projects and an MCP client each: tenancy is checked in every MCP test.
 * Registers its own beforeAll/afterAll (see useTestApp); call it at describe level.
 */
export function useMcpTenants(): McpTenants {
  const ctx = useTestApp();
  const acme = ctx.useProject('Acme');
  const globex = ctx.useProject('Globex');
  let baseUrl: string | undefined;
  let acmeClient: Client | undefined;
  let globexClient: Client | undefined;
  beforeAll(async () => {
    baseUrl = await ctx.listen();
    acmeClient = await connectMcpClient(baseUrl, acme.apiKey);
    globexClient = await connectMcpClient(baseUrl, globex.apiKey);
  });
  ctx.beforeClose(async () => {
    await acmeClient?.close();
    await globexClient?.close();
  });
  const ready = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the MCP tenants are used before their beforeAll ran');
    return value;
  };
  return {
    ctx,
    acme,
    globex,
    get baseUrl() {
      return ready(baseUrl);
    },
    get acmeClient() {
      return ready(acmeClient);
    },
    get globexClient() {
      return ready(globexClient);
    },
  };
}
