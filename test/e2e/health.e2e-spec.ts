import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { createTestApp, createTestProject } from '../helpers/test-app.js';

describe('health and basic HTTP behaviour', () => {
  let app: NestExpressApplication;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  it('answers /health without a key when the database answers', async () => {
    const response = await request(app.getHttpServer()).get('/health').expect(200);
    expect(response.body).toEqual({ status: 'ok' });
  });

  it('sends no CORS headers when CORS_ORIGINS is not set', async () => {
    const preflight = await request(app.getHttpServer()).options('/v1/helpdesk/tickets').set('Origin', 'https://app.example.com').set('Access-Control-Request-Method', 'POST');
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    const response = await request(app.getHttpServer()).get('/health').set('Origin', 'https://app.example.com').expect(200);
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('answers an unknown route with 404 in the error shape', async () => {
    const { api } = await createTestProject(app);
    const response = await api.get('/v1/nothing-here').expect(404);
    expect(response.body).toEqual({ error: expect.stringContaining('route not found'), retryable: false, code: 'route_not_found' });
  });
});
