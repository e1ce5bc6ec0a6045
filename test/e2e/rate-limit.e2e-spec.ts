import request from 'supertest';
import { TestProject, useTestApp } from '../helpers/test-app.js';
import { startServerProcess, ServerProcess } from '../helpers/server-process.js';
import { signedInMember } from '../helpers/sessions.js';

const LIMIT = 300;
const SESSION_LIMIT = 50;

/** The budget is per clock minute: start a burst early enough in a minute that it cannot straddle two. */
async function waitForFreshMinute(): Promise<void> {
  const secondsLeft = 60 - new Date().getSeconds();
  if (secondsLeft < 20) await new Promise((resolve) => setTimeout(resolve, secondsLeft * 1000 + 200));
}

async function burst(send: () => request.Test, count: number, concurrency = 10): Promise<number[]> {
  const statuses: number[] = [];
  for (let sent = 0; sent < count; sent += concurrency) {
    const batch = await Promise.all(Array.from({ length: Math.min(concurrency, count - sent) }, () => send()));
    statuses.push(...batch.map((response) => response.status));
  }
  return statuses;
}

/** A JSON-RPC batch of `calls` MCP requests. */
function mcpBatch(apiKey: string, calls: number, send: (path: string) => request.Test): request.Test {
  return send('/mcp')
    .set({ Authorization: `Bearer ${apiKey}`, Accept: 'application/json, text/event-stream' })
    .send(Array.from({ length: calls }, (_, id) => ({ jsonrpc: '2.0', id, method: 'tools/list' })));
}

describe('rate limit: 300 requests per minute per API key, 50 per member session in this file', () => {
  const ctx = useTestApp({
    RATE_LIMIT_PER_MINUTE: String(LIMIT),
    RATE_LIMIT_PER_SESSION_PER_MINUTE: String(SESSION_LIMIT),
  });
  let servers: ServerProcess[] = [];

  ctx.beforeClose(async () => {
    await Promise.all(servers.map((server) => server.stop()));
  });

  it('answers the 301st request of a minute with 429, Retry-After and retryable: true', async () => {
    const acme: TestProject = await ctx.project();
    const other: TestProject = await ctx.project();
    await waitForFreshMinute();
    const statuses = await burst(() => acme.api.get('/v1/team/members'), LIMIT);
    expect(statuses.every((status) => status === 200)).toBe(true);
    const limited = await acme.api.get('/v1/team/members').expect(429);
    expect(limited.body).toEqual({ error: 'rate limit exceeded', retryable: true, code: 'rate_limited' });
    const retryAfter = Number(limited.headers['retry-after']);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    // Every route draws from the same budget, and another project has its own.
    await acme.api.get('/v1/helpdesk/settings').expect(429);
    await other.api.get('/v1/team/members').expect(200);
  });

  it('shares one budget between two server processes on the same database', async () => {
    const acme = await ctx.project();
    const env = { DATABASE_URL: process.env.DATABASE_URL, RATE_LIMIT_PER_MINUTE: String(LIMIT) };
    servers = await Promise.all([startServerProcess(env), startServerProcess(env)]);
    const [first, second] = servers;
    const auth = { Authorization: `Bearer ${acme.apiKey}` };
    await waitForFreshMinute();
    const fromFirst = await burst(() => request(first.url).get('/v1/team/members').set(auth), LIMIT / 2);
    const fromSecond = await burst(() => request(second.url).get('/v1/team/members').set(auth), LIMIT / 2);
    expect([...fromFirst, ...fromSecond].every((status) => status === 200)).toBe(true);
    const limitedOnFirst = await request(first.url).get('/v1/team/members').set(auth);
    const limitedOnSecond = await request(second.url).get('/v1/team/members').set(auth);
    expect([limitedOnFirst.status, limitedOnSecond.status]).toEqual([429, 429]);
    expect(limitedOnSecond.headers['retry-after']).toBeDefined();
  });

  it("gives each member session its own budget: one session's exhaustion leaves the key and others be", async () => {
    const acme = await ctx.project();
    const viewer = await signedInMember(ctx.app, acme, 'viewer');
    const colleague = await signedInMember(ctx.app, acme, 'support');
    await waitForFreshMinute();
    const statuses = await burst(() => viewer.api.get('/v1/helpdesk/settings'), SESSION_LIMIT);
    expect(statuses.every((status) => status === 200)).toBe(true);
    const limited = await viewer.api.get('/v1/helpdesk/settings').expect(429);
    expect(limited.body).toEqual({ error: 'rate limit exceeded', retryable: true, code: 'rate_limited' });
    expect(Number(limited.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    // The integrations' key and another member's session still have all of theirs.
    await acme.api.get('/v1/helpdesk/settings').expect(200);
    await colleague.api.get('/v1/helpdesk/settings').expect(200);
    // And the key's exhaustion does not touch a session.
    await burst(() => acme.api.get('/v1/team/members'), LIMIT);
    await acme.api.get('/v1/team/members').expect(429);
    await colleague.api.get('/v1/helpdesk/settings').expect(200);
  });

  it('counts every call of an MCP JSON-RPC batch as one request', async () => {
    const acme = await ctx.project();
    const server = ctx.app.getHttpServer();
    const post = (path: string) => request(server).post(path);
    await waitForFreshMinute();
    // The MCP SDK takes batches of up to 100 messages.
    expect((await mcpBatch(acme.apiKey, 100, post)).status).toBe(200);
    expect((await mcpBatch(acme.apiKey, 100, post)).status).toBe(200);
    await acme.api.get('/v1/team/members').expect(200);
    // 201 spent: a batch of 100 does not fit and is refused whole, costing one request.
    const refused = await mcpBatch(acme.apiKey, 100, post).expect(429);
    expect(refused.body).toEqual({ error: 'rate limit exceeded', retryable: true, code: 'rate_limited' });
    expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    // 202 spent: 98 more fill the minute exactly, and the next request is over it.
    expect((await mcpBatch(acme.apiKey, 98, post)).status).toBe(200);
    await acme.api.get('/v1/team/members').expect(429);
  });
});
