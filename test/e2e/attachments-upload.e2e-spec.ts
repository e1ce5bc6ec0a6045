import { randomBytes } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { download, sha256 } from '../helpers/downloads.js';
import { TestProject, useTestApp } from '../helpers/test-app.js';

const MiB = 1024 * 1024;

/** Sends a hand-written body (a broken multipart) and returns status and JSON. */
function rawPost(
  app: NestExpressApplication,
  path: string,
  apiKey: string,
  contentType: string,
  body: Buffer,
): Promise<{ status: number; body: any }> {
  const { port } = app.getHttpServer().address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        path,
        method: 'POST',
        headers: { authorization: `Bearer ${apiKey}`, 'content-type': contentType, 'content-length': body.length },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode!, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe('Agent file replies (multipart) and attachment downloads', () => {
  const ctx = useTestApp({ WORKERS_ENABLED: 'false' });
  const tenant = ctx.useProject('Uploads');
  const other = ctx.useProject('Other tenant');
  let ticketId: string;

  const reply = (project: TestProject, id: string) =>
    request(ctx.app.getHttpServer())
      .post(`/v1/helpdesk/tickets/${id}/reply`)
      .set('Authorization', `Bearer ${project.apiKey}`);
  const stored = async () =>
    (
      await ctx.app.get(DataSource).query('SELECT count(*)::int AS n FROM attachment WHERE ticket_id = $1', [ticketId])
    )[0].n;
  const messageCount = async () =>
    (await tenant.api.get(`/v1/helpdesk/tickets/${ticketId}`).expect(200)).body.messages.length;

  beforeAll(async () => {
    await ctx.listen();
    ticketId = (await tenant.api.post('/v1/helpdesk/tickets', { text: 'Please send the invoice' }).expect(201)).body.id;
  });

  it('stores a 20 MiB file and streams it back byte-identical (sha256), with type, length and file name', async () => {
    const file = randomBytes(20 * MiB);
    const response = await reply(tenant, ticketId)
      .field('text', 'the invoice')
      .attach('files', file, { filename: 'Счёт "март".pdf', contentType: 'application/pdf' })
      .expect(201);
    const [attachment] = response.body.message.attachments;
    expect(attachment).toMatchObject({
      type: 'document',
      mime_type: 'application/pdf',
      size: file.length,
      file_name: 'Счёт _март_.pdf',
      error: null,
    });
    const back = await download(tenant.api, attachment.url).expect(200);
    expect(back.headers['content-type']).toBe('application/pdf');
    expect(back.headers['content-length']).toBe(String(file.length));
    expect(back.headers['content-disposition']).toBe(
      `attachment; filename="____ ______.pdf"; filename*=UTF-8''${encodeURIComponent('Счёт _март_.pdf')}`,
    );
    expect(sha256(back.body)).toBe(sha256(file));
  });

  it('lists the files of a message in the ticket details', async () => {
    const response = await reply(tenant, ticketId)
      .attach('files', Buffer.from('a'), { filename: 'a.txt', contentType: 'text/plain' })
      .attach('files', Buffer.from('bb'), { filename: 'b.csv', contentType: 'text/csv' })
      .expect(201);
    const details = (await tenant.api.get(`/v1/helpdesk/tickets/${ticketId}`).expect(200)).body;
    const message = details.messages.find((m: { id: string }) => m.id === response.body.message.id);
    expect(message.attachments.map((a: { file_name: string; size: number }) => [a.file_name, a.size])).toEqual([
      ['a.txt', 1],
      ['b.csv', 2],
    ]);
    expect(message.text).toBe('');
  });

  it('keeps an internal note with a file internal', async () => {
    const response = await reply(tenant, ticketId)
      .field('internal', 'true')
      .field('text', 'for us')
      .attach('files', Buffer.from('x'), { filename: 'x.txt', contentType: 'text/plain' })
      .expect(201);
    expect(response.body.message).toMatchObject({ internal: true, delivery: null });
  });

  it('replays an Idempotency-Key with the same files without storing them twice', async () => {
    const before = await stored();
    const send = () =>
      reply(tenant, ticketId)
        .set('Idempotency-Key', `files-${ticketId}`)
        .field('text', 'once')
        .attach('files', Buffer.from('same bytes'), { filename: 's.txt', contentType: 'text/plain' });
    const first = await send().expect(201);
    const second = await send().expect(201);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(second.body).toEqual(first.body);
    expect(await stored()).toBe(before + 1);
  });

  describe('refused uploads store nothing', () => {
    const cases: Array<[string, number, (req: request.Test) => request.Test, RegExp]> = [
      [
        'a file over 20 MiB',
        413,
        (req) =>
          req.attach('files', Buffer.alloc(20 * MiB + 1), {
            filename: 'big.bin',
            contentType: 'application/octet-stream',
          }),
        /larger than 20971520 bytes/,
      ],
      [
        '11 files',
        422,
        (req) =>
          Array.from({ length: 11 }).reduce<request.Test>(
            (r, _, i) => r.attach('files', Buffer.from(`f${i}`), { filename: `f${i}.txt`, contentType: 'text/plain' }),
            req,
          ),
        /at most 10 files/,
      ],
      [
        'an empty file',
        422,
        (req) => req.attach('files', Buffer.alloc(0), { filename: 'empty.txt', contentType: 'text/plain' }),
        /is empty/,
      ],
      [
        'a file part with another name',
        400,
        (req) => req.attach('file', Buffer.from('x'), { filename: 'x.txt', contentType: 'text/plain' }),
        /parts named "files"/,
      ],
      [
        'an unknown field',
        400,
        (req) =>
          req.field('canned', 'x').attach('files', Buffer.from('x'), { filename: 'x.txt', contentType: 'text/plain' }),
        /unknown field "canned"/,
      ],
      [
        'a type the messenger cannot send',
        415,
        (req) =>
          req
            .field('text', 'run me')
            .attach('files', Buffer.from('MZ'), { filename: 'setup.exe', contentType: 'application/x-msdownload' }),
        /cannot send/,
      ],
      [
        'neither text nor files',
        400,
        (req) => req.field('internal', 'false'),
        /needs a text field or at least one part/,
      ],
      ['a blank text without files', 422, (req) => req.field('text', '   '), /must not be empty/],
      [
        'a text over 4096 characters',
        422,
        (req) =>
          req
            .field('text', 'x'.repeat(4097))
            .attach('files', Buffer.from('x'), { filename: 'x.txt', contentType: 'text/plain' }),
        /4096/,
      ],
      [
        'internal that is not a boolean',
        400,
        (req) =>
          req
            .field('internal', 'maybe')
            .attach('files', Buffer.from('x'), { filename: 'x.txt', contentType: 'text/plain' }),
        /internal must be true or false/,
      ],
    ];

    it.each(cases)('%s → %d', async (_name, status, build, message) => {
      const [attachmentsBefore, messagesBefore] = [await stored(), await messageCount()];
      const response = await build(reply(tenant, ticketId)).expect(status);
      expect(response.body).toEqual({
        error: expect.stringMatching(message),
        retryable: false,
        code: expect.any(String),
      });
      expect(await stored()).toBe(attachmentsBefore);
      expect(await messageCount()).toBe(messagesBefore);
      expect(
        (
          await ctx.app
            .get(DataSource)
            .query('SELECT count(*)::int AS n FROM attachment WHERE message_id IS NULL AND project_id = $1', [
              tenant.project.id,
            ])
        )[0].n,
      ).toBe(0);
    });

    it('a broken multipart body (cut off mid-file) → 400', async () => {
      const before = await stored();
      const body = Buffer.concat([
        Buffer.from(
          '--XyZ\r\nContent-Disposition: form-data; name="files"; filename="a.txt"\r\nContent-Type: text/plain\r\n\r\n',
        ),
        randomBytes(300_000),
      ]);
      const response = await rawPost(
        ctx.app,
        `/v1/helpdesk/tickets/${ticketId}/reply`,
        tenant.apiKey,
        'multipart/form-data; boundary=XyZ',
        body,
      );
      expect(response.status).toBe(400);
      expect(response.body.error).toMatch(/malformed multipart/);
      expect(await stored()).toBe(before);
    });

    it('a multipart content type without a boundary → 400', async () => {
      const response = await rawPost(
        ctx.app,
        `/v1/helpdesk/tickets/${ticketId}/reply`,
        tenant.apiKey,
        'multipart/form-data',
        Buffer.from('text=hi'),
      );
      expect(response.status).toBe(400);
      expect(response.body.error).toMatch(/malformed multipart/);
    });

    it("another project's ticket → 404 before anything is stored", async () => {
      const before = (await ctx.app.get(DataSource).query('SELECT count(*)::int AS n FROM attachment'))[0].n;
      await reply(other, ticketId)
        .attach('files', Buffer.from('x'), { filename: 'x.txt', contentType: 'text/plain' })
        .expect(404);
      expect(
        (await ctx.app.get(DataSource).query('SELECT count(*)::int AS n FROM attachment'))[0].n,
      ).toBeLessThanOrEqual(before);
    });
  });

  it("answers another project's download, an unknown attachment and a malformed id with 404", async () => {
    const response = await reply(tenant, ticketId)
      .attach('files', Buffer.from('mine'), { filename: 'm.txt', contentType: 'text/plain' })
      .expect(201);
    const url = response.body.message.attachments[0].url as string;
    await other.api.get(url).expect(404);
    await tenant.api
      .get(`/v1/helpdesk/tickets/${ticketId}/attachments/00000000-0000-4000-8000-000000000000`)
      .expect(404);
    await tenant.api.get(`/v1/helpdesk/tickets/${ticketId}/attachments/not-a-uuid`).expect(404);
    await request(ctx.app.getHttpServer()).get(url).expect(401);
  });
});
