import request from 'supertest';
import { useTestApp } from '../helpers/test-app.js';

describe('error shape for malformed requests', () => {
  const ctx = useTestApp();
  const acme = ctx.useProject();

  it('answers malformed JSON with 400 in the error shape', async () => {
    const response = await request(ctx.app.getHttpServer())
      .put('/v1/helpdesk/settings')
      .set('Authorization', `Bearer ${acme.apiKey}`)
      .set('Content-Type', 'application/json')
      .send('{"helpdesk_enabled": tru')
      .expect(400);
    expect(response.body).toEqual({ error: 'malformed JSON body', retryable: false, code: 'malformed_json' });
  });

  it('answers a 2 MiB body with 413 in the error shape', async () => {
    const response = await request(ctx.app.getHttpServer())
      .put('/v1/helpdesk/settings')
      .set('Authorization', `Bearer ${acme.apiKey}`)
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ csat_message_template: 'x'.repeat(2 * 1024 * 1024) }))
      .expect(413);
    expect(response.body).toEqual({
      error: 'request body is larger than 1 MiB',
      retryable: false,
      code: 'body_too_large',
    });
  });

  it('answers an unknown route with 404 and a JSON body', async () => {
    const response = await acme.api.post('/v1/helpdesk/nothing').expect(404);
    expect(response.body).toEqual({
      error: 'route not found: POST /v1/helpdesk/nothing',
      retryable: false,
      code: 'route_not_found',
    });
  });

  it('answers a JSON array where an object is expected with 400', async () => {
    const response = await request(ctx.app.getHttpServer())
      .put('/v1/helpdesk/settings')
      .set('Authorization', `Bearer ${acme.apiKey}`)
      .set('Content-Type', 'application/json')
      .send('[1,2]')
      .expect(400);
    expect(response.body.retryable).toBe(false);
  });

  it('echoes a request id on every response', async () => {
    const response = await request(ctx.app.getHttpServer()).get('/health').set('X-Request-Id', 'abc-123').expect(200);
    expect(response.headers['x-request-id']).toBe('abc-123');
    const generated = await request(ctx.app.getHttpServer()).get('/health').expect(200);
    expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refuses a NUL character anywhere in the body or query with 400 (PostgreSQL text cannot hold it)', async () => {
    const body = await acme.api.post('/v1/helpdesk/tickets', { text: 'before\u0000after' }).expect(400);
    expect(body.body).toEqual({
      error: 'strings must not contain the NUL character (U+0000)',
      retryable: false,
      code: 'nul_character',
    });
    await acme.api.put('/v1/helpdesk/settings', { helpdesk_welcome_message: { ru: 'a', en: 'b\u0000' } }).expect(400);
    await acme.api.get('/v1/helpdesk/tickets?q=a%00b').expect(400);
    await acme.api.get('/v1/helpdesk/tickets?tag=%00').expect(400);
  });

  it('answers a number PostgreSQL cannot hold with 422, not 500', async () => {
    const response = await acme.api.get('/v1/helpdesk/tickets?offset=99999999999999999999').expect(422);
    expect(response.body).toEqual({
      error: 'a value is out of range or not valid',
      retryable: false,
      code: 'value_out_of_range',
    });
  });

  it('answers a path that is not valid percent-encoding with 400', async () => {
    const response = await acme.api.get('/v1/helpdesk/tickets/%E0%A4%A').expect(400);
    expect(response.body.retryable).toBe(false);
  });
});
