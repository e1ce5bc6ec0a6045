// Shared by the ratio benchmarks (create-ratio, reply-ratio, telegram-updates): start the built server
// (or use BASE_URL), make a project with the CLI, alternate autocannon rounds against the API with pgbench
// rounds of the bare transaction, and sample the server's RSS while it is under load.
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import autocannon from 'autocannon';

export const settings = {
  connections: Number(process.env.CONNECTIONS ?? 16),
  duration: Number(process.env.DURATION ?? 10),
  rounds: Number(process.env.ROUNDS ?? 3),
};

let recreated = false;

export function requireDatabaseUrl() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is required (a database of its own: the benchmark writes a lot)');
  // FRESH_DATABASE=true drops and recreates the database first, so every run starts from the same size: a
  // growing database slows every later run, which alternating runs only roughly evens out.
  if (process.env.FRESH_DATABASE === 'true' && !recreated) {
    recreated = true;
    const target = new URL(url);
    const name = target.pathname.slice(1);
    if (!/^[a-z0-9_]+$/.test(name) || !name.includes('bench'))
      throw new Error('FRESH_DATABASE=true only recreates a database whose name contains "bench"');
    const admin = new URL(url);
    admin.pathname = '/postgres';
    for (const sql of [`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`, `CREATE DATABASE ${name}`])
      execFileSync('psql', [admin.toString(), '-qc', sql], { stdio: 'inherit' });
    // The built tree's migrations (the server would run them too, but the scripts touch tables before it starts).
    execFileSync('node_modules/.bin/typeorm', ['migration:run', '-d', 'dist/ormconfig.js'], {
      env: { ...process.env, DATABASE_URL: url },
      stdio: 'ignore',
    });
  }
  return url;
}

async function freePort() {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** A fake Telegram Bot API: answers every method with ok, sendMessage with a message. */
export async function startFakeBotApi() {
  const fake = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      const method = req.url.split('/').pop();
      const payload = body ? JSON.parse(body) : {};
      let result = true;
      if (method === 'getMe') result = { id: 1, is_bot: true, first_name: 'Bench', username: 'bench_bot' };
      if (method === 'sendMessage')
        result = {
          message_id: Math.floor(Math.random() * 1e9),
          date: 0,
          chat: { id: Number(payload.chat_id), type: 'private' },
          text: payload.text,
        };
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: true, result }));
    });
  });
  await new Promise((resolve) => fake.listen(0, '127.0.0.1', resolve));
  return { apiRoot: `http://127.0.0.1:${fake.address().port}`, close: () => fake.close() };
}

export function serverEnv(extra = {}) {
  return {
    ...process.env,
    HOST: '127.0.0.1',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    DEMO_PROJECT: 'false',
    RATE_LIMIT_PER_MINUTE: '10000000',
    DATABASE_POOL_SIZE: process.env.DATABASE_POOL_SIZE ?? '20',
    ...extra,
  };
}

/** `node dist/src/cli.js project create`, plus credits for replies when asked. */
export function createProject(env, credits = 0) {
  const created = JSON.parse(
    execFileSync('node', ['dist/src/cli.js', 'project', 'create', '--name', `Bench ${Date.now()}`], {
      env,
      encoding: 'utf8',
    })
      .trim()
      .split('\n')
      .pop(),
  );
  if (credits > 0)
    execFileSync(
      'node',
      ['dist/src/cli.js', 'credits', 'add', '--project', created.project_id, '--amount', String(credits)],
      { env },
    );
  return created;
}

/** The built server in its own process (one process: the targets are per process), or BASE_URL. */
export async function startServer(env) {
  if (process.env.BASE_URL)
    return {
      url: process.env.BASE_URL,
      pid: process.env.SERVER_PID ? Number(process.env.SERVER_PID) : null,
      stop: async () => undefined,
    };
  const port = await freePort();
  // The node options of `npm start` (the heap limit), so the bench measures the server as it is run.
  const startScript = JSON.parse(readFileSync('package.json', 'utf8')).scripts.start.split(' ');
  const nodeArgs = startScript.slice(1, startScript.indexOf('dist/src/main.js'));
  if (process.env.CPU_PROF) nodeArgs.push('--cpu-prof', `--cpu-prof-dir=${process.env.CPU_PROF}`);
  // COUNT_QUERIES=1: the server prints every statement it sends (bench/lib/count-queries.mjs) on stderr.
  if (process.env.COUNT_QUERIES) nodeArgs.push('--import', './bench/lib/count-queries.mjs');
  // SERVER_NODE_ARGS: more node options for the server process (e.g. V8 heap flags), space-separated.
  if (process.env.SERVER_NODE_ARGS) nodeArgs.push(...process.env.SERVER_NODE_ARGS.split(' ').filter(Boolean));
  const child = spawn('node', [...nodeArgs, 'dist/src/main.js'], {
    env: { ...env, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${url}/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (i > 300) throw new Error('server did not start');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    pid: child.pid,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', resolve);
        child.kill('SIGTERM');
      }),
  };
}

