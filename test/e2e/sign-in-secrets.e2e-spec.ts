import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import request from 'supertest';
import { startServerProcess, type ServerProcess } from '../helpers/server-process.js';
import { inviteTokenOf, sessionCookieOf } from '../helpers/sessions.js';

interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI (`npm run cli` without the build step) against the test database. */
function cli(args: string[], stdin?: string): Promise<CliResult> {
  return new Promise((resolveResult) => {
    const child = execFile(
      process.execPath,
      [resolve('dist/src/cli.js'), ...args],
      { env: { ...process.env, LOG_LEVEL: 'debug' } },
      (error, stdout, stderr) =>
        resolveResult({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
    child.stdin!.end(stdin ?? '');
  });
}

// The CLI and a real server process with debug logging: operators set passwords and get invite links,
// members sign in, and no password, session token or invite token reaches a log line.
describe('sign-in from the CLI, and secrets kept out of the logs', () => {
  let server: ServerProcess;

  beforeAll(async () => {
    server = await startServerProcess(
      { DATABASE_URL: process.env.DATABASE_URL, DEMO_PROJECT: 'false', LOG_LEVEL: 'debug', WORKERS_ENABLED: 'false' },
      60_000,
    );
  }, 90_000);
  afterAll(async () => {
    await server.stop('SIGTERM');
  });

  it('prints invite URLs, sets a password from stdin, and never logs a secret', async () => {
    const slug = `cli-${Date.now()}`;
    const created = await cli([
      'project',
      'create',
      '--name',
      'Cli',
      '--slug',
      slug,
      '--owner-email',
      `owner-${slug}@example.com`,
      '--owner-name',
      'Owner',
    ]);
    expect(created.code).toBe(0);
    const project = JSON.parse(created.stdout);
    expect(project.owner_invite_url).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);

    const added = await cli([
      'member',
      'add',
      '--project',
      project.project_id,
      '--email',
      `agent-${slug}@example.com`,
      '--name',
      'Agent',
      '--role',
      'support',
    ]);
    expect(added.code).toBe(0);
    const member = JSON.parse(added.stdout);
    expect(member).toEqual({
      member_id: expect.any(String),
      invite_url: expect.stringMatching(/\/invite\/[A-Za-z0-9_-]{43}$/),
    });

    const ownerPassword = 'operator-set secret 1';
    const set = await cli(
      [
        'member',
        'set-password',
        '--project',
        project.project_id,
        '--email',
        `owner-${slug}@example.com`,
        '--password-stdin',
      ],
      `${ownerPassword}\n`,
    );
    expect(set.code).toBe(0);
    expect(set.stdout).not.toContain(ownerPassword);
    const short = await cli(
      [
        'member',
        'set-password',
        '--project',
        project.project_id,
        '--email',
        `owner-${slug}@example.com`,
        '--password-stdin',
      ],
      'short\n',
    );
    expect(short.code).toBe(2);
    const noStdin = await cli([
      'member',
      'set-password',
      '--project',
      project.project_id,
      '--email',
      `owner-${slug}@example.com`,
    ]);
    expect(noStdin.code).toBe(2);

    const ownerLogin = await request(server.url)
      .post('/v1/auth/login')
      .send({ email: `owner-${slug}@example.com`, password: ownerPassword })
      .expect(200);
    const ownerCookie = sessionCookieOf(ownerLogin);
    const agentPassword = 'agent invite secret 2';
    const inviteToken = inviteTokenOf(member.invite_url);
    const accepted = await request(server.url)
      .post('/v1/auth/accept-invite')
      .send({ token: inviteToken, password: agentPassword })
      .expect(200);
    const agentCookie = sessionCookieOf(accepted);
    await request(server.url)
      .post('/v1/auth/accept-invite')
      .send({ token: inviteToken, password: agentPassword })
      .expect(410);
    await request(server.url)
      .post('/v1/auth/login')
      .send({ email: `agent-${slug}@example.com`, password: 'wrong secret 3 xyz' })
      .expect(401);
    await request(server.url).get('/v1/auth/me').set('Cookie', agentCookie).expect(200);
    await request(server.url)
      .post('/v1/auth/logout')
      .set({ Cookie: agentCookie, Origin: new URL(server.url).origin })
      .expect(204);
    await request(server.url).get('/v1/auth/me').set('Cookie', agentCookie).expect(401);
    // A refused password is named in the error, never echoed.
    await request(server.url).post('/v1/auth/accept-invite').send({ token: inviteToken, password: 'x' }).expect(422);

    const logLines = server
      .output()
      .split('\n')
      .filter((line) => line.startsWith('{'));
    expect(logLines.filter((line) => line.includes('/v1/auth/')).length).toBeGreaterThanOrEqual(8);
    const secrets = [
      ownerPassword,
      agentPassword,
      'wrong secret 3 xyz',
      inviteToken,
      ownerCookie.split('=')[1],
      agentCookie.split('=')[1],
    ];
    for (const secret of secrets) expect(logLines.filter((line) => line.includes(secret))).toEqual([]);
  }, 120_000);
});
