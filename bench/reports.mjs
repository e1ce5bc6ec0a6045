// GET /v1/helpdesk/reports over a year of tickets (target: < 300 ms for 100,000 tickets).
//   npm run build && DATABASE_URL=postgres://postgres@127.0.0.1:5432/zapnoty_bench node bench/reports.mjs
// Env: TICKETS (100000) seeded over the 365 days up to now into a new project, NEIGHBOUR_TICKETS (0): as
// many again in another project first (the table then holds other tenants' rows too), CALLS (30) per query,
// CONCURRENT (4) callers at once for the year's report afterwards (1: skipped),
// BASE_URL to use a running server on the same database. Prints one JSON line per query: p50/p99/max ms,
// then the year's statements run directly: wall time, and the CPU of PostgreSQL's backend and of the whole
// machine (from /proc: PostgreSQL must run on this machine; the machine's figure counts the parallel workers).
// PROJECT_ID=<seeded project>: only that statement part.
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { createProject, requireDatabaseUrl, serverEnv, startServer } from './lib/ratio-bench.mjs';

const databaseUrl = requireDatabaseUrl();
const tickets = Number(process.env.TICKETS ?? 100_000);
const neighbourTickets = Number(process.env.NEIGHBOUR_TICKETS ?? 0);
const calls = Number(process.env.CALLS ?? 30);
const concurrent = Number(process.env.CONCURRENT ?? 4);
const env = serverEnv();

/**
 * A year of a busy helpdesk, in SQL: 10 agents, 4 ticket types (30% untyped), telegram/max/virtual 6:2:2,
 * 95% replied (first reply after ~30 min, exponential), 90% of those closed (~12 h later), a customer
 * message, the first reply and for half of them a second reply, CSAT on 30% of the closed tickets.
 */
