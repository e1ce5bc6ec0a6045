import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { type FuzzResponse, RawHttp } from '../helpers/fuzz.js';
import { startUpload } from '../helpers/aborted-upload.js';
import { startServerProcess, type ServerProcess } from '../helpers/server-process.js';
import { useTestApp } from '../helpers/test-app.js';
import { waitFor } from '../helpers/webhook-receiver.js';

/**
 * Broken, hostile and aborted multipart/form-data replies sent to a real server process (an in-process
 * crash would take jest down with it). After each body: the process still answers GET /health, the answer
 * (if any) is a 4xx in the `{error, retryable, code}` shape, and nothing of the reply was stored (no
 * attachment row or chunk, no message, no credit charged).
 */
const B = 'FuzzBoundary7MA4YWxk';
const CRLF = '\r\n';
const MALFORMED = 'malformed_multipart';

const fieldPart = (name: string, value: string, boundary = B) =>
  `--${boundary}${CRLF}Content-Disposition: form-data; name="${name}"${CRLF}${CRLF}${value}${CRLF}`;
const fileHead = (fileName: string, type = 'text/plain', boundary = B) =>
  `--${boundary}${CRLF}Content-Disposition: form-data; name="files"; filename="${fileName}"${CRLF}` +
  `Content-Type: ${type}${CRLF}${CRLF}`;
const filePart = (fileName: string, data: string | Buffer, type = 'text/plain') =>
  Buffer.concat([Buffer.from(fileHead(fileName, type)), Buffer.from(data), Buffer.from(CRLF)]);
const closing = (boundary = B) => `--${boundary}--${CRLF}`;
const multipartType = (boundary = B) => `multipart/form-data; boundary=${boundary}`;

interface Variant {
  label: string;
  contentType: string;
  body: Buffer;
  /** The exact refusal code expected; otherwise any 4xx in the error shape. */
  code?: string;
  headers?: Record<string, string>;
}

/** `body` as HTTP/1.1 chunks of 1000 bytes, with the last chunk: the request itself is complete. */
function chunked(body: Buffer): Buffer {
  const pieces: Buffer[] = [];
  for (let offset = 0; offset < body.length; offset += 1000) {
    const piece = body.subarray(offset, offset + 1000);
    pieces.push(Buffer.from(`${piece.length.toString(16)}\r\n`), piece, Buffer.from('\r\n'));
  }
  return Buffer.concat([...pieces, Buffer.from('0\r\n\r\n')]);
}

