// Agent reply over HTTP vs. its bare transaction in pgbench (target: API ≥ 40% of pgbench).
//   npm run build && DATABASE_URL=postgres://postgres@127.0.0.1:5432/zapnoty_bench node bench/reply-ratio.mjs
// Env: CONNECTIONS (16), DURATION seconds per round (10), ROUNDS (3), TICKETS (500: virtual tickets made
// first and replied to in turn, by the API and by pgbench alike). Public replies on virtual tickets: the
// request's own cost, no chat delivery. Each reply costs a credit: the project is given 1,000,000.
import {
  alternate,
  createProject,
  requireDatabaseUrl,
  runApi,
  runPgbench,
  serverEnv,
  startServer,
} from './lib/ratio-bench.mjs';

const databaseUrl = requireDatabaseUrl();
const ticketCount = Number(process.env.TICKETS ?? 500);
const env = serverEnv();
const project = createProject(env, 1_000_000);
const server = await startServer(env);
const headers = { authorization: `Bearer ${project.api_key}`, 'content-type': 'application/json' };

try {
  const ticketIds = [];
  for (let i = 0; i < ticketCount; i++) {
    const response = await fetch(`${server.url}/v1/helpdesk/tickets`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ text: 'Where is my order?', first_name: 'Bench' }),
    });
    if (response.status !== 201) throw new Error(`create ticket: ${response.status} ${await response.text()}`);
    ticketIds.push((await response.json()).id);
  }
  let next = 0;
  const request = {
    method: 'POST',
    body: JSON.stringify({ text: 'It left the warehouse today, here is the tracking link' }),
    setupRequest: (req) => ({ ...req, path: `/v1/helpdesk/tickets/${ticketIds[next++ % ticketIds.length]}/reply` }),
  };
  await runApi(server.url, headers, [request], 3);
  await alternate({
    name: 'reply',
    api: () => runApi(server.url, headers, [request], undefined, server.pid),
    pgbench: () =>
      runPgbench(databaseUrl, 'bench/pgbench-reply.sql', { project_id: project.project_id, tickets: ticketCount }),
  });
} finally {
  await server.stop();
}
