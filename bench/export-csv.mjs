#!/usr/bin/env node
// Time and server memory of the CSV export (GET /v1/helpdesk/tickets/export.csv) over many tickets.
//
//   npm run build
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/zn_export_bench node bench/export-csv.mjs [tickets...]
//
// Starts the real server (dist/src/main.js) on DATABASE_URL, creates a project with the CLI, seeds it in SQL
// (tickets with a customer, an assignee, tags and two custom field values each), then for each size (default
// 10,000 and 100,000 tickets) downloads the whole export twice: as fast as the client can read, and through a
// slow reader (64 KiB every 10 ms) that makes the server wait on backpressure. The server's RSS is sampled
// every 5 ms from /proc/<pid>/status; each line reports the baseline before the download, the peak during it,
// the time, the bytes and the rows received (checked against the number of tickets).
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import pg from 'pg';

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) throw new Error('set DATABASE_URL (a PostgreSQL the bench may write to)');
const sizes = (process.argv.slice(2).length ? process.argv.slice(2) : ['10000', '100000']).map(Number);

const env = { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', DEMO_PROJECT: 'false' };
const server = spawn(process.execPath, ['--max-old-space-size=512', 'dist/src/main.js'], {
  env: { ...env, LOG_LEVEL: 'info', WORKERS_ENABLED: 'false' },
  stdio: ['ignore', 'pipe', 'inherit'],
});
const baseUrl = await new Promise((resolve, reject) => {
  let out = '';
  server.stdout.on('data', (chunk) => {
    out += chunk;
    const match = /"msg":"listening","url":"([^"]+)"/.exec(out);
    if (match) resolve(match[1]);
  });
  server.on('exit', (code) => reject(new Error(`server exited ${code}`)));
});
server.stdout.resume();

const rssKiB = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${server.pid}/status`, 'utf8'))[1]);
const db = new pg.Client({ connectionString: databaseUrl });
await db.connect();

async function seed(projectId, tickets) {
  await db.query(
    `INSERT INTO team_member (project_id, email, name, role)
    SELECT $1, 'export-agent-' || g || '-' || $2 || '@example.com', 'Агент ' || g, 'support'
    FROM generate_series(1, 10) g`,
    [projectId, String(tickets)],
  );
  await db.query(
    `INSERT INTO subscriber (project_id, channel, chat_id, first_name, username, contacted_at)
    SELECT $1, 'telegram', 2000000000 + g, 'Клиент ' || g, 'customer_' || g, now() FROM generate_series(1, 1000) g`,
    [projectId],
  );
  await db.query(
    `INSERT INTO custom_field (project_id, key, label, type, options) VALUES
    ($1, 'order_id', 'Order', 'text', '{}'), ($1, 'platform', 'Platform', 'select', '{iOS,Android,Web}')`,
    [projectId],
  );
  await db.query(
    `WITH agents AS (SELECT array_agg(id) AS ids FROM team_member WHERE project_id = $1),
          customers AS (SELECT array_agg(id) AS ids FROM subscriber WHERE project_id = $1)
     INSERT INTO ticket (project_id, ticket_number, subject, status, priority, channel, subscriber_id, assigned_to,
                         tags, csat_rating, first_reply_at, closed_at, custom_fields, created_at)
     SELECT $1, g, 'Не приходит код, заказ №' || g, (ARRAY['new','in_progress','waiting','closed'])[1 + g % 4],
            'normal', 'telegram', customers.ids[1 + g % 1000], agents.ids[1 + g % 10], ARRAY['billing', 'vip'],
            CASE WHEN g % 4 = 3 THEN 1 + g % 5 END, now(), CASE WHEN g % 4 = 3 THEN now() END,
            jsonb_build_object('order_id', 'A-' || g, 'platform', (ARRAY['iOS','Android','Web'])[1 + g % 3]),
            now() - make_interval(mins => $2 - g)
       FROM generate_series(1, $2) g, agents, customers`,
    [projectId, tickets],
  );
  await db.query(`INSERT INTO ticket_number_counter (project_id, last_number) VALUES ($1, $2)`, [projectId, tickets]);
  await db.query('ANALYZE ticket');
}

async function download(apiKey, slow) {
  const response = await fetch(`${baseUrl}/v1/helpdesk/tickets/export.csv`, {
    headers: { Authorization: `Bearer ${apiKey}` },
  });
  if (response.status !== 200) throw new Error(`export answered ${response.status}`);
  let bytes = 0;
  let rows = 0;
  const reader = response.body.getReader({ mode: 'byob' });
  let buffer = new ArrayBuffer(64 * 1024);
  for (;;) {
    const { done, value } = await reader.read(new Uint8Array(buffer));
    if (done) break;
    bytes += value.byteLength;
    for (let i = 0; i < value.byteLength; i++) if (value[i] === 10) rows++;
    buffer = value.buffer;
    if (slow) await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return { bytes, rows: rows - 1 };
}

async function measure(work) {
  await new Promise((resolve) => setTimeout(resolve, 500));
  const baseline = rssKiB();
  let peak = baseline;
  const timer = setInterval(() => (peak = Math.max(peak, rssKiB())), 5);
  const started = performance.now();
  const result = await work();
  clearInterval(timer);
  peak = Math.max(peak, rssKiB());
  return {
    baseline_mib: +(baseline / 1024).toFixed(1),
    peak_mib: +(peak / 1024).toFixed(1),
    ms: Math.round(performance.now() - started),
    ...result,
  };
}

try {
  for (const tickets of sizes) {
    const created = JSON.parse(
      execFileSync(process.execPath, ['dist/src/cli.js', 'project', 'create', '--name', `Export ${tickets}`], {
        env,
      }).toString(),
    );
    await seed(created.project_id, tickets);
    for (const slow of [false, true]) {
      const result = await measure(() => download(created.api_key, slow));
      if (result.rows !== tickets) throw new Error(`expected ${tickets} rows, got ${result.rows}`);
      console.log(JSON.stringify({ scenario: slow ? 'export-slow-reader' : 'export', tickets, ...result }));
    }
  }
} finally {
  await db.end();
  server.kill('SIGTERM');
}
