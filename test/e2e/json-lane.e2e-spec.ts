import { once } from 'node:events';
import type { Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import request from 'supertest';
import { useTelegramChat } from '../helpers/telegram-chat.js';

const SECRET = 'lane-webhook-secret';
const TOKEN = '424242:LANE-token-value';

/**
 * The JSON lane serves a messenger webhook's plain case beside Express (src/common/http/json-lane.ts).
 * Express computes an ETag for every JSON response and the lane does not, so the header tells which one
 * answered: the plain case must come from the lane, every other case from Express, with the answers
 * Express always gave.
 */
describe('JSON lane: POST /telegram/webhook beside Express', () => {
  const { ctx, fake, updates } = useTelegramChat(TOKEN, SECRET);
  const tenant = ctx.useProject('Lane Support');
  let nextChat = 900_000 + Math.floor(Math.random() * 90_000);

  const raw = (body: string | Buffer, headers: Record<string, string> = {}) => {
    const req = request(ctx.app.getHttpServer()).post('/telegram/webhook');
    req.set('Content-Type', 'application/json');
    req.set('X-Telegram-Bot-Api-Secret-Token', SECRET);
    for (const [name, value] of Object.entries(headers)) req.set(name, value);
    return req.send(body);
  };
  const startUpdate = (chat: number) => JSON.stringify(updates.start(chat, `help_${tenant.project.slug}`));

  it('serves a plain update itself: 200 {ok}, request id echoed, update handled, timed in /metrics', async () => {
    const chat = nextChat++;
    const response = await raw(startUpdate(chat), { 'X-Request-Id': 'lane-req-1' }).expect(200);
    expect(response.body).toEqual({ ok: true });
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(response.headers['x-request-id']).toBe('lane-req-1');
    expect(response.headers.etag).toBeUndefined();
    expect(fake.callsOf('sendMessage', chat).length).toBeGreaterThan(0);
    const metrics = await request(ctx.app.getHttpServer()).get('/metrics').expect(200);
    expect(metrics.text).toMatch(
      /zapnoty_http_request_duration_seconds_count\{method="POST",route="\/telegram\/webhook",status="200"\} [1-9]/,
    );
  });

  it('takes a UTF-8 charset and a byte order mark as body-parser does', async () => {
    const response = await raw(`\uFEFF${startUpdate(nextChat++)}`, {
      'Content-Type': 'application/json; charset=UTF-8',
    }).expect(200);
    expect(response.body).toEqual({ ok: true });
    expect(response.headers.etag).toBeUndefined();
  });

  it('refuses malformed JSON and a scalar at the top with 400 malformed_json, in the error shape', async () => {
    for (const body of ['{"update_id": 1,', '42', 'null', '"text"']) {
      const response = await raw(body).expect(400);
      expect(response.body).toEqual({ error: 'malformed JSON body', retryable: false, code: 'malformed_json' });
      expect(response.headers['x-request-id']).toEqual(expect.any(String));
    }
  });

  it('acknowledges a body that is not an Update itself with 200: ignored, never redelivered', async () => {
    for (const body of [JSON.stringify({ hello: 'world' }), '[1, 2]', JSON.stringify({ update_id: 'x' })]) {
      const response = await raw(body).expect(200);
      expect(response.body).toEqual({ ok: true });
      expect(response.headers.etag).toBeUndefined();
    }
  });

  it('leaves a request whose body never arrives unanswered, and keeps serving', async () => {
    const server = ctx.app.getHttpServer() as Server;
    const listening = server.address() === null;
    if (listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const socket = connect((server.address() as AddressInfo).port, '127.0.0.1');
      await once(socket, 'connect');
      socket.write(
        'POST /telegram/webhook HTTP/1.1\r\nHost: lane.test\r\nContent-Type: application/json\r\n' +
          `X-Telegram-Bot-Api-Secret-Token: ${SECRET}\r\nContent-Length: 100\r\n\r\n{"update_id":`,
      );
      // The client gives up with 87 of its 100 bytes unsent.
      await new Promise((resolve) => setTimeout(resolve, 100));
      socket.destroy();
      await once(socket, 'close');
    } finally {
      if (listening) await new Promise((resolve) => server.close(resolve));
    }
    const response = await raw(startUpdate(nextChat++)).expect(200);
    expect(response.body).toEqual({ ok: true });
  });

  it('leaves every other case to Express, which answers as it always did', async () => {
    const update = startUpdate(nextChat++);
    const wrongSecret = await raw(update, { 'X-Telegram-Bot-Api-Secret-Token': 'wrong' }).expect(401);
    expect(wrongSecret.body.code).toBe('messenger_secret_invalid');
    expect(wrongSecret.headers.etag).toBeDefined();

    const nul = await raw(JSON.stringify({ ...JSON.parse(update), update_id: 1, extra: 'a\u0000b' })).expect(400);
    expect(nul.body.code).toBe('nul_character');

    // Compressed, another charset, a query string: Express reads the body (and routes the path) itself.
    // (fetch, not supertest: supertest would serialise a Buffer as JSON)
    const gzipped = await fetch(`${await ctx.listen()}/telegram/webhook`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'Content-Encoding': 'gzip',
        'X-Telegram-Bot-Api-Secret-Token': SECRET,
      },
      body: gzipSync(Buffer.from(startUpdate(nextChat++))),
    });
    expect(gzipped.status).toBe(200);
    expect(gzipped.headers.get('etag')).not.toBeNull();
    const latin1 = await raw(startUpdate(nextChat++), { 'Content-Type': 'application/json; charset=latin1' });
    expect(latin1.status).toBe(415);
    const withQuery = await request(ctx.app.getHttpServer())
      .post('/telegram/webhook?x=1')
      .set('X-Telegram-Bot-Api-Secret-Token', SECRET)
      .send(JSON.parse(startUpdate(nextChat++)))
      .expect(200);
    expect(withQuery.headers.etag).toBeDefined();
  });
});
