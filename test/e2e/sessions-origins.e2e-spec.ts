import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import request from 'supertest';
import { MemberInvitesService } from '../../src/team/member-invites.service.js';
import { inviteTokenOf, sessionClient, sessionCookieOf, signedInMember, TEST_PUBLIC_URL } from '../helpers/sessions.js';
import { useTestApp } from '../helpers/test-app.js';

/** Runs the built CLI (`npm run cli` without the build step) against the test database. */
function cli(args: string[], stdin: string): Promise<number | null> {
  return new Promise((resolveCode) => {
    const child = execFile(process.execPath, [resolve('dist/src/cli.js'), ...args], { env: process.env }, (error) =>
      resolveCode(error ? ((error as { code?: number }).code ?? 1) : 0),
    );
    child.stdin!.end(stdin);
  });
}

describe('sessions end with a new password; cookie changes need exactly this origin', () => {
  const ctx = useTestApp({ PUBLIC_URL: TEST_PUBLIC_URL });
  const acme = ctx.useProject('Sessions');

  const login = (email: string, password: string) =>
    request(ctx.app.getHttpServer()).post('/v1/auth/login').send({ email, password }).expect(200);

  it('ends every session when a reset link sets a new password, and signs in the one who used it', async () => {
    const member = await signedInMember(ctx.app, acme, 'support');
    const laptop = sessionClient(ctx.app, sessionCookieOf(await login(member.email, member.password)));
    await member.api.get('/v1/auth/me').expect(200);
    await laptop.get('/v1/auth/me').expect(200);

    const resetUrl = await ctx.app.get(MemberInvitesService).issue(acme.project, member.id);
    const accepted = await request(ctx.app.getHttpServer())
      .post('/v1/auth/accept-invite')
      .send({ token: inviteTokenOf(resetUrl), password: 'a brand new password' })
      .expect(200);

    await member.api.get('/v1/auth/me').expect(401);
    await laptop.get('/v1/auth/me').expect(401);
    await sessionClient(ctx.app, sessionCookieOf(accepted)).get('/v1/auth/me').expect(200);
    await login(member.email, 'a brand new password');
  });

  it('signs a member out everywhere when the CLI sets their password, and leaves other members signed in', async () => {
    const member = await signedInMember(ctx.app, acme, 'admin');
    const colleague = await signedInMember(ctx.app, acme, 'support');
    const code = await cli(
      ['member', 'set-password', '--project', acme.project.id, '--email', member.email, '--password-stdin'],
      'set by the operator\n',
    );
    expect(code).toBe(0);
    await member.api.get('/v1/auth/me').expect(401);
    await colleague.api.get('/v1/auth/me').expect(200);
    await login(member.email, 'set by the operator');
  });

  it('compares the whole origin: another scheme or port of the same host is not this server', async () => {
    const admin = await signedInMember(ctx.app, acme, 'admin');
    const change = (headers: Record<string, string>) =>
      request(ctx.app.getHttpServer())
        .put('/v1/helpdesk/settings')
        .set({ Cookie: admin.cookie, ...headers })
        .send({ sla_first_reply_hours: 4 });

    await change({ Origin: 'http://console.test' }).expect(200);
    const https = await change({ Origin: 'https://console.test' }).expect(403);
    expect(https.body).toEqual({ error: expect.stringMatching(/Origin/), retryable: false, code: expect.any(String) });
    await change({ Origin: 'http://console.test:8080' }).expect(403);
    // Reached under another name: that name's own origin, with the connection's scheme (plain HTTP here).
    await change({ Host: 'helpdesk.internal:8080', Origin: 'http://helpdesk.internal:8080' }).expect(200);
    await change({ Host: 'helpdesk.internal:8080', Origin: 'https://helpdesk.internal:8080' }).expect(403);
    await change({ Host: 'helpdesk.internal', Origin: 'https://helpdesk.internal' }).expect(403);
    await change({ Host: 'helpdesk.internal', Origin: 'http://helpdesk.internal:80' }).expect(200);
    // Sign-in and sign-out refuse a foreign scheme the same way (login CSRF).
    await request(ctx.app.getHttpServer())
      .post('/v1/auth/login')
      .set('Origin', 'https://console.test')
      .send({ email: admin.email, password: admin.password })
      .expect(403);
    await request(ctx.app.getHttpServer())
      .post('/v1/auth/logout')
      .set({ Cookie: admin.cookie, Origin: 'https://console.test' })
      .expect(403);
    await admin.api.get('/v1/auth/me').expect(200);
  });
});
