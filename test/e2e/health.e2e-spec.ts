import request from 'supertest';
import { useTestApp } from '../helpers/test-app.js';

describe('health and basic HTTP behaviour', () => {
  const ctx = useTestApp();

  it('answers /health without a key when the database answers', async () => {
    const response = await request(ctx.app.getHttpServer()).get('/health').expect(200);
    expect(response.body).toEqual({ status: 'ok' });
  });

  it('sends no CORS headers when CORS_ORIGINS is not set', async () => {
    const preflight = await request(ctx.app.getHttpServer())
      .options('/v1/helpdesk/tickets')
      .set('Origin', 'https://app.example.com')
      .set('Access-Control-Request-Method', 'POST');
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    const response = await request(ctx.app.getHttpServer())
      .get('/health')
      .set('Origin', 'https://app.example.com')
      .expect(200);
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('answers an unknown route with 404 in the error shape', async () => {
    const { api } = await ctx.project();
    const response = await api.get('/v1/nothing-here').expect(404);
    expect(response.body).toEqual({
      error: expect.stringContaining('route not found'),
      retryable: false,
      code: 'route_not_found',
    });
  });
});
