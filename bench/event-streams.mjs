#!/usr/bin/env node
// Live event streams: does keeping 500 GET /v1/events streams open on one process slow the API?
//
//   npm run build && DATABASE_URL=postgres://postgres@127.0.0.1:5432/zn_events_bench node bench/event-streams.mjs
//   [streams] [seconds] [events_per_second]
//
// Starts the real server (dist/src/main.js) against DATABASE_URL, creates a project with the CLI, seeds 200
// tickets, then measures GET /v1/helpdesk/tickets?limit=20 with autocannon (16 connections), each run while
// a writer creates `events_per_second` tickets a second (each ticket.created fans out to every stream):
//   1. baseline: no stream open;
//   2. with `streams` open streams (default 500) of that project on the same process.
// Prints requests/s and latency percentiles of both runs and how many events the streams received.
import { execFileSync, spawn } from 'node:child_process';
import http from 'node:http';
import autocannon from 'autocannon';

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) throw new Error('set DATABASE_URL (a PostgreSQL the bench may write to)');
const streamCount = Number(process.argv[2] ?? 500);
const seconds = Number(process.argv[3] ?? 10);
const eventsPerSecond = Number(process.argv[4] ?? 20);

const env = {
  ...process.env,
  PORT: '0',
  HOST: '127.0.0.1',
  LOG_LEVEL: 'warn',
  DEMO_PROJECT: 'false',
  WORKERS_ENABLED: 'false',
  RATE_LIMIT_PER_MINUTE: '10000000',
};
const { api_key: apiKey } = JSON.parse(
  execFileSync(process.execPath, ['dist/src/cli.js', 'project', 'create', '--name', 'Events bench'], {
    env,
  }).toString(),
);
const server = spawn(process.execPath, ['dist/src/main.js'], {
  env: { ...env, LOG_LEVEL: 'info' },
  stdio: ['ignore', 'pipe', 'inherit'],
});
const baseUrl = await new Promise((resolve, reject) => {
  let out = '';
  const onData = (chunk) => {
    out += chunk;
    const match = /"msg":"listening","url":"([^"]+)"/.exec(out);
    if (match) {
      server.stdout.off('data', onData);
      server.stdout.resume();
      resolve(match[1]);
    }
  };
  server.stdout.on('data', onData);
  server.on('exit', (code) => reject(new Error(`server exited ${code}`)));
});
const headers = { Authorization: `Bearer ${apiKey}`, 'Content-Type': 'application/json' };
const createTicket = (i) =>
  fetch(`${baseUrl}/v1/helpdesk/tickets`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ text: `bench ticket ${i}` }),
  });
for (let i = 0; i < 200; i += 20) await Promise.all(Array.from({ length: 20 }, (_, j) => createTicket(i + j)));

async function measure(label) {
  const result = await autocannon({
    url: `${baseUrl}/v1/helpdesk/tickets?limit=20`,
    headers,
    connections: 16,
    duration: seconds,
  });
  const line = {
    run: label,
    requests_per_second: Math.round(result.requests.average),
    latency_ms: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
    non_2xx: result.non2xx,
    errors: result.errors,
  };
  console.log(JSON.stringify(line));
  return line;
}

let written = 0;
let writer = setInterval(() => void createTicket(`live ${written++}`), 1000 / eventsPerSecond);
await measure(`no streams, ${eventsPerSecond} events/s`);
clearInterval(writer);
written = 0;

let received = 0;
const requests = [];
await Promise.all(
  Array.from(
    { length: streamCount },
    () =>
      new Promise((resolve, reject) => {
        const request = http.get(
          `${baseUrl}/v1/events`,
          { headers: { Authorization: headers.Authorization }, agent: false },
          (response) => {
            if (response.statusCode !== 200) return reject(new Error(`stream: ${response.statusCode}`));
            response.setEncoding('utf8');
            response.on('data', (chunk) => (received += chunk.split('\nevent: ').length - 1));
            resolve();
          },
        );
        request.on('error', reject);
        requests.push(request);
      }),
  ),
);
writer = setInterval(() => void createTicket(`live ${written++}`), 1000 / eventsPerSecond);
await measure(`${streamCount} streams, ${eventsPerSecond} events/s`);
clearInterval(writer);
await new Promise((resolve) => setTimeout(resolve, 2000));
console.log(
  JSON.stringify({
    streams: streamCount,
    events_written: written,
    events_received: received,
    expected: written * streamCount,
  }),
);
for (const request of requests) request.destroy();
server.kill('SIGTERM');