async function seed(client, projectId, count) {
  const started = Date.now();
  await client.query('SET synchronous_commit = off');
  await client.query('SELECT setseed(0.31)');
  await client.query('BEGIN');
  await client.query(
    `INSERT INTO team_member (project_id, email, name, role)
     SELECT $1::uuid, 'report-agent-' || g || '-' || $1::text || '@example.com', 'Agent ' || g, 'support'
       FROM generate_series(1, 10) g`,
    [projectId],
  );
  await client.query(
    `INSERT INTO ticket_type (project_id, name, name_key, sort_order)
     SELECT $1, name, lower(name), ordinality FROM unnest(ARRAY['Bug', 'Billing', 'Question', 'Feature'])
       WITH ORDINALITY AS names(name, ordinality)`,
    [projectId],
  );
  await client.query(
    `INSERT INTO subscriber (project_id, channel, chat_id, first_name, created_at)
     SELECT $1, CASE WHEN g < 6000 THEN 'telegram' WHEN g < 8000 THEN 'max' ELSE 'virtual' END,
            CASE WHEN g < 8000 THEN 2000000000 + g END, 'Customer ' || g, now() - interval '400 days'
       FROM generate_series(0, 9999) g`,
    [projectId],
  );
  await client.query(
    `CREATE TEMP TABLE report_plan ON COMMIT DROP AS
     SELECT g, created_at, first_reply_at,
            CASE WHEN first_reply_at IS NOT NULL AND r_close < 0.9
                  AND first_reply_at + closed_after < now() THEN first_reply_at + closed_after END AS closed_at,
            r_agent, r_type, r_csat, r_second, subscriber_slot
       FROM (SELECT g, created_at,
                    CASE WHEN r_reply < 0.95 THEN created_at + least(-ln(1 - random()) * interval '30 minutes',
                      interval '5 days') END AS first_reply_at,
                    -ln(1 - random()) * interval '12 hours' AS closed_after,
                    random() AS r_close, floor(random() * 11)::int AS r_agent, floor(random() * 6)::int AS r_type,
                    random() AS r_csat, random() AS r_second, floor(random() * 10000)::int AS subscriber_slot
               FROM (SELECT g, now() - interval '365 days' + (g - 1) * (interval '365 days' / $1::int)
                              + random() * interval '5 minutes' AS created_at, random() AS r_reply
                       FROM generate_series(1, $1::int) g) draws) planned`,
    [count],
  );
  await client.query(
    `INSERT INTO ticket (project_id, ticket_number, subject, status, channel, chat_id, subscriber_id, assigned_to,
                         ticket_type_id, ticket_type_name, first_reply_at, closed_at, csat_rating, created_at,
                         updated_at)
     SELECT $1, plan.g, 'Report bench ' || plan.g,
            CASE WHEN plan.closed_at IS NOT NULL THEN 'closed' WHEN plan.first_reply_at IS NOT NULL THEN 'in_progress'
                 ELSE 'new' END,
            s.channel, s.chat_id, s.id, a.id, t.id, t.name, plan.first_reply_at, plan.closed_at,
            CASE WHEN plan.closed_at IS NOT NULL AND plan.r_csat < 0.3 THEN 1 + floor(plan.r_csat * 16.6)::int END,
            plan.created_at, coalesce(plan.closed_at, plan.first_reply_at, plan.created_at)
       FROM report_plan plan
       JOIN (SELECT id, channel, chat_id, row_number() OVER (ORDER BY id) - 1 AS slot
               FROM subscriber WHERE project_id = $1) s ON s.slot = plan.subscriber_slot
       LEFT JOIN (SELECT id, row_number() OVER (ORDER BY id) - 1 AS slot FROM team_member
                   WHERE project_id = $1 AND role = 'support') a ON a.slot = plan.r_agent
       LEFT JOIN (SELECT id, name, sort_order - 1 AS slot FROM ticket_type WHERE project_id = $1) t
              ON t.slot = plan.r_type`,
    [projectId],
  );
  await client.query(
    `INSERT INTO ticket_number_counter (project_id, last_number) VALUES ($1, $2)
     ON CONFLICT (project_id) DO UPDATE SET last_number = EXCLUDED.last_number`,
    [projectId, count],
  );
  await client.query(
    `INSERT INTO ticket_message (ticket_id, author, member_id, text, created_at)
     SELECT id, 'customer', NULL, 'Please help', created_at FROM ticket WHERE project_id = $1
     UNION ALL
     SELECT id, 'agent', assigned_to, 'Looking into it', first_reply_at FROM ticket
      WHERE project_id = $1 AND first_reply_at IS NOT NULL
     UNION ALL
     SELECT id, 'agent', assigned_to, 'Fixed now', first_reply_at + (closed_at - first_reply_at) / 2 FROM ticket
      WHERE project_id = $1 AND closed_at IS NOT NULL AND ticket_number % 2 = 0`,
    [projectId],
  );
  await client.query(
    `INSERT INTO csat_rating (project_id, ticket_id, closed_at, rating, source, created_at)
     SELECT $1, id, closed_at, csat_rating, 'telegram', closed_at + interval '10 minutes'
       FROM ticket WHERE project_id = $1 AND csat_rating IS NOT NULL`,
    [projectId],
  );
  await client.query('COMMIT');
  // A year's rows are all-visible in a live database (autovacuum), so the report's index-only scans skip the
  // heap. A VACUUM run while another session holds an old snapshot (an autovacuum ANALYZE of the neighbour's
  // rows, say) leaves the new pages unmarked: vacuumed again until every page is.
  const tables = ['ticket', 'ticket_message', 'csat_rating', 'subscriber', 'team_member'];
  for (let attempt = 0; attempt < 10; attempt += 1) {
    for (const table of tables) await client.query(`VACUUM ANALYZE ${table}`);
    const { rows } = await client.query(
      `SELECT relname FROM pg_class WHERE relname = ANY($1) AND relallvisible < relpages`,
      [tables],
    );
    if (rows.length === 0) break;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  const [row] = (
    await client.query(
      `SELECT count(*)::int AS tickets, count(closed_at)::int AS closed, count(csat_rating)::int AS rated,
              (SELECT count(*)::int FROM ticket_message m JOIN ticket t ON t.id = m.ticket_id WHERE t.project_id = $1)
                AS messages
         FROM ticket WHERE project_id = $1`,
      [projectId],
    )
  ).rows;
  return { ...row, seed_s: Math.round((Date.now() - started) / 100) / 10 };
}

function percentile(sorted, fraction) {
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)];
}

async function time(url, apiKey, title, path) {
  const headers = { authorization: `Bearer ${apiKey}` };
  const warm = await fetch(`${url}${path}`, { headers });
  if (!warm.ok) throw new Error(`${path}: ${warm.status} ${await warm.text()}`);
  await warm.arrayBuffer();
  const durations = [];
  for (let index = 0; index < calls; index += 1) {
    const started = performance.now();
    const response = await fetch(`${url}${path}`, { headers });
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`${path}: ${response.status}`);
    durations.push(performance.now() - started);
  }
  durations.sort((a, b) => a - b);
  const round = (value) => Math.round(value * 10) / 10;
  const line = {
    query: title,
    calls,
    p50_ms: round(percentile(durations, 0.5)),
    p99_ms: round(percentile(durations, 0.99)),
    max_ms: round(durations[durations.length - 1]),
  };
  console.log(JSON.stringify(line));
  return line;
}

