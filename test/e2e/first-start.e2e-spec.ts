import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { type ServerProcess, startServerProcess } from '../helpers/server-process.js';

// A new embedded database runs initdb (several seconds, much longer on a busy machine).
const SLOW = 240_000;

/** Resolves once the process's stdout matches (the banner follows the listening line). */
async function waitForOutput(server: ServerProcess, pattern: RegExp): Promise<void> {
  for (let waited = 0; !pattern.test(server.output()); waited += 50) {
    if (waited > 10_000) throw new Error(`output never matched ${pattern}:\n${server.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('first start on the embedded database', () => {
  it(
    'creates and prints a demo project once, keeps data across a restart, and shuts down on SIGTERM',
    async () => {
      const dataDir = mkdtempSync(join(tmpdir(), 'zapnoty-first-start-'));
      const env = { DATABASE_URL: undefined, DATA_DIR: dataDir, DEMO_PROJECT: undefined };

      const first = await startServerProcess(env, 150_000);
      await waitForOutput(first, /\/invite\/[A-Za-z0-9_-]{43}\n\n$/);
      // The key and invite link are the last thing printed, after the listening line, which names the
      // address bound; Nest's line-per-route start-up chatter is debug, not shown at info.
      const listening = first.output().indexOf('"msg":"listening"');
      expect(listening).toBeGreaterThan(-1);
      expect(first.output().indexOf('zn_live_')).toBeGreaterThan(listening);
      expect(first.output()).toMatch(/"msg":"listening","url":"http:\/\/127\.0\.0\.1:\d+"/);
      expect(first.output()).not.toContain('RouterExplorer');
      const key = /zn_live_[A-Za-z0-9]{32}/.exec(first.output())?.[0];
      expect(key).toBeDefined();
      expect(first.output()).toContain(`curl -H "Authorization: Bearer ${key}"`);
      const members = await request(first.url)
        .get('/v1/team/members')
        .set('Authorization', `Bearer ${key}`)
        .expect(200);
      expect(members.body.members).toEqual([expect.objectContaining({ role: 'owner' })]);
      await request(first.url)
        .put('/v1/helpdesk/settings')
        .set('Authorization', `Bearer ${key}`)
        .send({ sla_first_reply_hours: 7 })
        .expect(200);
      // The demo owner can sign in to the console: a one-time invite link is printed with the key.
      expect(first.output()).toContain('Sign in to the console as owner@example.com');
      const inviteToken = /\/invite\/([A-Za-z0-9_-]{43})/.exec(first.output())?.[1];
      expect(inviteToken).toBeDefined();
      await request(first.url)
        .post('/v1/auth/accept-invite')
        .send({ token: inviteToken, password: 'demo owner password' })
        .expect(200);
      const signedIn = await request(first.url)
        .post('/v1/auth/login')
        .send({ email: 'owner@example.com', password: 'demo owner password' })
        .expect(200);
      expect(signedIn.body.member.role).toBe('owner');
      // The key and the invite must never reach a log line, only the one-time banner.
      const logLines = first
        .output()
        .split('\n')
        .filter((line) => line.startsWith('{'));
      expect(logLines.some((line) => line.includes(key!) || line.includes(inviteToken!))).toBe(false);
      expect(await first.stop('SIGTERM')).toBe(0);

      const second = await startServerProcess(env, 150_000);
      expect(second.output()).not.toMatch(/zn_live_/);
      const settings = await request(second.url)
        .get('/v1/helpdesk/settings')
        .set('Authorization', `Bearer ${key}`)
        .expect(200);
      expect(settings.body.sla_first_reply_hours).toBe(7);
      expect(await second.stop('SIGTERM')).toBe(0);
    },
    SLOW,
  );

  it(
    'refuses to start a second process on the same embedded data directory',
    async () => {
      const dataDir = mkdtempSync(join(tmpdir(), 'zapnoty-lock-'));
      const env = { DATABASE_URL: undefined, DATA_DIR: dataDir, DEMO_PROJECT: 'false' };
      const first = await startServerProcess(env, 150_000);
      await expect(startServerProcess(env, 150_000)).rejects.toThrow(/in use by process/);
      await first.stop();
    },
    SLOW,
  );
});
