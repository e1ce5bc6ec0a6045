import { useTestApp } from '../helpers/test-app.js';

describe('team members', () => {
  const ctx = useTestApp();
  const acme = ctx.useProject();

  it('adds a member and lists it with every field', async () => {
    const created = await acme.api
      .post('/v1/team/members', { email: 'Anna@Example.com', name: 'Anna', role: 'support' })
      .expect(201);
    const { invite_url: inviteUrl, ...member } = created.body;
    expect(member).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      email: 'anna@example.com',
      name: 'Anna',
      role: 'support',
      created_at: expect.any(String),
      invite_status: 'pending',
      telegram: null,
    });
    expect(inviteUrl).toMatch(/^http:\/\/localhost:\d+\/invite\/[A-Za-z0-9_-]{43}$/);
    expect(new Date(created.body.created_at).toISOString()).toBe(created.body.created_at);
    const list = await acme.api.get('/v1/team/members').expect(200);
    expect(list.body.members).toContainEqual(member);
  });

  it('refuses a second member with the same e-mail, whatever its case (409)', async () => {
    await acme.api.post('/v1/team/members', { email: 'dup@example.com', name: 'One', role: 'viewer' }).expect(201);
    const response = await acme.api
      .post('/v1/team/members', { email: 'DUP@example.com', name: 'Two', role: 'admin' })
      .expect(409);
    expect(response.body).toEqual({
      error: 'a member with e-mail dup@example.com already exists',
      retryable: false,
      code: 'member_exists',
    });
  });

  it.each([
    [{ name: 'No mail', role: 'support' }, 400],
    [{ email: 'x@example.com', role: 'support' }, 400],
    [{ email: 'x@example.com', name: 'X' }, 400],
    [{ email: 'x@example.com', name: 'X', role: 'boss' }, 400],
    [{ email: 42, name: 'X', role: 'support' }, 400],
    [{ email: 'x@example.com', name: 'X', role: 'support', extra: true }, 400],
    [{ email: 'not-an-email', name: 'X', role: 'support' }, 422],
    [{ email: 'x@example.com', name: '', role: 'support' }, 422],
    [{ email: 'x@example.com', name: 'n'.repeat(201), role: 'support' }, 422],
  ])('rejects %j with %i', async (body, status) => {
    const response = await acme.api.post('/v1/team/members', body).expect(status);
    expect(response.body).toEqual(expect.objectContaining({ error: expect.any(String), retryable: false }));
  });

  it('removes a member (204) and then answers 404 for it', async () => {
    const created = await acme.api
      .post('/v1/team/members', { email: 'gone@example.com', name: 'Gone', role: 'support' })
      .expect(201);
    await acme.api.delete(`/v1/team/members/${created.body.id}`).expect(204);
    await acme.api.delete(`/v1/team/members/${created.body.id}`).expect(404);
  });

  it('never removes the last owner (409) but removes one of two owners', async () => {
    const project = await ctx.project();
    const response = await project.api.delete(`/v1/team/members/${project.owner.id}`).expect(409);
    expect(response.body).toEqual({
      error: 'the last owner of a project cannot be removed',
      retryable: false,
      code: 'last_owner',
    });
    const second = await project.api
      .post('/v1/team/members', { email: 'second@example.com', name: 'Second', role: 'owner' })
      .expect(201);
    await project.api.delete(`/v1/team/members/${project.owner.id}`).expect(204);
    await project.api.delete(`/v1/team/members/${second.body.id}`).expect(409);
  });

  it('keeps one owner when the last two are removed at the same time', async () => {
    const project = await ctx.project();
    const second = await project.api
      .post('/v1/team/members', { email: 'twin@example.com', name: 'Twin', role: 'owner' })
      .expect(201);
    const results = await Promise.all([
      project.api.delete(`/v1/team/members/${project.owner.id}`),
      project.api.delete(`/v1/team/members/${second.body.id}`),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([204, 409]);
    const owners = (await project.api.get('/v1/team/members').expect(200)).body.members.filter(
      (m: { role: string }) => m.role === 'owner',
    );
    expect(owners).toHaveLength(1);
  });
});
