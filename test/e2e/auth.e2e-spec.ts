import request from 'supertest';
import { ProjectsService } from '../../src/projects/projects.service.js';
import { apiClient, useTestApp } from '../helpers/test-app.js';

describe('API key authentication and tenancy', () => {
  const ctx = useTestApp();
  const acme = ctx.useProject('Acme');
  const globex = ctx.useProject('Globex');

  const unauthorized = {
    error: expect.any(String),
    retryable: false,
    code: expect.stringMatching(/^api_key_(missing|malformed|invalid)$/),
  };

  it('rejects a request without a key with 401', async () => {
    const response = await request(ctx.app.getHttpServer()).get('/v1/team/members').expect(401);
    expect(response.body).toEqual(unauthorized);
  });

  it.each([
    ['a garbled key', 'Bearer not-a-key'],
    ['a key of the right shape that does not exist', `Bearer zn_live_${'A'.repeat(32)}`],
    ['a key one character short', `Bearer zn_live_${'A'.repeat(31)}`],
    ['another scheme', `Basic ${Buffer.from('user:pass').toString('base64')}`],
    ['an empty bearer', 'Bearer '],
  ])('rejects %s with 401', async (_label, header) => {
    const response = await request(ctx.app.getHttpServer())
      .get('/v1/team/members')
      .set('Authorization', header)
      .expect(401);
    expect(response.body).toEqual(unauthorized);
  });

  it('does not accept the key in the query string', async () => {
    await request(ctx.app.getHttpServer()).get(`/v1/team/members?api_key=${acme.apiKey}`).expect(401);
  });

  it('lets a project see only its own members', async () => {
    const response = await acme.api.get('/v1/team/members').expect(200);
    expect(response.body.members.map((m: { id: string }) => m.id)).toEqual([acme.owner.id]);
  });

  it("answers another project's member with 404, like a missing one", async () => {
    const foreign = await globex.api.delete(`/v1/team/members/${acme.owner.id}`).expect(404);
    const missing = await globex.api.delete('/v1/team/members/00000000-0000-4000-8000-000000000000').expect(404);
    expect(foreign.body).toEqual(missing.body);
    expect(foreign.body).toEqual({ error: 'team member not found', retryable: false, code: 'member_not_found' });
    await acme.api
      .get('/v1/team/members')
      .expect(200)
      .then((r) => expect(r.body.members).toHaveLength(1));
  });

  it('answers a malformed id in the path with 404', async () => {
    await acme.api.delete('/v1/team/members/not-a-uuid').expect(404);
  });

  it('stops accepting the old key after rotation and accepts the new one', async () => {
    const temp = await ctx.project('Rotating');
    const { apiKey } = await ctx.app.get(ProjectsService).rotateKey(temp.project.id);
    await temp.api.get('/v1/team/members').expect(401);
    await apiClient(ctx.app, apiKey).get('/v1/team/members').expect(200);
  });
});
