import { gzipSync } from 'node:zlib';
import request from 'supertest';
import { RawHttp } from '../helpers/fuzz.js';
import { useTestApp } from '../helpers/test-app.js';
import { addMember, createTicket } from '../helpers/tickets.js';

/** Strict bodies: POST/PUT/PATCH bodies are JSON; anything else is refused before it can act as `{}`. */
describe('request bodies must be application/json', () => {
  const ctx = useTestApp();
  const tenant = ctx.useProject();

  const patch = (path: string) =>
    request(ctx.app.getHttpServer()).patch(path).set('Authorization', `Bearer ${tenant.apiKey}`);
  const post = (path: string) =>
    request(ctx.app.getHttpServer()).post(path).set('Authorization', `Bearer ${tenant.apiKey}`);

  it('refuses a form-encoded PATCH …/assign with 415 and leaves the assignment alone', async () => {
    const member = await addMember(tenant.api);
    const ticket = await createTicket(tenant.api);
    await tenant.api.patch(`/v1/helpdesk/tickets/${ticket.id}/assign`, { assigned_to: member }).expect(200);
    const response = await patch(`/v1/helpdesk/tickets/${ticket.id}/assign`)
      .type('form')
      .send('assigned_to=')
      .expect(415);
    expect(response.body).toEqual({
      error: expect.stringContaining('application/x-www-form-urlencoded'),
      retryable: false,
      code: 'unsupported_media_type',
    });
    expect((await tenant.api.get(`/v1/helpdesk/tickets/${ticket.id}`).expect(200)).body.assigned_to).toBe(member);
  });

  it.each([
    ['text/plain', '{"text":"hi"}'],
    ['application/xml', '<text>hi</text>'],
    ['multipart/form-data; boundary=x', '--x\r\nContent-Disposition: form-data; name="text"\r\n\r\nhi\r\n--x--\r\n'],
    ['application/merge-patch+json', '{"text":"hi"}'],
  ])('refuses a %s body with 415 and creates nothing', async (type, body) => {
    const before = (await tenant.api.get('/v1/helpdesk/tickets?limit=1').expect(200)).body.total;
    const response = await post('/v1/helpdesk/tickets').set('Content-Type', type).send(body).expect(415);
    expect(response.body).toMatchObject({ retryable: false, code: 'unsupported_media_type' });
    expect((await tenant.api.get('/v1/helpdesk/tickets?limit=1').expect(200)).body.total).toBe(before);
  });

  it('refuses a body without any Content-Type with 415', async () => {
    const ticket = await createTicket(tenant.api);
    // supertest always adds a Content-Type to a body, so the request is written by hand.
    const http = await RawHttp.listen(ctx.app.getHttpServer());
    const answer = await http.send({
      method: 'PATCH',
      path: `/v1/helpdesk/tickets/${ticket.id}/status`,
      headers: { Authorization: `Bearer ${tenant.apiKey}` },
      body: JSON.stringify({ status: 'closed' }),
    });
    http.close();
    expect(answer.status).toBe(415);
    expect(JSON.parse(answer.body)).toEqual({
      error: 'a request body needs Content-Type: application/json',
      retryable: false,
      code: 'unsupported_media_type',
    });
    expect((await tenant.api.get(`/v1/helpdesk/tickets/${ticket.id}`).expect(200)).body.status).toBe('new');
  });

  it('accepts application/json with a charset, and a POST without a body', async () => {
    await post('/v1/helpdesk/tickets')
      .set('Content-Type', 'application/json; charset=utf-8')
      .send('{"text":"charset"}')
      .expect(201);
    // redeliver takes no body: no Content-Type is needed (404 here: the delivery does not exist).
    const response = await post('/v1/webhook/deliveries/00000000-0000-4000-8000-000000000000/redeliver').expect(404);
    expect(response.body.code).toBe('webhook_delivery_not_found');
  });

  it('reads a gzip body, refuses an unknown Content-Encoding with 415 and a corrupt one with 400', async () => {
    // supertest would serialize a Buffer as JSON under a JSON Content-Type: the bytes go out by hand.
    const http = await RawHttp.listen(ctx.app.getHttpServer());
    const send = (encoding: string, body: Buffer | string) =>
      http.send({
        method: 'POST',
        path: '/v1/helpdesk/tickets',
        headers: {
          Authorization: `Bearer ${tenant.apiKey}`,
          'Content-Type': 'application/json',
          'Content-Encoding': encoding,
        },
        body,
      });
    try {
      const created = await send('gzip', gzipSync('{"text":"zipped","subject":"zipped"}'));
      expect(created.status).toBe(201);
      expect(JSON.parse(created.body).subject).toBe('zipped');
      const unknown = await send('compress', '{"text":"x"}');
      expect([unknown.status, JSON.parse(unknown.body)]).toEqual([
        415,
        { error: 'unsupported content encoding', retryable: false, code: 'unsupported_content_encoding' },
      ]);
      const corrupt = await send('gzip', 'not gzip at all');
      expect([corrupt.status, JSON.parse(corrupt.body)]).toEqual([
        400,
        {
          error: 'the body is not valid for its Content-Encoding',
          retryable: false,
          code: 'malformed_content_encoding',
        },
      ]);
    } finally {
      http.close();
    }
  });

  it('refuses lone surrogates and absurd nesting with 400 and a specific code', async () => {
    const surrogate = await post('/v1/helpdesk/tickets')
      .set('Content-Type', 'application/json')
      .send('{"text":"a\\ud800b"}')
      .expect(400);
    expect(surrogate.body).toMatchObject({ retryable: false, code: 'invalid_unicode' });
    const deep = await post('/v1/helpdesk/tickets')
      .set('Content-Type', 'application/json')
      .send(`{"text":${'['.repeat(40)}${']'.repeat(40)}}`)
      .expect(400);
    expect(deep.body).toMatchObject({ retryable: false, code: 'json_too_complex' });
    const wide = await post('/v1/helpdesk/tickets')
      .set('Content-Type', 'application/json')
      .send(JSON.stringify(Object.fromEntries(Array.from({ length: 1001 }, (_, i) => [`k${i}`, i]))))
      .expect(400);
    expect(wide.body).toMatchObject({ retryable: false, code: 'json_too_complex' });
  });
});

