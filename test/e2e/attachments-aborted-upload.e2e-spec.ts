import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { startUpload } from '../helpers/aborted-upload.js';
import { startServerProcess, type ServerProcess } from '../helpers/server-process.js';
import { useTestApp } from '../helpers/test-app.js';
import { waitFor } from '../helpers/webhook-receiver.js';

const MiB = 1024 * 1024;
const BOUNDARY = 'AbortedUploadBoundary';
const REPLY_ROUTE = '/v1/helpdesk/tickets/:id/reply';

/** The value of one sample of the Prometheus text (0 when the series is absent). */
function sample(metrics: string, name: string, labels: Record<string, string> = {}): number {
  for (const line of metrics.split('\n')) {
    if (!line.startsWith(name)) continue;
    const match = /^([a-z_]+)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const given = Object.fromEntries(
      [...(match[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map(([, key, value]) => [key, value]),
    );
    if (Object.entries(labels).every(([key, value]) => given[key] === value)) return Number(match[3]);
  }
  return 0;
}

// A client that gives up mid-upload: in a real server process, the handler ends at once, the uploads it
// had stored are deleted by that same request (no later upload needed to sweep them), and the request
// is logged and counted as client-closed (status 499) in /metrics.
describe('an upload aborted by the client', () => {
  const ctx = useTestApp({ WORKERS_ENABLED: 'false' });
  const tenant = ctx.useProject('Aborted uploads');
  let server: ServerProcess;
  let ticketId: string;
  ctx.beforeClose(() => server?.stop('SIGKILL'));

  beforeAll(async () => {
    server = await startServerProcess(
      { DATABASE_URL: process.env.DATABASE_URL, DEMO_PROJECT: 'false', WORKERS_ENABLED: 'false' },
      60_000,
    );
    ticketId = (await tenant.api.post('/v1/helpdesk/tickets', { text: 'A big file follows' }).expect(201)).body.id;
  });

  const storedForTicket = async () =>
    (
      await ctx.app.get(DataSource).query(
        `SELECT (SELECT count(*)::int FROM attachment WHERE ticket_id = $1) AS rows,
                (SELECT count(*)::int FROM attachment_chunk c JOIN attachment a ON a.id = c.attachment_id
                  WHERE a.ticket_id = $1) AS chunks`,
        [ticketId],
      )
    )[0] as { rows: number; chunks: number };
  const metrics = async () => (await fetch(`${server.url}/metrics`)).text();

  it('ends at once, deletes its partial rows and chunks, is logged and counted as client-closed', async () => {
    const closedBefore = sample(await metrics(), 'zapnoty_http_request_duration_seconds_count', {
      route: REPLY_ROUTE,
      status: '499',
    });
    const head = Buffer.from(
      `--${BOUNDARY}\r\nContent-Disposition: form-data; name="text"\r\n\r\nhere it comes\r\n` +
        `--${BOUNDARY}\r\nContent-Disposition: form-data; name="files"; filename="one.pdf"\r\n` +
        'Content-Type: application/pdf\r\n\r\n',
    );
    const upload = startUpload(Number(new URL(server.url).port), `/v1/helpdesk/tickets/${ticketId}/reply`, {
      authorization: `Bearer ${tenant.apiKey}`,
      'content-type': `multipart/form-data; boundary=${BOUNDARY}`,
      // Announces a 16 MiB body; only the head and 2 MiB of the file are ever sent.
      'content-length': String(16 * MiB),
    });
    await upload.write(head);
    for (let sent = 0; sent < 2 * MiB; sent += 256 * 1024) await upload.write(randomBytes(256 * 1024));

    // The upload is half stored: its row and some 256 KiB chunks are in the database.
    await waitFor(async () => (await storedForTicket()).chunks >= 2, 'the first chunks of the upload stored');
    await upload.abort(0);

    // No other request runs: the aborted request itself removes what it stored.
    await waitFor(async () => {
      const left = await storedForTicket();
      return left.rows === 0 && left.chunks === 0;
    }, 'the partial upload deleted');
    const text = await waitFor(async () => {
      const current = await metrics();
      return sample(current, 'zapnoty_uploads_in_progress') === 0 ? current : '';
    }, 'no upload left in progress');
    expect(sample(text, 'zapnoty_http_request_duration_seconds_count', { route: REPLY_ROUTE, status: '499' })).toBe(
      closedBefore + 1,
    );
    expect(upload.answered()).toBeNull();

    const abortLines = () =>
      server
        .output()
        .split('\n')
        .filter((line) => line.includes('upload aborted by the client'));
    await waitFor(() => abortLines().length > 0, 'the abort logged');
    const logged = abortLines();
    expect(logged).toHaveLength(1);
    expect(JSON.parse(logged[0]!)).toMatchObject({ project_id: tenant.project.id, ticket_id: ticketId });
    expect(logged[0]).not.toContain(tenant.apiKey);

    // The ticket got no message from it, and the server still serves.
    const details = (await tenant.api.get(`/v1/helpdesk/tickets/${ticketId}`).expect(200)).body;
    expect(details.messages).toHaveLength(1);
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
  });
});
