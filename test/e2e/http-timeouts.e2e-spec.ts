import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { useTestApp } from '../helpers/test-app.js';

const HEADERS_TIMEOUT_MS = 1000;
const JSON_BODY_TIMEOUT_MS = 1000;
/** Far longer than a slow client below takes, and than Node's own checks: bounds the wait in each test. */
const GIVE_UP_MS = 10_000;

interface Exchange {
  /** Everything the server sent back. */
  response: string;
  /** The server closed the connection (as opposed to the client giving up after GIVE_UP_MS). */
  closedByServer: boolean;
}

/**
 * A hand-driven HTTP/1.1 client: writes `head`, then one chunk every `intervalMs`, and collects the answer
 * until the server closes the connection or GIVE_UP_MS passes.
 */
function exchange(port: number, head: string, chunks: Buffer[] = [], intervalMs = 0): Promise<Exchange> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let response = '';
    let done = false;
    const finish = (closedByServer: boolean) => {
      if (done) return;
      done = true;
      clearInterval(writer);
      clearTimeout(giveUp);
      socket.destroy();
      resolve({ response, closedByServer });
    };
    socket.on('data', (data: Buffer) => (response += data.toString('utf8')));
    socket.on('error', () => finish(true));
    socket.on('close', () => finish(true));
    socket.write(head);
    const pending = [...chunks];
    const writer = setInterval(() => {
      const next = pending.shift();
      if (next && !socket.destroyed && socket.writable) socket.write(next);
    }, intervalMs || 1);
    const giveUp = setTimeout(() => finish(false), GIVE_UP_MS);
  });
}

function split(body: Buffer, parts: number): Buffer[] {
  const size = Math.ceil(body.length / parts);
  return Array.from({ length: parts }, (_, index) => body.subarray(index * size, (index + 1) * size));
}

function statusOf(response: string): number {
  return Number(/^HTTP\/1\.1 (\d{3})/.exec(response)?.[1]);
}

function jsonOf(response: string): unknown {
  return JSON.parse(response.slice(response.indexOf('\r\n\r\n') + 4));
}

describe('HTTP timeouts: short for headers and JSON bodies, long enough for uploads', () => {
  const ctx = useTestApp({
    HTTP_HEADERS_TIMEOUT_MS: String(HEADERS_TIMEOUT_MS),
    HTTP_JSON_BODY_TIMEOUT_MS: String(JSON_BODY_TIMEOUT_MS),
    HTTP_UPLOAD_TIMEOUT_MS: '60000',
    HTTP_KEEP_ALIVE_TIMEOUT_MS: '4000',
    WORKERS_ENABLED: 'false',
  });
  const tenant = ctx.useProject('Timeouts');
  let port: number;
  let ticketId: string;

  beforeAll(async () => {
    await ctx.listen();
    port = (ctx.app.getHttpServer().address() as AddressInfo).port;
    ticketId = (await tenant.api.post('/v1/helpdesk/tickets', { text: 'slow clients' }).expect(201)).body.id;
  });

  it('sets the server timeouts from the environment', () => {
    const server = ctx.app.getHttpServer();
    expect({
      headersTimeout: server.headersTimeout,
      requestTimeout: server.requestTimeout,
      keepAliveTimeout: server.keepAliveTimeout,
    }).toEqual({ headersTimeout: HEADERS_TIMEOUT_MS, requestTimeout: 60_000, keepAliveTimeout: 4000 });
  });

  it('disconnects a client that never finishes its headers', async () => {
    const result = await exchange(port, 'GET /health/live HTTP/1.1\r\nHost: timeouts.test\r\nX-Slow: ');
    expect(result.closedByServer).toBe(true);
    expect(statusOf(result.response)).toBe(408);
  });

  it('answers 408 request_timeout and closes when a JSON body dribbles in slower than its deadline', async () => {
    const body = Buffer.from(JSON.stringify({ text: 'x'.repeat(400) }));
    const head =
      'POST /v1/helpdesk/tickets HTTP/1.1\r\nHost: timeouts.test\r\n' +
      `Authorization: Bearer ${tenant.apiKey}\r\nContent-Type: application/json\r\n` +
      `Content-Length: ${body.length}\r\n\r\n`;
    // 40 pieces, one every 250 ms: 10 s for the whole body, far beyond the 1 s deadline.
    const result = await exchange(port, head, split(body, 40), 250);
    expect(result.closedByServer).toBe(true);
    expect(statusOf(result.response)).toBe(408);
    expect(result.response).toMatch(/\r\nCache-Control: no-store\r\n/i);
    expect(jsonOf(result.response)).toEqual({
      error: 'the request body did not arrive in time',
      retryable: true,
      code: 'request_timeout',
    });
  });

  it('gives the messenger webhook lane (outside Express) the same JSON deadline', async () => {
    const body = Buffer.from(JSON.stringify({ update_id: 1, message: { text: 'y'.repeat(400) } }));
    const head =
      'POST /telegram/webhook HTTP/1.1\r\nHost: timeouts.test\r\nContent-Type: application/json\r\n' +
      `Content-Length: ${body.length}\r\n\r\n`;
    const result = await exchange(port, head, split(body, 40), 250);
    expect(result.closedByServer).toBe(true);
    expect(statusOf(result.response)).toBe(408);
    expect(jsonOf(result.response)).toMatchObject({ code: 'request_timeout' });
    // Logged (with a request id) and timed like every other answer.
    expect(result.response).toMatch(/\r\nX-Request-Id: [\w-]+\r\n/i);
    const metrics = await request(ctx.app.getHttpServer()).get('/metrics').expect(200);
    expect(metrics.text).toMatch(
      /zapnoty_http_request_duration_seconds_count\{method="POST",route="\/telegram\/webhook",status="408"\} 1/,
    );
  });

  it('takes a multipart upload that arrives slowly but steadily, past the JSON deadline', async () => {
    const boundary = 'slow-upload-boundary';
    const file = Buffer.alloc(64 * 1024, 'z');
    const body = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="internal"\r\n\r\ntrue\r\n` +
          `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="slow.txt"\r\n` +
          'Content-Type: text/plain\r\n\r\n',
      ),
      file,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const head =
      `POST /v1/helpdesk/tickets/${ticketId}/reply HTTP/1.1\r\nHost: timeouts.test\r\n` +
      `Authorization: Bearer ${tenant.apiKey}\r\nContent-Type: multipart/form-data; boundary=${boundary}\r\n` +
      `Content-Length: ${body.length}\r\nConnection: close\r\n\r\n`;
    // 12 pieces, one every 250 ms: about 3 s, three times the JSON deadline.
    const result = await exchange(port, head, split(body, 12), 250);
    expect(statusOf(result.response)).toBe(201);
    expect(jsonOf(result.response)).toMatchObject({
      message: { internal: true, attachments: [expect.objectContaining({ size: file.length })] },
    });
  });
});