/**
 * `workers` callers at once, `calls` requests each: reports per second and the latency each request saw. On
 * this machine's two cores it shows what a report costs when several are asked at the same time.
 */
async function timeConcurrent(url, apiKey, title, path, workers) {
  const headers = { authorization: `Bearer ${apiKey}` };
  const durations = [];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: workers }, async () => {
      for (let index = 0; index < calls; index += 1) {
        const begun = performance.now();
        const response = await fetch(`${url}${path}`, { headers });
        await response.arrayBuffer();
        if (!response.ok) throw new Error(`${path}: ${response.status}`);
        durations.push(performance.now() - begun);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  durations.sort((a, b) => a - b);
  const round = (value) => Math.round(value * 10) / 10;
  console.log(
    JSON.stringify({
      query: title,
      concurrent: workers,
      calls: durations.length,
      reports_per_s: round(durations.length / seconds),
      p50_ms: round(percentile(durations, 0.5)),
      p99_ms: round(percentile(durations, 0.99)),
    }),
  );
}

/** Jiffies (10 ms) of CPU the whole machine spent, from /proc/stat: the report's parallel workers included. */
function machineCpuMs() {
  const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0].split(/\s+/).slice(1).map(Number);
  const [user, nice, system, , , irq, softirq] = fields;
  return (user + nice + system + irq + softirq) * 10;
}

/**
 * The report's statements run directly through ReportsStore on one connection, `calls` times: wall time per
 * report, the CPU of the connection's backend (10 ms clock ticks, averaged) and of the whole machine (which
 * counts PostgreSQL's parallel workers; meaningful on a quiet machine only).
 */
async function statementCpu(projectId, from, to) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const { ReportsStore } = await import('../dist/src/reports/reports.store.js');
  const manager = {
    queryRunner: { query: async (sql, params) => ({ records: (await client.query(sql, params)).rows }) },
  };
  const transaction = async (...args) => {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ');
    try {
      return await args[args.length - 1](manager);
    } finally {
      await client.query('ROLLBACK');
    }
  };
  const store = new ReportsStore({ transaction });
  const report = () => store.report({ projectId, from, to, stepDays: 1, timeZone: 'Europe/Moscow' }, 1, 24);
  const {
    rows: [{ pid }],
  } = await client.query('SELECT pg_backend_pid() AS pid');
  const cpuMs = () => {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  };
  await report();
  const [before, machineBefore, started] = [cpuMs(), machineCpuMs(), performance.now()];
  for (let index = 0; index < calls; index += 1) await report();
  const line = {
    query: 'year by day, the statements alone',
    calls,
    backend_cpu_ms: Math.round((cpuMs() - before) / calls),
    machine_cpu_ms: Math.round((machineCpuMs() - machineBefore) / calls),
    wall_ms: Math.round((performance.now() - started) / calls),
  };
  await client.end();
  console.log(JSON.stringify(line));
}

const loadAverage = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
console.log(JSON.stringify({ load_average: loadAverage() }));
const day = (offset) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const client = new pg.Client({ connectionString: databaseUrl });
await client.connect();
if (process.env.PROJECT_ID) {
  // An already seeded project: only the statement's CPU time.
  await client.end();
  await statementCpu(process.env.PROJECT_ID, day(-365), day(0));
  process.exit(0);
}
if (neighbourTickets > 0) {
  const neighbour = createProject(env);
  console.log(JSON.stringify({ neighbour: await seed(client, neighbour.project_id, neighbourTickets) }));
}
const project = createProject(env);
console.log(
  JSON.stringify({ project_id: project.project_id, seeded: await seed(client, project.project_id, tickets) }),
);
await client.end();

const server = await startServer(env);
try {
  const year = `from=${day(-365)}&to=${day(0)}`;
  await time(
    server.url,
    project.api_key,
    'year by day, Europe/Moscow',
    `/v1/helpdesk/reports?${year}&timezone=Europe/Moscow`,
  );
  await time(server.url, project.api_key, 'year by week, UTC', `/v1/helpdesk/reports?${year}&interval=week`);
  await time(server.url, project.api_key, 'last 30 days by day', `/v1/helpdesk/reports?from=${day(-29)}&to=${day(0)}`);
  await time(server.url, project.api_key, 'year as CSV', `/v1/helpdesk/reports.csv?${year}`);
  if (concurrent > 1)
    await timeConcurrent(
      server.url,
      project.api_key,
      'year by day, Europe/Moscow, at once',
      `/v1/helpdesk/reports?${year}&timezone=Europe/Moscow`,
      concurrent,
    );
  await statementCpu(project.project_id, day(-365), day(0));
} finally {
  await server.stop();
}
console.log(JSON.stringify({ load_average: loadAverage() }));
