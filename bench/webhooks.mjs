#!/usr/bin/env node
// Webhook delivery benchmark: deliveries per second and latency from commit to receipt.
//
//   npm run build && DATABASE_URL=postgres://postgres@127.0.0.1:5432/zn_webhooks_bench node bench/webhooks.mjs
//   [events] [rate]
//
// Starts the real server (dist/src/main.js) against DATABASE_URL, a local receiver on 127.0.0.1, creates a
// project with the CLI and sets its webhook, then writes `webhook` outbox rows the way features do (INSERT +
// pg_notify in one transaction, one ticket per event so ordering does not serialise them):
//   1. burst: `events` rows committed as fast as possible (100 per transaction); deliveries/s = events /
//      (last receipt - first commit);
//   2. steady: `rate` events/s for 5 s, one transaction each; p50/p99 of receipt time - commit time.
import { spawn, execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import pg from 'pg';

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) throw new Error('set DATABASE_URL (a PostgreSQL the bench may write to)');
const burstEvents = Number(process.argv[2] ?? 10_000);
const steadyRate = Number(process.argv[3] ?? 200);

const received = new Map();
const receiver = createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    received.set(req.headers['x-zapnoty-delivery'], performance.timeOrigin + performance.now());
    res.writeHead(200).end();
  });
});
await new Promise((resolve) => receiver.listen(0, '127.0.0.1', resolve));
const receiverUrl = `http://127.0.0.1:${receiver.address().port}/hook`;

const env = {
  ...process.env,
  PORT: '0',
  HOST: '127.0.0.1',
  LOG_LEVEL: 'warn',
  DEMO_PROJECT: 'false',
  WEBHOOK_ALLOW_PRIVATE: 'true',
};
const { project_id: projectId, api_key: apiKey } = JSON.parse(
  execFileSync(process.execPath, ['dist/src/cli.js', 'project', 'create', '--name', 'Webhook bench'], {
    env,
  }).toString(),
);
const server = spawn(process.execPath, ['dist/src/main.js'], {
  env: { ...env, LOG_LEVEL: 'info' },
  stdio: ['ignore', 'pipe', 'inherit'],
});
const baseUrl = await new Promise((resolve, reject) => {
  let out = '';
  server.stdout.on('data', (chunk) => {
    out += chunk;
    const match = /"msg":"listening","url":"([^"]+)"/.exec(out);
    if (match) resolve(match[1]);
    if (process.env.BENCH_SERVER_LOG) process.stderr.write(chunk);
  });
  server.on('exit', (code) => reject(new Error(`server exited ${code}`)));
});
const put = await fetch(`${baseUrl}/v1/webhook`, {
  method: 'PUT',
  headers: { Authorization: `Bearer ${apiKey}`, 'Content-Type': 'application/json' },
  body: JSON.stringify({ url: receiverUrl }),
});
if (put.status !== 200) throw new Error(`PUT /v1/webhook: ${put.status}`);

const pool = new pg.Pool({ connectionString: databaseUrl, max: 8 });
const payload = JSON.stringify({
  id: randomUUID(),
  subject: 'Bench ticket',
  status: 'new',
  tags: [],
  customer: { first_name: 'B', username: null },
});

/** Commits `count` events in one transaction, as a feature would; returns their event ids and commit time. */
async function commitEvents(count) {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const { rows } = await client.query(
      `INSERT INTO outbox_event (project_id, topic, event_type, aggregate_id, payload)
       SELECT $1, 'webhook', 'ticket.created', gen_random_uuid(), $2::jsonb FROM generate_series(1, $3)
         RETURNING event_id`,
      [projectId, payload, count],
    );
    await client.query(`SELECT pg_notify('outbox_event', 'webhook')`);
    await client.query('COMMIT');
    const committedAt = performance.timeOrigin + performance.now();
    return rows.map((row) => ({ id: row.event_id, committedAt }));
  } finally {
    client.release();
  }
}

async function waitForAll(events, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (events.some((event) => !received.has(event.id))) {
    if (Date.now() > deadline)
      throw new Error(`only ${events.filter((e) => received.has(e.id)).length}/${events.length} delivered`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function latencies(events) {
  const values = events.map((event) => received.get(event.id) - event.committedAt).sort((a, b) => a - b);
  return {
    p50: percentile(values, 50).toFixed(1),
    p99: percentile(values, 99).toFixed(1),
    max: values[values.length - 1].toFixed(1),
  };
}

// Warm-up: connections, JIT.
await waitForAll(await commitEvents(200));

// 1. Burst.
const writers = 4;
const burst = [];
await Promise.all(
  Array.from({ length: writers }, async () => {
    for (let i = 0; i < burstEvents / writers / 100; i += 1) burst.push(...(await commitEvents(100)));
  }),
);
await waitForAll(burst);
const firstCommit = Math.min(...burst.map((e) => e.committedAt));
const lastReceipt = Math.max(...burst.map((e) => received.get(e.id)));
const burstRate = burst.length / ((lastReceipt - firstCommit) / 1000);
console.log(
  JSON.stringify({
    phase: 'burst',
    events: burst.length,
    seconds: ((lastReceipt - firstCommit) / 1000).toFixed(2),
    deliveries_per_second: Math.round(burstRate),
    latency_ms: latencies(burst),
  }),
);

// 2. Steady rate, one event per transaction.
const steady = [];
const interval = 1000 / steadyRate;
const started = performance.now();
const inFlight = [];
for (let i = 0; i < steadyRate * 5; i += 1) {
  const due = started + i * interval;
  const wait = due - performance.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  inFlight.push(commitEvents(1).then((events) => steady.push(...events)));
}
await Promise.all(inFlight);
await waitForAll(steady);
console.log(
  JSON.stringify({
    phase: 'steady',
    events: steady.length,
    rate_per_second: steadyRate,
    latency_ms: latencies(steady),
  }),
);

const { rows } = await pool.query(`SELECT count(*)::int AS deliveries FROM webhook_delivery WHERE project_id = $1`, [
  projectId,
]);
console.log(JSON.stringify({ logged_attempts: rows[0].deliveries, receipts: received.size }));
server.kill('SIGTERM');
await new Promise((resolve) => server.on('exit', resolve));
await pool.end();
receiver.close();
