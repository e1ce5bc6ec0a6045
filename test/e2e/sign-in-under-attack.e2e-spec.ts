import { randomInt } from 'node:crypto';
import type { NestExpressApplication } from '@nestjs/platform-express';
import pg from 'pg';
import request from 'supertest';
import { PasswordHasher } from '../../src/common/auth/password-hasher.js';
import { toAuthenticated } from '../../src/projects/projects.service.js';
import { TeamService } from '../../src/team/team.service.js';
import { type TestProject, useTestApp } from '../helpers/test-app.js';
import {
  memberOfProjects,
  sessionClient,
  sessionCookieOf,
  signedInMember,
  TEST_PUBLIC_URL,
} from '../helpers/sessions.js';

/** Client addresses of this run (the test database keeps earlier runs' 15-minute windows). */
const run = `${randomInt(1, 255)}.${randomInt(0, 255)}`;
let nextAddress = 0;
function newAddress(): string {
  nextAddress += 1;
  return `10.${run}.${nextAddress}`;
}

describe('sign-in under attack', () => {
  // TRUST_PROXY=loopback: the test client is the proxy, X-Forwarded-For names the client address.
  // A lower per-address ceiling than the default 100 keeps the spraying test short.
  const ctx = useTestApp({ PUBLIC_URL: TEST_PUBLIC_URL, TRUST_PROXY: 'loopback', SIGN_IN_FAILURES_PER_ADDRESS: '20' });
  const acme = ctx.useProject('Acme');
  let server: ReturnType<NestExpressApplication['getHttpServer']>;
  let hasher: PasswordHasher;

  beforeAll(() => {
    server = ctx.app.getHttpServer();
    hasher = ctx.app.get(PasswordHasher);
  });

  const login = (from: string, body: object) =>
    request(server).post('/v1/auth/login').set('X-Forwarded-For', from).send(body);

  /** The project's owner with a password, signed in from an address of its own (not the shared loopback). */
  async function signedInOwner(project: TestProject) {
    const password = 'owner password 1';
    await ctx.app.get(TeamService).setPassword(toAuthenticated(project.project), project.owner.id, password);
    const response = await login(newAddress(), { email: project.owner.email, password }).expect(200);
    return {
      id: project.owner.id,
      email: project.owner.email,
      password,
      api: sessionClient(ctx.app, sessionCookieOf(response)),
    };
  }

  async function loginRetrying(from: string, body: object): Promise<request.Response> {
    for (;;) {
      const response = await login(from, body);
      if (response.body.code !== 'password_check_busy') return response;
      expect(response.body).toEqual({ error: expect.any(String), retryable: true, code: 'password_check_busy' });
      await new Promise((resolve) => setTimeout(resolve, Number(response.headers['retry-after']) * 1000));
    }
  }

  it('queues a flood of logins through at most 2 concurrent hashes and still signs a real member in', async () => {
    const member = await signedInMember(ctx.app, acme, 'support', 'the real password');
    const flood = Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        login(newAddress(), { email: `nobody-${run}-${i}@example.com`, password: 'a guessed password' }),
      ),
    );
    const real = loginRetrying(newAddress(), { email: member.email, password: 'the real password' });
    const [floodResponses, realResponse] = await Promise.all([flood, real]);
    expect(realResponse.status).toBe(200);
    // Each flood login is either checked (401) or shed at once with a retryable 429 and Retry-After.
    for (const response of floodResponses) {
      expect([401, 429]).toContain(response.status);
      if (response.status === 429) {
        expect(response.body).toEqual({ error: expect.any(String), retryable: true, code: 'password_check_busy' });
        expect(response.headers['retry-after']).toBe('1');
      }
    }
    expect(hasher.peakRunning).toBeGreaterThanOrEqual(1);
    expect(hasher.peakRunning).toBeLessThanOrEqual(2);
    const metrics = await request(server).get('/metrics').expect(200);
    expect(metrics.text).toMatch(/^zapnoty_password_hashes_running \d+$/m);
    expect(metrics.text).toMatch(/^zapnoty_password_hashes_queued \d+$/m);
  }, 180_000);

  it('throttles an e-mail per client address: an attacker cannot lock the owner out from elsewhere', async () => {
    const owner = await signedInOwner(acme);
    const attacker = newAddress();
    const guesses = await Promise.all(
      Array.from({ length: 10 }, () => login(attacker, { email: owner.email, password: 'a wrong guess' })),
    );
    expect(guesses.map((r) => r.status)).toEqual(Array(10).fill(401));
    const throttled = await login(attacker, { email: owner.email, password: owner.password }).expect(429);
    expect(throttled.body).toEqual({ error: expect.any(String), retryable: true, code: 'login_throttled' });
    expect(Number(throttled.headers['retry-after'])).toBeGreaterThan(800);
    expect(Number(throttled.headers['retry-after'])).toBeLessThanOrEqual(900);
    // The owner, from their own address, signs in at once.
    await login(newAddress(), { email: owner.email, password: owner.password }).expect(200);
  });

  it('throttles one client address after SIGN_IN_FAILURES_PER_ADDRESS failures, whatever the e-mails', async () => {
    const member = await signedInMember(ctx.app, acme, 'viewer', 'the member password');
    const sprayer = newAddress();
    for (let i = 0; i < 20; i += 10) {
      const statuses = await Promise.all(
        Array.from({ length: 10 }, (_, j) =>
          loginRetrying(sprayer, { email: `spray-${run}-${i + j}@example.com`, password: 'a sprayed password' }),
        ),
      );
      expect(statuses.map((r) => r.status)).toEqual(Array(10).fill(401));
    }
    const throttled = await login(sprayer, { email: member.email, password: 'the member password' }).expect(429);
    expect(throttled.body.code).toBe('login_throttled');
    await login(newAddress(), { email: member.email, password: 'the member password' }).expect(200);
  });

  it('checks exactly one password hash per attempt, whether the e-mail is in no, one or two projects', async () => {
    const globex = await ctx.project('Globex');
    const single = await signedInMember(ctx.app, acme, 'viewer', 'single password');
    const shared = `shared-${run}-${Date.now()}@example.com`;
    await memberOfProjects(server, [acme, globex], shared, 'shared password');
    const hashesFor = async (body: object, status: number): Promise<number> => {
      const before = await hasher.count('verify');
      await login(newAddress(), body).expect(status);
      return (await hasher.count('verify')) - before;
    };
    const wrong = 'not the password';
    const counts = [
      await hashesFor({ email: `unknown-${run}@example.com`, password: wrong }, 401),
      await hashesFor({ email: single.email, password: wrong }, 401),
      await hashesFor({ email: shared, password: wrong }, 401),
      await hashesFor({ email: shared, password: 'shared password' }, 422),
      await hashesFor({ email: shared, password: 'shared password', project: globex.project.slug }, 200),
    ];
    expect(counts).toEqual([1, 1, 1, 1, 1]);
  });

  it('checks a re-entered password for transfer-ownership before any lock, and throttles wrong ones', async () => {
    const project = await ctx.project('Transfer');
    const owner = await signedInOwner(project);
    const heir = await signedInMember(ctx.app, project, 'support');
    const locker = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await locker.connect();
    try {
      // Another transaction holds the owner's row: a wrong password must not wait for it.
      await locker.query('BEGIN');
      await locker.query('SELECT id FROM team_member WHERE id = $1 FOR UPDATE', [owner.id]);
      const wrong = await owner.api
        .post('/v1/team/transfer-ownership', { member_id: heir.id, password: 'not my password' })
        .timeout(20_000)
        .expect(403);
      expect(wrong.body.code).toBe('password_mismatch');
    } finally {
      await locker.query('ROLLBACK');
      await locker.end();
    }
    for (let i = 0; i < 9; i++) {
      await owner.api
        .post('/v1/team/transfer-ownership', { member_id: heir.id, password: 'not my password' })
        .expect(403);
    }
    const throttled = await owner.api
      .post('/v1/team/transfer-ownership', { member_id: heir.id, password: owner.password })
      .expect(429);
    expect(throttled.body).toEqual({ error: expect.any(String), retryable: true, code: 'login_throttled' });
    expect(Number(throttled.headers['retry-after'])).toBeGreaterThan(800);
    const members = await project.api.get('/v1/team/members').expect(200);
    expect(members.body.members.find((m: { id: string }) => m.id === owner.id).role).toBe('owner');
  });
});
