// Ticket creation over HTTP vs. the same transaction in pgbench (target: API ≥ 40% of pgbench, p99 < 100 ms).
//   npm run build && DATABASE_URL=postgres://postgres@127.0.0.1:5432/zapnoty_bench node bench/create-ratio.mjs
// Env: CONNECTIONS (16), DURATION seconds per round (10), ROUNDS (3), BASE_URL + API_KEY + PROJECT_ID to use
// a running server instead of starting dist/src/main.js (SERVER_PID then enables the RSS column).
// Rounds alternate API and pgbench so both see the same machine load; the median ratio is the result.
import {
  alternate,
  createProject,
  requireDatabaseUrl,
  runApi,
  runPgbench,
  serverEnv,
  startServer,
} from './lib/ratio-bench.mjs';
import { subscribeChats } from './lib/subscribe-chats.mjs';

const databaseUrl = requireDatabaseUrl();
const env = serverEnv();
const project = process.env.API_KEY
  ? { api_key: process.env.API_KEY, project_id: process.env.PROJECT_ID }
  : createProject(env);
const server = await startServer(env);
const headers = { authorization: `Bearer ${project.api_key}`, 'content-type': 'application/json' };

// 10,000 telegram customers, mostly returning ones after the first round, like a live bot.
const request = {
  method: 'POST',
  path: '/v1/helpdesk/tickets',
  setupRequest: (req) => ({
    ...req,
    body: JSON.stringify({
      channel: 'telegram',
      chat_id: 1000000000 + Math.floor(Math.random() * 10000),
      first_name: 'Bench',
      subject: 'Payment failed',
      text: 'My card was declined twice, please help',
    }),
  }),
};

try {
  await subscribeChats(databaseUrl, project.project_id, 1000000000, 10000);
  // Warm-up: the JIT, the pool, and the customers' rows.
  await runApi(server.url, headers, [request], 3);
  await alternate({
    name: 'create',
    api: () => runApi(server.url, headers, [request], undefined, server.pid),
    pgbench: () => runPgbench(databaseUrl, 'bench/pgbench-create.sql', { project_id: project.project_id }),
  });
} finally {
  await server.stop();
}
