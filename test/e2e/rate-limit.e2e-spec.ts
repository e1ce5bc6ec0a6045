import request from 'supertest';
import { TestProject, useTestApp } from '../helpers/test-app.js';
import { startServerProcess, ServerProcess } from '../helpers/server-process.js';

const LIMIT = 300;

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

describe('rate limit: 300 requests per minute per project', () => {
  const ctx = useTestApp({ RATE_LIMIT_PER_MINUTE: String(LIMIT) });
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
});
