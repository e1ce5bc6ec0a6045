// Telegram updates into open tickets through POST /telegram/webhook, one server process (target: ≥ 500
// updates/s, p99 < 100 ms).
//   npm run build && DATABASE_URL=postgres://postgres@127.0.0.1:5432/zapnoty_bench node bench/telegram-updates.mjs
// Env: CONNECTIONS (16), DURATION seconds per round (10), ROUNDS (3), CHATS (1000). A fake Bot API answers
// the bot. Every chat first gets an open ticket (created through the API) and one update, so the rounds
// measure the steady state: a customer writing again into the ticket already open for the chat. Each
// update has a fresh update_id, so none is skipped as a redelivery. The target is absolute; the pgbench side
// (bench/pgbench-telegram.sql, the same round trips) shows what PostgreSQL alone does on this machine.
import {
  alternate,
  createProject,
  requireDatabaseUrl,
  runApi,
  runPgbench,
  serverEnv,
  startFakeBotApi,
  startServer,
} from './lib/ratio-bench.mjs';
import { subscribeChats } from './lib/subscribe-chats.mjs';

const databaseUrl = requireDatabaseUrl();
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
// pgbench writes its messages with another text, so the count of stored messages is the API's alone.
const API_TEXT = 'Still waiting for the courier, any update?';
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
  await subscribeChats(databaseUrl, project.project_id, firstChat, chatCount);
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
      body: update(firstChat + (next++ % chatCount), API_TEXT),
    }),
  };
  await runApi(server.url, hookHeaders, [request], 3);
  const summary = await alternate({
    name: 'telegram-updates',
    api: () => runApi(server.url, hookHeaders, [request], undefined, server.pid),
    pgbench: () =>
      runPgbench(process.env.DATABASE_URL, 'bench/pgbench-telegram.sql', {
        project_id: project.project_id,
        first_chat: firstChat,
        chats: chatCount,
      }),
  });
  // Every accepted update must have become a message in the chat's open ticket.
  const stored = (await countCustomerMessages()) - messagesBefore;
  console.log(
    JSON.stringify({
      bench: 'telegram-updates',
      median_updates_per_s: summary.median_requests_per_s,
      median_p99_ms: summary.median_p99_ms,
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
         WHERE t.project_id = '${project.project_id}' AND m.author = 'customer' AND m.text = '${API_TEXT}'`,
      ],
      { encoding: 'utf8' },
    ).trim(),
  );
}