describe('error codes', () => {
  const ctx = useTestApp();
  const tenant = ctx.useProject();

  it('names the kind of error, not just the status', async () => {
    const ticket = await createTicket(tenant.api);
    const cases: Array<[request.Test, number, string]> = [
      [tenant.api.get('/v1/helpdesk/tickets/00000000-0000-4000-8000-000000000000'), 404, 'ticket_not_found'],
      [
        tenant.api.put('/v1/helpdesk/canned-responses/00000000-0000-4000-8000-000000000000', { title: 'x' }),
        404,
        'canned_response_not_found',
      ],
      [
        tenant.api.delete('/v1/helpdesk/ticket-types/00000000-0000-4000-8000-000000000000'),
        404,
        'ticket_type_not_found',
      ],
      [tenant.api.post('/v1/helpdesk/tickets', {}), 400, 'validation_failed'],
      [tenant.api.post('/v1/helpdesk/tickets', { text: 'x'.repeat(4097) }), 422, 'validation_failed'],
      [tenant.api.get('/v1/helpdesk/tickets?cursor=garbage'), 400, 'malformed_cursor'],
      [
        tenant.api.post(`/v1/helpdesk/tickets/${ticket.id}/reply`, {
          text: 'x',
          member_id: '00000000-0000-4000-8000-000000000000',
        }),
        422,
        'member_not_in_project',
      ],
      [tenant.api.post(`/v1/helpdesk/tickets/${ticket.id}/csat`, { rating: 5 }), 409, 'ticket_not_closed'],
      [
        tenant.api.post('/v1/helpdesk/tickets/bulk', { ticket_ids: [ticket.id], action: 'set_status', value: 'nope' }),
        400,
        'invalid_bulk_value',
      ],
      [tenant.api.get('/v1/nothing-here'), 404, 'route_not_found'],
      [request(ctx.app.getHttpServer()).get('/v1/helpdesk/tickets'), 401, 'api_key_missing'],
      [
        request(ctx.app.getHttpServer()).get('/v1/helpdesk/tickets').set('Authorization', 'Bearer nope'),
        401,
        'api_key_malformed',
      ],
    ];
    for (const [pending, status, code] of cases) {
      const response = await pending;
      expect({ status: response.status, code: response.body.code, retryable: response.body.retryable }).toEqual({
        status,
        code,
        retryable: false,
      });
    }
  });

  it('lists every code in the API guide (docs/api.md) and in the OpenAPI error schema', async () => {
    const { ERROR_CODES } = await import('../../src/common/errors/error-codes.js');
    const { readFileSync } = await import('node:fs');
    const guide = readFileSync('docs/api.md', 'utf8');
    const document = (await request(ctx.app.getHttpServer()).get('/openapi.json').expect(200)).body;
    const missing = Object.keys(ERROR_CODES).filter((code) => !guide.includes(`\`${code}\``));
    expect(missing).toEqual([]);
    expect(document.components.schemas.ErrorCode.enum).toEqual(Object.keys(ERROR_CODES));
  });
});
