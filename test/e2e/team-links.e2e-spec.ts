import request from 'supertest';
import { inviteTokenOf, sessionCookieOf, signedInMember, TEST_PUBLIC_URL } from '../helpers/sessions.js';
import { useTestApp } from '../helpers/test-app.js';
import { NO_SUCH_ID } from '../helpers/tickets.js';

/**
 * The links an admin hands a member: the invite's state on the member, a new invite link while it is pending,
 * and a one-time password-reset link (24 h) that is the way back from a forgotten password.
 */
describe('team: invite state, new invite links, password-reset links', () => {
  const ctx = useTestApp({ PUBLIC_URL: TEST_PUBLIC_URL });
  const acme = ctx.useProject('Acme');
  const globex = ctx.useProject('Globex');

  function accept(token: string, password: string) {
    return request(ctx.app.getHttpServer()).post('/v1/auth/accept-invite').send({ token, password });
  }

  it('shows pending until the password is set, and issues a new invite link that voids the first', async () => {
    const email = `pat-${Date.now()}@example.com`;
    const added = await acme.api.post('/v1/team/members', { email, name: 'Pat', role: 'support' }).expect(201);
    expect(added.body.invite_status).toBe('pending');
    const member = () =>
      acme.api
        .get('/v1/team/members')
        .expect(200)
        .then((response) => response.body.members.find((m: { id: string }) => m.id === added.body.id));
    expect((await member()).invite_status).toBe('pending');

    const renewed = await acme.api.post(`/v1/team/members/${added.body.id}/invite`).expect(201);
    expect(renewed.body).toEqual({
      invite_url: expect.stringMatching(new RegExp(`^${TEST_PUBLIC_URL}/invite/`)),
      expires_at: expect.stringMatching(/Z$/),
    });
    expect(Date.parse(renewed.body.expires_at) - Date.now()).toBeGreaterThan(6.9 * 24 * 3600 * 1000);
    expect((await accept(inviteTokenOf(added.body.invite_url), 'first password 123')).status).toBe(404);
    expect((await accept(inviteTokenOf(renewed.body.invite_url), 'first password 123')).status).toBe(200);
    expect((await member()).invite_status).toBe('accepted');

    const again = await acme.api.post(`/v1/team/members/${added.body.id}/invite`).expect(409);
    expect(again.body.code).toBe('invite_already_accepted');
  });

  it('resets a forgotten password once within 24 hours and signs the member out everywhere', async () => {
    const agent = await signedInMember(ctx.app, acme, 'support', 'forgotten password 1');
    const admin = await signedInMember(ctx.app, acme, 'admin');
    const link = await admin.api.post(`/v1/team/members/${agent.id}/reset-link`).expect(201);
    expect(link.body.reset_url).toMatch(new RegExp(`^${TEST_PUBLIC_URL}/reset/[A-Za-z0-9_-]{20,}$`));
    const lifetime = Date.parse(link.body.expires_at) - Date.now();
    expect(lifetime).toBeGreaterThan(23.9 * 3600 * 1000);
    expect(lifetime).toBeLessThanOrEqual(24 * 3600 * 1000);

    const token = inviteTokenOf(link.body.reset_url);
    const used = await accept(token, 'remembered password 2').expect(200);
    expect(used.body.member.id).toBe(agent.id);
    // The old session is gone; the new password signs in, the old one does not; the link works once.
    await agent.api.get('/v1/auth/me').expect(401);
    const login = (password: string) =>
      request(ctx.app.getHttpServer()).post('/v1/auth/login').send({ email: agent.email, password });
    expect((await login('forgotten password 1')).status).toBe(401);
    expect(sessionCookieOf(await login('remembered password 2').expect(200))).toMatch(/^zapnoty_session=/);
    expect((await accept(token, 'third password 333')).body.code).toBe('invite_used');
  });

  it('keeps the role rules: admins reset support and viewers only, viewers and support none', async () => {
    const admin = await signedInMember(ctx.app, acme, 'admin');
    const otherAdmin = await signedInMember(ctx.app, acme, 'admin');
    const support = await signedInMember(ctx.app, acme, 'support');
    const refused = await admin.api.post(`/v1/team/members/${otherAdmin.id}/reset-link`).expect(403);
    expect(refused.body.code).toBe('role_not_manageable');
    await admin.api.post(`/v1/team/members/${acme.owner.id}/reset-link`).expect(403);
    await support.api.post(`/v1/team/members/${support.id}/reset-link`).expect(403);
    await acme.api.post(`/v1/team/members/${otherAdmin.id}/reset-link`).expect(201);
  });

  it("answers 404 for another project's member and for unknown ids", async () => {
    const stranger = await signedInMember(ctx.app, globex, 'support');
    for (const id of [stranger.id, NO_SUCH_ID, 'nope']) {
      await acme.api.post(`/v1/team/members/${id}/reset-link`).expect(404);
      await acme.api.post(`/v1/team/members/${id}/invite`).expect(404);
    }
  });
});
