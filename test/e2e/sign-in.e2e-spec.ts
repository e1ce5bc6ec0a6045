import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { TestProject, useTestApp } from '../helpers/test-app.js';
import {
  inviteTokenOf,
  memberOfProjects,
  sessionClient,
  sessionCookieOf,
  signedInMember,
  signedInOwner,
  TEST_PUBLIC_URL,
} from '../helpers/sessions.js';

describe('members sign in', () => {
  const ctx = useTestApp({ PUBLIC_URL: TEST_PUBLIC_URL });
  const acme = ctx.useProject('Acme');
  let server: ReturnType<NestExpressApplication['getHttpServer']>;

  beforeAll(async () => {
    server = ctx.app.getHttpServer();
  });

  const login = (body: object) => request(server).post('/v1/auth/login').send(body);

  it('adds a member with a one-time invite URL under PUBLIC_URL', async () => {
    const added = await acme.api
      .post('/v1/team/members', { email: 'Invited@Example.com', name: 'Invited', role: 'support' })
      .expect(201);
    expect(added.body).toEqual({
      id: expect.any(String),
      email: 'invited@example.com',
      name: 'Invited',
      role: 'support',
      created_at: expect.any(String),
      invite_status: 'pending',
      telegram: null,
      invite_url: expect.stringMatching(/^http:\/\/console\.test\/invite\/[A-Za-z0-9_-]{43}$/),
    });
    // Before the invite is accepted there is no password: the same 401 as a wrong one.
    const refused = await login({ email: 'invited@example.com', password: 'whatever-password' }).expect(401);
    expect(refused.body).toEqual({ error: 'wrong e-mail or password', retryable: false, code: expect.any(String) });
  });

  it('signs in, answers me, and signs out; the cookie is HttpOnly and SameSite=Lax', async () => {
    const member = await signedInMember(ctx.app, acme, 'support', 'a long password');
    const response = await login({ email: member.email.toUpperCase(), password: 'a long password' }).expect(200);
    expect(response.body).toEqual({
      member: {
        id: member.id,
        email: member.email,
        name: expect.any(String),
        role: 'support',
        created_at: expect.any(String),
        invite_status: 'accepted',
        telegram: null,
      },
    });
    const setCookie = ([] as string[]).concat(response.headers['set-cookie'])[0];
    expect(setCookie).toMatch(/^zapnoty_session=[A-Za-z0-9_-]{43}; Path=\/; Max-Age=\d+; HttpOnly; SameSite=Lax$/);
    const session = sessionClient(ctx.app, sessionCookieOf(response));

    const me = await session.get('/v1/auth/me').expect(200);
    expect(me.body).toEqual({
      member: response.body.member,
      project: {
        id: acme.project.id,
        slug: acme.project.slug,
        name: 'Acme',
        telegram_help_link: `https://t.me/zapnotybot?start=help_${acme.project.slug}`,
      },
    });

    const logout = await session.post('/v1/auth/logout').expect(204);
    expect(([] as string[]).concat(logout.headers['set-cookie'])[0]).toMatch(/^zapnoty_session=; Path=\/; Max-Age=0/);
    const after = await session.get('/v1/auth/me').expect(401);
    expect(after.body).toEqual({
      error: 'session expired or signed out: sign in again',
      retryable: false,
      code: expect.any(String),
    });
  });

  it('answers me for the API key with a null member', async () => {
    const me = await acme.api.get('/v1/auth/me').expect(200);
    expect(me.body).toEqual({
      member: null,
      project: {
        id: acme.project.id,
        slug: acme.project.slug,
        name: 'Acme',
        telegram_help_link: `https://t.me/zapnotybot?start=help_${acme.project.slug}`,
      },
    });
  });

  it('gives the same 401 for an unknown e-mail and a wrong password', async () => {
    const member = await signedInMember(ctx.app, acme, 'viewer');
    const wrong = await login({ email: member.email, password: 'not the password' }).expect(401);
    const unknown = await login({ email: 'nobody-here@example.com', password: 'not the password' }).expect(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.body).toEqual({ error: 'wrong e-mail or password', retryable: false, code: expect.any(String) });
    expect(wrong.headers['set-cookie']).toBeUndefined();
  });

  it.each([
    [{ password: 'x'.repeat(12) }, 400],
    [{ email: 'a@example.com' }, 400],
    [{ email: 42, password: 'x'.repeat(12) }, 400],
    [{ email: 'a@example.com', password: 'x'.repeat(12), extra: 1 }, 400],
    [{ email: 'not-an-email', password: 'x'.repeat(12) }, 422],
  ])('rejects login body %j with %i', async (body, status) => {
    await login(body).expect(status);
  });

  it('throttles an e-mail from one address after 10 tries in 15 minutes (429), even with the right one', async () => {
    const member = await signedInMember(ctx.app, acme, 'viewer', 'the right password');
    const attempts = await Promise.all(
      Array.from({ length: 10 }, () => login({ email: member.email, password: 'a wrong password' })),
    );
    expect(attempts.map((r) => r.status)).toEqual(Array(10).fill(401));
    const throttled = await login({ email: member.email, password: 'the right password' }).expect(429);
    expect(throttled.body).toEqual({
      error: 'too many failed password attempts; try again later',
      retryable: true,
      code: expect.any(String),
    });
    expect(Number(throttled.headers['retry-after'])).toBeGreaterThan(800);
    expect(Number(throttled.headers['retry-after'])).toBeLessThanOrEqual(900);
    // Another e-mail is not affected.
    const other = await signedInMember(ctx.app, acme, 'viewer', 'other password');
    await login({ email: other.email, password: 'other password' }).expect(200);
  });

  it('clears the failure count on a successful sign-in', async () => {
    const member = await signedInMember(ctx.app, acme, 'viewer', 'the right password');
    for (let i = 0; i < 9; i++) await login({ email: member.email, password: 'a wrong password' }).expect(401);
    await login({ email: member.email, password: 'the right password' }).expect(200);
    for (let i = 0; i < 9; i++) await login({ email: member.email, password: 'a wrong password' }).expect(401);
    await login({ email: member.email, password: 'the right password' }).expect(200);
  });

  it('accepts an invite once: the second use is 410 invite_used', async () => {
    // Unique per run: a reused test database keeps earlier runs' members, and one e-mail in several projects needs
    // `project`.
    const email = `once-${Date.now()}@example.com`;
    const added = await acme.api.post('/v1/team/members', { email, name: 'Once', role: 'support' }).expect(201);
    const token = inviteTokenOf(added.body.invite_url);
    const first = await request(server)
      .post('/v1/auth/accept-invite')
      .send({ token, password: 'first password' })
      .expect(200);
    expect(first.body.member).toEqual(expect.objectContaining({ id: added.body.id, role: 'support' }));
    await sessionClient(ctx.app, sessionCookieOf(first)).get('/v1/auth/me').expect(200);
    const second = await request(server)
      .post('/v1/auth/accept-invite')
      .send({ token, password: 'second password' })
      .expect(410);
    expect(second.body).toEqual({
      error: 'this invite has already been used; sign in, or ask for a new invite',
      retryable: false,
      code: expect.any(String),
    });
    await login({ email, password: 'second password' }).expect(401);
    await login({ email, password: 'first password' }).expect(200);
  });

  it('refuses an expired invite (410 invite_expired) and an unknown one (404)', async () => {
    const added = await acme.api
      .post('/v1/team/members', { email: 'late@example.com', name: 'Late', role: 'support' })
      .expect(201);
    await ctx.app
      .get(DataSource)
      .query(`UPDATE member_invite SET expires_at = now() - interval '1 second' WHERE member_id = $1`, [added.body.id]);
    const expired = await request(server)
      .post('/v1/auth/accept-invite')
      .send({ token: inviteTokenOf(added.body.invite_url), password: 'some password' })
      .expect(410);
    expect(expired.body).toEqual({
      error: 'this invite has expired (invites are valid 7 days); ask for a new one',
      retryable: false,
      code: expect.any(String),
    });
    await request(server)
      .post('/v1/auth/accept-invite')
      .send({ token: 'A'.repeat(43), password: 'some password' })
      .expect(404);
  });

  it('accepts only passwords of 10 to 200 characters', async () => {
    const added = await acme.api
      .post('/v1/team/members', { email: 'short@example.com', name: 'Short', role: 'support' })
      .expect(201);
    const token = inviteTokenOf(added.body.invite_url);
    await request(server).post('/v1/auth/accept-invite').send({ token, password: 'short' }).expect(422);
    await request(server)
      .post('/v1/auth/accept-invite')
      .send({ token, password: 'x'.repeat(201) })
      .expect(422);
    await request(server).post('/v1/auth/accept-invite').send({ token }).expect(400);
    await request(server)
      .post('/v1/auth/accept-invite')
      .send({ token, password: 'x'.repeat(10) })
      .expect(200);
  });

  it('signs in per project when the e-mail is a member of several', async () => {
    const globex = await ctx.project('Globex');
    const shared = `shared-${Date.now()}@example.com`;
    await memberOfProjects(server, [acme, globex], shared, 'shared password');
    const ambiguous = await login({ email: shared, password: 'shared password' }).expect(422);
    expect(ambiguous.body.error).toMatch(/several projects/);
    const chosen = await login({ email: shared, password: 'shared password', project: globex.project.slug }).expect(
      200,
    );
    const me = await sessionClient(ctx.app, sessionCookieOf(chosen)).get('/v1/auth/me').expect(200);
    expect(me.body.project.id).toBe(globex.project.id);
  });

  it('refuses a cookie-authenticated change without a same-origin Origin (CSRF), but not a read', async () => {
    const admin = await signedInMember(ctx.app, acme, 'admin');
    const noOrigin = sessionClient(ctx.app, admin.cookie, null);
    const foreign = sessionClient(ctx.app, admin.cookie, 'https://evil.example');
    await noOrigin.get('/v1/helpdesk/settings').expect(200);
    const refused = await noOrigin.put('/v1/helpdesk/settings', { sla_first_reply_hours: 5 }).expect(403);
    expect(refused.body).toEqual({
      error: expect.stringMatching(/Origin/),
      retryable: false,
      code: expect.any(String),
    });
    await foreign.put('/v1/helpdesk/settings', { sla_first_reply_hours: 5 }).expect(403);
    await admin.api.put('/v1/helpdesk/settings', { sla_first_reply_hours: 5 }).expect(200);
    // The server reached by its own Host counts as same-origin too.
    await request(server)
      .put('/v1/helpdesk/settings')
      .set({ Cookie: admin.cookie, Host: 'helpdesk.internal:8080', Origin: 'http://helpdesk.internal:8080' })
      .send({ sla_first_reply_hours: 6 })
      .expect(200);
    await request(server)
      .put('/v1/helpdesk/settings')
      .set({ Cookie: admin.cookie, Host: 'helpdesk.internal:8080', Origin: 'http://helpdesk.internal:9090' })
      .send({ sla_first_reply_hours: 6 })
      .expect(403);
    await request(server)
      .post('/v1/auth/login')
      .set('Origin', 'https://evil.example')
      .send({ email: admin.email, password: admin.password })
      .expect(403);
  });

  it("ends a removed member's session on the next request", async () => {
    const member = await signedInMember(ctx.app, acme, 'support');
    await member.api.get('/v1/helpdesk/tickets').expect(200);
    await acme.api.delete(`/v1/team/members/${member.id}`).expect(204);
    await member.api.get('/v1/helpdesk/tickets').expect(401);
  });

  it('applies a role downgrade on the next request', async () => {
    const member = await signedInMember(ctx.app, acme, 'admin');
    await member.api.put('/v1/helpdesk/settings', { sla_first_reply_hours: 7 }).expect(200);
    await acme.api.patch(`/v1/team/members/${member.id}`, { role: 'viewer' }).expect(200);
    const refused = await member.api.put('/v1/helpdesk/settings', { sla_first_reply_hours: 8 }).expect(403);
    expect(refused.body).toEqual({
      error: 'the viewer role may not do this',
      retryable: false,
      code: expect.any(String),
    });
    await member.api.get('/v1/helpdesk/settings').expect(200);
  });

  it('accepts the API key when a stale cookie is sent too', async () => {
    await request(server)
      .get('/v1/team/members')
      .set('Authorization', `Bearer ${acme.apiKey}`)
      .set('Cookie', 'zapnoty_session=' + 'x'.repeat(43))
      .expect(200);
  });

  it('refuses an unknown session cookie with 401', async () => {
    await sessionClient(ctx.app, 'zapnoty_session=' + 'x'.repeat(43))
      .get('/v1/team/members')
      .expect(401);
  });

  describe('roles and ownership', () => {
    let project: TestProject;
    beforeEach(async () => {
      project = await ctx.project('Roles');
    });

    it('changes a role with PATCH /v1/team/members/{member_id}', async () => {
      const added = await project.api
        .post('/v1/team/members', { email: 'p@example.com', name: 'P', role: 'viewer' })
        .expect(201);
      const changed = await project.api.patch(`/v1/team/members/${added.body.id}`, { role: 'support' }).expect(200);
      expect(changed.body).toEqual({
        id: added.body.id,
        email: 'p@example.com',
        name: 'P',
        role: 'support',
        created_at: added.body.created_at,
        invite_status: 'pending',
        telegram: null,
      });
      await project.api.patch(`/v1/team/members/${added.body.id}`, { role: 'boss' }).expect(400);
      await project.api.patch(`/v1/team/members/${added.body.id}`, {}).expect(400);
      await project.api.patch('/v1/team/members/00000000-0000-4000-8000-000000000000', { role: 'support' }).expect(404);
    });

    it('never demotes the last owner (409)', async () => {
      const refused = await project.api.patch(`/v1/team/members/${project.owner.id}`, { role: 'admin' }).expect(409);
      expect(refused.body).toEqual({
        error: 'the last owner of a project cannot lose the owner role',
        retryable: false,
        code: expect.any(String),
      });
    });

    it('keeps one owner when the last two owners are demoted at the same time', async () => {
      const second = await project.api
        .post('/v1/team/members', { email: 'o2@example.com', name: 'O2', role: 'owner' })
        .expect(201);
      const results = await Promise.all([
        project.api.patch(`/v1/team/members/${project.owner.id}`, { role: 'admin' }),
        project.api.patch(`/v1/team/members/${second.body.id}`, { role: 'support' }),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
      const owners = (await project.api.get('/v1/team/members').expect(200)).body.members.filter(
        (m: { role: string }) => m.role === 'owner',
      );
      expect(owners).toHaveLength(1);
    });

    it('lets an admin manage support and viewer members only', async () => {
      const admin = await signedInMember(ctx.app, project, 'admin');
      const viewer = await admin.api
        .post('/v1/team/members', { email: 'v@example.com', name: 'V', role: 'viewer' })
        .expect(201);
      await admin.api.patch(`/v1/team/members/${viewer.body.id}`, { role: 'support' }).expect(200);
      const promote = await admin.api.patch(`/v1/team/members/${viewer.body.id}`, { role: 'admin' }).expect(403);
      expect(promote.body).toEqual({
        error: 'only an owner may add, remove or change admins and owners',
        retryable: false,
        code: expect.any(String),
      });
      await admin.api.post('/v1/team/members', { email: 'a2@example.com', name: 'A2', role: 'admin' }).expect(403);
      await admin.api.patch(`/v1/team/members/${project.owner.id}`, { role: 'viewer' }).expect(403);
      await admin.api.delete(`/v1/team/members/${project.owner.id}`).expect(403);
      await admin.api.delete(`/v1/team/members/${viewer.body.id}`).expect(204);
    });

    it('transfers ownership with the owner password re-entered, atomically', async () => {
      const owner = await signedInOwner(ctx.app, project);
      const heir = await signedInMember(ctx.app, project, 'support');
      const wrong = await owner.api
        .post('/v1/team/transfer-ownership', { member_id: heir.id, password: 'not my password' })
        .expect(403);
      expect(wrong.body).toEqual({
        error: 'the password you re-entered is wrong',
        retryable: false,
        code: expect.any(String),
      });
      await owner.api
        .post('/v1/team/transfer-ownership', { member_id: owner.id, password: owner.password })
        .expect(422);
      await owner.api
        .post('/v1/team/transfer-ownership', {
          member_id: '00000000-0000-4000-8000-000000000000',
          password: owner.password,
        })
        .expect(404);
      await project.api
        .post('/v1/team/transfer-ownership', { member_id: heir.id, password: owner.password })
        .expect(403);
      await heir.api.post('/v1/team/transfer-ownership', { member_id: heir.id, password: heir.password }).expect(403);

      const done = await owner.api
        .post('/v1/team/transfer-ownership', { member_id: heir.id, password: owner.password })
        .expect(200);
      expect(done.body).toEqual({
        owner: expect.objectContaining({ id: heir.id, role: 'owner' }),
        previous_owner: expect.objectContaining({ id: owner.id, role: 'admin' }),
      });
      const me = await owner.api.get('/v1/auth/me').expect(200);
      expect(me.body.member.role).toBe('admin');
      await owner.api.post('/v1/team/transfer-ownership', { member_id: heir.id, password: owner.password }).expect(403);
    });
  });
});