function variants(): Variant[] {
  const manyFiles = Array.from({ length: 3000 }, (_, index) => filePart(`f${index}.txt`, 'x'));
  const manyFields = Array.from({ length: 3000 }, (_, index) => fieldPart(`field${index}`, 'x')).join('');
  return [
    {
      label: 'truncated inside a small file part',
      contentType: multipartType(),
      body: Buffer.from(fieldPart('text', 'hello') + fileHead('a.txt') + 'partial'),
      code: MALFORMED,
    },
    {
      label: 'truncated inside a large file part',
      contentType: multipartType(),
      body: Buffer.concat([Buffer.from(fileHead('a.bin', 'application/pdf')), randomBytes(700_000)]),
      code: MALFORMED,
    },
    {
      label: 'truncated inside the second file (the first still being stored)',
      contentType: multipartType(),
      body: Buffer.concat([
        filePart('one.pdf', randomBytes(600_000), 'application/pdf'),
        Buffer.from(fileHead('two.txt')),
        Buffer.from('cut here'),
      ]),
      code: MALFORMED,
    },
    {
      label: 'truncated inside a file after a refused part',
      contentType: multipartType(),
      body: Buffer.from(fieldPart('unknown', 'x') + fileHead('a.txt') + 'partial'),
      code: MALFORMED,
    },
    {
      label: 'truncated inside a file of an unsendable type',
      contentType: multipartType(),
      body: Buffer.from(fileHead('setup.exe', 'application/x-msdownload') + 'MZ'),
      code: MALFORMED,
    },
    {
      label: 'truncated inside part headers',
      contentType: multipartType(),
      body: Buffer.from(`--${B}${CRLF}Content-Disposition: form-data; name="files"; filen`),
      code: MALFORMED,
    },
    {
      label: 'truncated after the part headers of a file',
      contentType: multipartType(),
      body: Buffer.from(fileHead('a.txt')),
      code: MALFORMED,
    },
    {
      label: 'truncated before the closing boundary of a field',
      contentType: multipartType(),
      body: Buffer.from(fieldPart('text', 'hello')),
      code: MALFORMED,
    },
    {
      label: 'a wrong boundary',
      contentType: multipartType('SomethingElse'),
      body: Buffer.from(fieldPart('text', 'hello') + closing()),
      code: MALFORMED,
    },
    {
      label: 'a wrong boundary with a file',
      contentType: multipartType('SomethingElse'),
      body: Buffer.concat([filePart('a.txt', 'hello'), Buffer.from(closing())]),
      code: MALFORMED,
    },
    {
      label: 'no boundary parameter',
      contentType: 'multipart/form-data',
      body: Buffer.from(fieldPart('text', 'hello') + closing()),
      code: MALFORMED,
    },
    {
      label: 'an empty boundary parameter',
      contentType: 'multipart/form-data; boundary=',
      body: Buffer.from(fieldPart('text', 'hello') + closing()),
      code: MALFORMED,
    },
    {
      label: 'a 5000-character boundary, truncated',
      contentType: multipartType('b'.repeat(5000)),
      body: Buffer.from(fieldPart('text', 'hello', 'b'.repeat(5000))),
      code: MALFORMED,
    },
    {
      label: 'a 64 KiB part header',
      contentType: multipartType(),
      body: Buffer.from(
        `--${B}${CRLF}Content-Disposition: form-data; name="text"${CRLF}X-Pad: ${'p'.repeat(64 * 1024)}${CRLF}${CRLF}` +
          `hello${CRLF}${closing()}`,
      ),
      code: MALFORMED,
    },
    {
      label: 'a file part with 3000 header lines',
      contentType: multipartType(),
      body: Buffer.concat([
        Buffer.from(`--${B}${CRLF}Content-Disposition: form-data; name="files"; filename="a.txt"${CRLF}`),
        Buffer.from(Array.from({ length: 3000 }, (_, index) => `X-H${index}: v${CRLF}`).join('')),
        Buffer.from(`Content-Type: text/plain${CRLF}${CRLF}data${CRLF}${closing()}`),
      ]),
      code: MALFORMED,
    },
    {
      label: '3000 file parts',
      contentType: multipartType(),
      body: Buffer.concat([...manyFiles, Buffer.from(closing())]),
    },
    {
      label: '3000 field parts',
      contentType: multipartType(),
      body: Buffer.from(manyFields + closing()),
    },
    {
      label: '3000 file parts, truncated',
      contentType: multipartType(),
      body: Buffer.concat([...manyFiles, Buffer.from(fileHead('last.txt'))]),
      code: MALFORMED,
    },
    {
      label: 'nested multipart/mixed as a file part',
      contentType: multipartType(),
      body: Buffer.from(
        `--${B}${CRLF}Content-Disposition: form-data; name="files"; filename="inner"${CRLF}` +
          `Content-Type: multipart/mixed; boundary=Inner${CRLF}${CRLF}` +
          `--Inner${CRLF}Content-Disposition: file; filename="a.txt"${CRLF}Content-Type: text/plain${CRLF}${CRLF}` +
          `a${CRLF}--Inner--${CRLF}${CRLF}${closing()}`,
      ),
      code: MALFORMED,
    },
    {
      label: 'nested multipart/mixed as the text field',
      contentType: multipartType(),
      body: Buffer.from(
        `--${B}${CRLF}Content-Disposition: form-data; name="text"${CRLF}` +
          `Content-Type: multipart/mixed; boundary=Inner${CRLF}${CRLF}` +
          `--Inner${CRLF}Content-Type: text/plain${CRLF}${CRLF}hello${CRLF}--Inner--${CRLF}${CRLF}${closing()}`,
      ),
      code: MALFORMED,
    },
    {
      label: 'nested multipart/form-data reusing the outer boundary',
      contentType: multipartType(),
      body: Buffer.from(
        `--${B}${CRLF}Content-Disposition: form-data; name="files"; filename="inner"${CRLF}` +
          `Content-Type: multipart/form-data; boundary=${B}${CRLF}${CRLF}${fieldPart('text', 'x')}${closing()}`,
      ),
    },
    {
      label: 'bare LF line endings, truncated',
      contentType: multipartType(),
      body: Buffer.from(`--${B}\nContent-Disposition: form-data; name="text"\n\nhello\n--${B}--`),
      code: MALFORMED,
    },
    {
      label: 'random bytes',
      contentType: multipartType(),
      body: randomBytes(50_000),
      code: MALFORMED,
    },
    {
      label: 'chunked transfer, truncated inside a file part',
      contentType: multipartType(),
      headers: { 'Transfer-Encoding': 'chunked' },
      body: chunked(Buffer.concat([Buffer.from(fileHead('a.pdf', 'application/pdf')), randomBytes(20_000)])),
      code: MALFORMED,
    },
    {
      label: 'multipart/mixed at the top level',
      contentType: 'multipart/mixed; boundary=' + B,
      body: Buffer.from(fieldPart('text', 'hello') + closing()),
    },
    {
      label: 'an empty body',
      contentType: multipartType(),
      body: Buffer.alloc(0),
      code: MALFORMED,
    },
  ];
}

