// Telegram updates into open tickets through POST /telegram/webhook, one server process (target: ≥ 500
// updates/s, p99 < 100 ms).
//   npm run build && DATABASE_URL=postgres://postgres@127.0.0.1:5432/zapnoty_bench node bench/telegram-updates.mjs
// Env: CONNECTIONS (16), DURATION seconds per round (10), ROUNDS (3), CHATS (1000). A fake Bot API answers
// the bot. Every chat first gets an open ticket (created through the API) and one update, so the rounds
// measure the steady state: a customer writing again into the ticket already open for the chat. Each
// update has a fresh update_id, so none is skipped as a redelivery. No pgbench side: the target is absolute.
import {
  loadAverage,
  createProject,
  requireDatabaseUrl,
  runApi,
  serverEnv,
  settings,
  startFakeBotApi,
  startServer,
  vacuumHotTables,
} from './lib/ratio-bench.mjs';

requireDatabaseUrl();
const chatCount = Number(process.env.CHATS ?? 1000);
const bot = await startFakeBotApi();
const secret = 'bench-secret';
const env = serverEnv({
  TELEGRAM_BOT_TOKEN: '1000:bench-token',
  TELEGRAM_API_ROOT: bot.apiRoot,
  TELEGRAM_WEBHOOK_SECRET: secret,
  TELEGRAM_MODE: 'webhook',
});
const project = createProject(env);
const server = await startServer(env);
const apiHeaders = { authorization: `Bearer ${project.api_key}`, 'content-type': 'application/json' };
const hookHeaders = { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': secret };
const firstChat = 7_000_000_000 + Math.floor(Math.random() * 1e8);
let updateId = Math.floor(Math.random() * 1e9);

const update = (chatId, text) =>
  JSON.stringify({
    update_id: ++updateId,
    message: {
      message_id: updateId,
      date: Math.floor(Date.now() / 1000),
      chat: { id: chatId, type: 'private' },
      from: { id: chatId, is_bot: false, first_name: 'Bench' },
      text,
    },
  });

try {
  for (let i = 0; i < chatCount; i++) {
    const chatId = firstChat + i;
    const created = await fetch(`${server.url}/v1/helpdesk/tickets`, {
      method: 'POST',
      headers: apiHeaders,
      body: JSON.stringify({ channel: 'telegram', chat_id: chatId, first_name: 'Bench', text: 'My parcel is late' }),
    });
    if (created.status !== 201) throw new Error(`create ticket: ${created.status} ${await created.text()}`);
    const first = await fetch(`${server.url}/telegram/webhook`, {
      method: 'POST',
      headers: hookHeaders,
      body: update(chatId, 'Any news?'),
    });
    if (first.status !== 200) throw new Error(`webhook: ${first.status} ${await first.text()}`);
  }
  const messagesBefore = await countCustomerMessages();
  let next = 0;
  const request = {
    method: 'POST',
    path: '/telegram/webhook',
    setupRequest: (req) => ({
      ...req,
      body: update(firstChat + (next++ % chatCount), 'Still waiting for the courier, any update?'),
    }),
  };
  await runApi(server.url, hookHeaders, [request], 3);
  const rows = [];
  for (let round = 1; round <= settings.rounds; round++) {
    vacuumHotTables(process.env.DATABASE_URL);
    const result = await runApi(server.url, hookHeaders, [request], undefined, server.pid);
    const row = { bench: 'telegram-updates', round, ...result, loadavg: loadAverage() };
    console.log(JSON.stringify(row));
    rows.push(row);
  }
  // Every accepted update must have become a message in the chat's open ticket.
  const stored = (await countCustomerMessages()) - messagesBefore;
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  console.log(
    JSON.stringify({
      bench: 'telegram-updates',
      summary: true,
      connections: settings.connections,
      duration_s: settings.duration,
      rounds: settings.rounds,
      median_updates_per_s: median(rows.map((row) => row.requests_per_s)),
      median_p99_ms: median(rows.map((row) => row.p99_ms)),
      max_rss_mb: Math.max(...rows.map((row) => row.rss_mb ?? 0)),
      messages_stored_during_runs: stored,
    }),
  );
} finally {
  await server.stop();
  bot.close();
}

async function countCustomerMessages() {
  const { execFileSync } = await import('node:child_process');
  return Number(
    execFileSync(
      'psql',
      [
        process.env.DATABASE_URL,
        '-tAc',
        `SELECT count(*) FROM ticket_message m JOIN ticket t ON t.id = m.ticket_id
         WHERE t.project_id = '${project.project_id}' AND m.author = 'customer'`,
      ],
      { encoding: 'utf8' },
    ).trim(),
  );
}