function rssMb(pid) {
  try {
    const line = readFileSync(`/proc/${pid}/status`, 'utf8')
      .split('\n')
      .find((entry) => entry.startsWith('VmRSS:'));
    return Math.round(Number(line.split(/\s+/)[1]) / 1024);
  } catch {
    return null;
  }
}

export function loadAverage() {
  return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
}

/** One autocannon round; the highest RSS seen during it. */
export function runApi(url, headers, requests, duration = settings.duration, pid = null) {
  return new Promise((resolve, reject) => {
    let maxRss = pid ? rssMb(pid) : null;
    const sampler = pid ? setInterval(() => (maxRss = Math.max(maxRss ?? 0, rssMb(pid) ?? 0)), 250) : null;
    autocannon({ url, connections: settings.connections, duration, headers, requests }, (error, result) => {
      if (sampler) clearInterval(sampler);
      if (error) return reject(error);
      resolve({
        requests_per_s: Math.round(result.requests.total / duration),
        p50_ms: result.latency.p50,
        p99_ms: result.latency.p99,
        failed: result.non2xx + result.errors + result.timeouts,
        rss_mb: maxRss,
      });
    });
  });
}

/** One pgbench round of a script; transactions per second. */
export function runPgbench(databaseUrl, script, variables, duration = settings.duration) {
  const args = ['-n', '-f', script, '-c', String(settings.connections), '-j', '2', '-T', String(duration)];
  // `prepared=0`: the scripts prepare their statements in each client's first transaction, as the server does.
  for (const [name, value] of Object.entries({ prepared: 0, ...variables })) args.push('-D', `${name}=${value}`);
  const output = execFileSync('pgbench', [...args, databaseUrl], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const tps = Number(/tps = ([\d.]+)/.exec(output)?.[1]);
  const latency = Number(/latency average = ([\d.]+) ms/.exec(output)?.[1]);
  const failed = Number(/number of failed transactions: (\d+)/.exec(output)?.[1] ?? 0);
  return { tps: Math.round(tps), latency_avg_ms: latency, failed };
}

/**
 * What autovacuum would have done by now: the queue and counter tables churn thousands of row versions a
 * second, and this machine's PostgreSQL runs with `autovacuum = off` (its CI configuration), so without
 * this each round would read through the dead rows of every earlier one (an outbox claim went from ~50 to
 * ~540 buffers). Run before every round, outside the measured time.
 */
export function vacuumHotTables(databaseUrl) {
  execFileSync(
    'psql',
    [
      databaseUrl,
      '-qc',
      'VACUUM (ANALYZE) outbox_event, ticket_number_counter, rate_limit_bucket, ' +
        'credit_account, messenger_processed_update, messenger_chat, subscriber, ticket, ticket_message',
    ],
    { stdio: 'ignore' },
  );
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Alternating rounds: API, then pgbench, ROUNDS times; prints each round and the median ratio. */
export async function alternate({ name, api, pgbench }) {
  const rows = [];
  for (let round = 1; round <= settings.rounds; round++) {
    vacuumHotTables(requireDatabaseUrl());
    const apiResult = await api();
    vacuumHotTables(requireDatabaseUrl());
    const barResult = pgbench();
    const ratio = Math.round((apiResult.requests_per_s / barResult.tps) * 100);
    const row = {
      bench: name,
      round,
      ...apiResult,
      pgbench_tps: barResult.tps,
      pgbench_failed: barResult.failed,
      ratio_pct: ratio,
      loadavg: loadAverage(),
    };
    console.log(JSON.stringify(row));
    rows.push(row);
  }
  const summary = {
    bench: name,
    summary: true,
    connections: settings.connections,
    duration_s: settings.duration,
    rounds: settings.rounds,
    median_requests_per_s: median(rows.map((row) => row.requests_per_s)),
    median_p99_ms: median(rows.map((row) => row.p99_ms)),
    median_pgbench_tps: median(rows.map((row) => row.pgbench_tps)),
    median_ratio_pct: median(rows.map((row) => row.ratio_pct)),
    max_rss_mb: Math.max(...rows.map((row) => row.rss_mb ?? 0)),
  };
  console.log(JSON.stringify(summary));
  return summary;
}