describe('fuzzing multipart replies against a server process', () => {
  const ctx = useTestApp({ WORKERS_ENABLED: 'false' });
  const tenant = ctx.useProject('Multipart fuzz');
  let server: ServerProcess;
  let http: RawHttp;
  let port: number;
  let ticketId: string;
  ctx.beforeClose(async () => {
    http?.close();
    await server?.stop('SIGKILL');
  });

  beforeAll(async () => {
    server = await startServerProcess(
      {
        DATABASE_URL: process.env.DATABASE_URL,
        DEMO_PROJECT: 'false',
        WORKERS_ENABLED: 'false',
        RATE_LIMIT_PER_MINUTE: '10000000',
      },
      60_000,
    );
    port = Number(new URL(server.url).port);
    http = new RawHttp(port);
    ticketId = (await tenant.api.post('/v1/helpdesk/tickets', { text: 'Fuzz my uploads' }).expect(201)).body.id;
  });

  /** What a reply could leave behind: its uploads (rows and chunks), its message, its charge. */
  const footprint = async () => {
    const [row] = await ctx.app.get(DataSource).query(
      `SELECT (SELECT count(*)::int FROM attachment WHERE ticket_id = $1) AS attachments,
              (SELECT count(*)::int FROM attachment_chunk c JOIN attachment a ON a.id = c.attachment_id
                WHERE a.ticket_id = $1) AS chunks,
              (SELECT count(*)::int FROM ticket_message WHERE ticket_id = $1) AS messages,
              (SELECT count(*)::int FROM credit_ledger_entry WHERE project_id = $2) AS ledger,
              (SELECT coalesce(json_agg(json_build_object('free', free_used, 'balance', balance,
                 'replies', replies_this_month)), '[]'::json)::text
                 FROM credit_account WHERE project_id = $2) AS account`,
      [ticketId, tenant.project.id],
    );
    return row as Record<string, number | string>;
  };

  const expectAlive = async (label: string) => {
    const health = await fetch(`${server.url}/health`).then(
      (response) => response.status,
      () => 'unreachable',
    );
    expect({ label, health, exitCode: server.process.exitCode, signal: server.process.signalCode }).toEqual({
      label,
      health: 200,
      exitCode: null,
      signal: null,
    });
  };

  const expectRefusal = (label: string, response: FuzzResponse, code?: string) => {
    let body: unknown = response.body;
    try {
      body = JSON.parse(response.body);
    } catch {
      // Left as text: the comparison below shows it.
    }
    expect({ label, status: response.status, reset: response.reset, body }).toEqual({
      label,
      status: code === MALFORMED ? 400 : response.status >= 400 && response.status < 500 ? response.status : '4xx',
      reset: false,
      body: { error: expect.any(String), retryable: expect.any(Boolean), code: code ?? expect.any(String) },
    });
  };

  it('answers every broken body with a 4xx, stays up, and stores nothing', async () => {
    const before = await footprint();
    for (const variant of variants()) {
      const response = await http.send({
        method: 'POST',
        path: `/v1/helpdesk/tickets/${ticketId}/reply`,
        headers: {
          Authorization: `Bearer ${tenant.apiKey}`,
          'Content-Type': variant.contentType,
          ...variant.headers,
        },
        body: variant.body,
      });
      await expectAlive(variant.label);
      expectRefusal(variant.label, response, variant.code);
      expect({ label: variant.label, stored: await footprint() }).toEqual({ label: variant.label, stored: before });
    }
  });

  it('survives uploads the client aborts mid-body (inside a file, inside headers, between files)', async () => {
    const before = await footprint();
    const bodies: Array<[string, Buffer]> = [
      [
        'inside a large file',
        Buffer.concat([Buffer.from(fileHead('big.pdf', 'application/pdf')), randomBytes(900_000)]),
      ],
      ['inside part headers', Buffer.from(`--${B}${CRLF}Content-Disposition: form-data; name="fi`)],
      [
        'between two files',
        Buffer.concat([filePart('one.pdf', randomBytes(400_000), 'application/pdf'), Buffer.from(`--${B}`)]),
      ],
      ['after a refused part', Buffer.from(fieldPart('unknown', 'x') + fileHead('a.txt') + 'partial')],
    ];
    for (const [label, sent] of bodies) {
      const upload = startUpload(port, `/v1/helpdesk/tickets/${ticketId}/reply`, {
        authorization: `Bearer ${tenant.apiKey}`,
        'content-type': multipartType(),
        'content-length': String(sent.length * 4),
      });
      await upload.write(sent);
      await upload.abort();
      await expectAlive(`aborted ${label}`);
      await waitFor(
        async () => JSON.stringify(await footprint()) === JSON.stringify(before),
        `nothing stored after an upload aborted ${label}`,
      );
    }
  });
});
