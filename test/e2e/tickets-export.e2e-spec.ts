import { get } from 'node:http';
import { DataSource } from 'typeorm';
import { signedInMember, TEST_PUBLIC_URL } from '../helpers/sessions.js';
import { useTestApp } from '../helpers/test-app.js';
import { createTicket } from '../helpers/tickets.js';
import { csvCell } from '../../src/tickets/csv.js';

const HEADER =
  'number,subject,status,priority,channel,customer,assignee,type,tags,created_at,first_reply_at,closed_at,csat';

/** Splits RFC 4180 text into records of cells (quoted cells may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      cells.push(cell);
      cell = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      cells.push(cell);
      records.push(cells);
      cells = [];
      cell = '';
      i++;
    } else cell += char;
  }
  return records;
}

describe('GET /v1/helpdesk/tickets/export.csv', () => {
  const ctx = useTestApp({ PUBLIC_URL: TEST_PUBLIC_URL, WORKERS_ENABLED: 'false' });
  const tenant = ctx.useProject('Export');
  const other = ctx.useProject('Other export');

  const download = async (query = '', api = tenant.api) => {
    const response = await api
      .get(`/v1/helpdesk/tickets/export.csv${query}`)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
    return { response, bytes: response.body as Buffer };
  };

  it('streams UTF-8 CSV with a BOM, quoting and formula guard, custom field columns and the list filters', async () => {
    await tenant.api
      .post('/v1/helpdesk/custom-fields', { key: 'platform', label: 'Platform', type: 'select', options: ['iOS'] })
      .expect(201);
    const plain = await createTicket(tenant.api, {
      subject: 'Не приходит код, "срочно"\nвторая строка',
      first_name: 'Анна',
      username: 'anna',
      custom_fields: { platform: 'iOS' },
    });
    const formula = await createTicket(tenant.api, { subject: '=HYPERLINK("http://evil","x")' });
    await tenant.api.patch(`/v1/helpdesk/tickets/${formula.id}/status`, { status: 'closed' }).expect(200);
    await createTicket(other.api, { subject: 'Not yours' });

    const { response, bytes } = await download();
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toContain('attachment; filename="tickets.csv"');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    const [header, ...rows] = parseCsv(text);
    expect(header.join(',')).toBe(`${HEADER},platform`);
    expect(rows.map((row) => Number(row[0]))).toEqual([formula.ticket_number, plain.ticket_number]);
    expect(rows[1]).toEqual([
      String(plain.ticket_number),
      'Не приходит код, "срочно"\nвторая строка',
      'new',
      'normal',
      'virtual',
      'Анна @anna',
      '',
      '',
      '',
      plain.created_at,
      '',
      '',
      '',
      'iOS',
    ]);
    expect(rows[0][1]).toBe(`'=HYPERLINK("http://evil","x")`);
    expect(rows[0][2]).toBe('closed');
    expect(text).not.toContain('Not yours');

    const closed = parseCsv((await download('?status=closed')).bytes.toString('utf8').slice(1));
    expect(closed.slice(1).map((row) => Number(row[0]))).toEqual([formula.ticket_number]);
    const ios = parseCsv((await download('?cf_platform=iOS')).bytes.toString('utf8').slice(1));
    expect(ios.slice(1).map((row) => Number(row[0]))).toEqual([plain.ticket_number]);
    await tenant.api.get('/v1/helpdesk/tickets/export.csv?status=gone').expect(400);
    await tenant.api.get('/v1/helpdesk/tickets/export.csv?cf_nope=1').expect(422);
    await tenant.api.get('/v1/helpdesk/tickets/export.csv?limit=5').expect(400);
    const viewer = await signedInMember(ctx.app, tenant, 'viewer');
    expect((await download('', viewer.api)).response.status).toBe(200);
  });

  it('exports every ticket across batches, newest first', async () => {
    const project = await ctx.project('Big export');
    const first = await createTicket(project.api, { subject: 'seed' });
    await ctx.app.get(DataSource).query(
      `INSERT INTO ticket (project_id, ticket_number, channel, subscriber_id, subject)
       SELECT $1, $2 + g, 'virtual', $3, 'Bulk ' || g FROM generate_series(1, 2345) g`,
      [project.project.id, first.ticket_number, first.subscriber_id],
    );
    const rows = parseCsv((await download('', project.api)).bytes.toString('utf8').slice(1)).slice(1);
    expect(rows).toHaveLength(2346);
    expect(Number(rows[0][0])).toBe(first.ticket_number + 2345);
    expect(Number(rows.at(-1)![0])).toBe(first.ticket_number);
    const numbers = rows.map((row) => Number(row[0]));
    expect(new Set(numbers).size).toBe(numbers.length);
  });

  it('stops reading when the client goes away mid-download, and keeps serving', async () => {
    const project = await ctx.project('Aborted export');
    const first = await createTicket(project.api, { subject: 'seed' });
    await ctx.app.get(DataSource).query(
      `INSERT INTO ticket (project_id, ticket_number, channel, subscriber_id, subject)
       SELECT $1, $2 + g, 'virtual', $3, repeat('x', 200) || g FROM generate_series(1, 20000) g`,
      [project.project.id, first.ticket_number, first.subscriber_id],
    );
    const baseUrl = await ctx.listen();
    const received = await new Promise<number>((resolve, reject) => {
      const request = get(
        `${baseUrl}/v1/helpdesk/tickets/export.csv`,
        { headers: { Authorization: `Bearer ${project.apiKey}` } },
        (response) => {
          let bytes = 0;
          response.on('data', (chunk: Buffer) => {
            bytes += chunk.length;
            // Gone after the first bytes, as a browser tab closed mid-download.
            if (bytes > 0) request.destroy();
          });
          response.on('close', () => resolve(bytes));
        },
      );
      request.on('error', (error) => (error.message.includes('socket hang up') ? resolve(0) : reject(error)));
    });
    expect(received).toBeLessThan(20000 * 200);
    const { response } = await download('', project.api);
    expect(response.status).toBe(200);
    await project.api.get('/v1/helpdesk/tickets?limit=1').expect(200);
  });

  it('guards every cell a spreadsheet would run as a formula', () => {
    expect(['=1+1', '+1', '-1', '@SUM(A1)', '\tx'].map(csvCell)).toEqual(["'=1+1", "'+1", "'-1", "'@SUM(A1)", "'\tx"]);
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(null)).toBe('');
  });
});
