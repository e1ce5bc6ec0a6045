// Latency of an agent reply reaching Telegram: from the 201 of POST /v1/helpdesk/tickets/{id}/reply to
// the (fake) Bot API receiving the sendMessage for that chat.
//
//   npm run build && DATABASE_URL=postgres://postgres@127.0.0.1:5432/zn_bench node bench/telegram-delivery.mjs
//   [replies] [concurrency]
//
// Starts a local fake Bot API (node:http on 127.0.0.1) and the real server (dist/src/main.js) pointed at
// it, creates a project with the CLI (buying it a credit per reply) and one Telegram ticket per reply
// (distinct chats, so Telegram's one-message-per-second-per-chat limit does not add waiting), then sends
// the replies.
import { execFileSync, spawn } from 'node:child_process';
import { createServer } from 'node:http';

const replies = Number(process.argv[2] ?? 300);
const concurrency = Number(process.argv[3] ?? 4);
const received = new Map(); // chat_id → time the fake Bot API got sendMessage

const fake = createServer((req, res) => {
  let body = '';
  req.on('data', (chunk) => (body += chunk));
  req.on('end', () => {
    const now = performance.now();
    const method = req.url.split('/').pop();
    const payload = body ? JSON.parse(body) : {};
    let result = true;
    if (method === 'getMe') result = { id: 1, is_bot: true, first_name: 'Bench', username: 'bench_bot' };
    if (method === 'sendMessage') {
      if (!received.has(String(payload.chat_id))) received.set(String(payload.chat_id), now);
      result = {
        message_id: Math.floor(Math.random() * 1e9),
        date: 0,
        chat: { id: Number(payload.chat_id), type: 'private' },
        text: payload.text,
      };
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: true, result }));
  });
});
await new Promise((resolve) => fake.listen(0, '127.0.0.1', resolve));
const apiRoot = `http://127.0.0.1:${fake.address().port}`;

const port = await new Promise((resolve) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const { port } = probe.address();
    probe.close(() => resolve(port));
  });
});
const env = {
  ...process.env,
  PORT: String(port),
  HOST: '127.0.0.1',
  LOG_LEVEL: 'error',
  DEMO_PROJECT: 'false',
  TELEGRAM_BOT_TOKEN: '1000:bench-token',
  TELEGRAM_API_ROOT: apiRoot,
  TELEGRAM_WEBHOOK_SECRET: 'bench-secret',
  RATE_LIMIT_PER_MINUTE: '1000000',
};
const created = JSON.parse(
  execFileSync('node', ['dist/src/cli.js', 'project', 'create', '--name', `Bench ${Date.now()}`], {
    env,
    encoding: 'utf8',
  })
    .trim()
    .split('\n')
    .pop(),
);
// Every reply costs a credit and a project gets 100 free a month: buy what the run needs.
execFileSync(
  'node',
  ['dist/src/cli.js', 'credits', 'add', '--project', created.project_id, '--amount', String(replies)],
  { env },
);
const server = spawn('node', ['dist/src/main.js'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
const base = `http://127.0.0.1:${port}`;
for (let i = 0; ; i++) {
  try {
    if ((await fetch(`${base}/health`)).ok) break;
  } catch {
    // not listening yet
  }
  if (i > 300) throw new Error('server did not start');
  await new Promise((resolve) => setTimeout(resolve, 100));
}

const headers = { authorization: `Bearer ${created.api_key}`, 'content-type': 'application/json' };
const firstChat = 9_000_000_000 + Math.floor(Math.random() * 1e8);
const tickets = [];
for (let i = 0; i < replies; i++) {
  // The chat opens the project's help link first: the API opens tickets only for the project's customers.
  const start = `/start help_${created.slug}`;
  const opened = await fetch(`${base}/telegram/webhook`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': 'bench-secret' },
    body: JSON.stringify({
      update_id: firstChat + i,
      message: {
        message_id: 1,
        date: Math.floor(Date.now() / 1000),
        chat: { id: firstChat + i, type: 'private' },
        from: { id: firstChat + i, is_bot: false, first_name: 'Bench' },
        text: start,
        entities: [{ type: 'bot_command', offset: 0, length: 6 }],
      },
    }),
  });
  if (opened.status !== 200) throw new Error(`help link: ${opened.status} ${await opened.text()}`);
  const response = await fetch(`${base}/v1/helpdesk/tickets`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ channel: 'telegram', chat_id: firstChat + i, text: 'Help me', first_name: 'Bench' }),
  });
  if (response.status !== 201) throw new Error(`create ticket: ${response.status} ${await response.text()}`);
  tickets.push({ id: (await response.json()).id, chatId: String(firstChat + i) });
}

const latencies = [];
// The menus the help links got are not replies.
received.clear();
let next = 0;
async function worker() {
  while (next < tickets.length) {
    const ticket = tickets[next++];
    const response = await fetch(`${base}/v1/helpdesk/tickets/${ticket.id}/reply`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ text: 'Check your spam folder' }),
    });
    const repliedAt = performance.now();
    if (response.status !== 201) throw new Error(`reply: ${response.status} ${await response.text()}`);
    await response.arrayBuffer();
    for (let i = 0; !received.has(ticket.chatId); i++) {
      if (i > 10_000) throw new Error(`no sendMessage for chat ${ticket.chatId}`);
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
    // The message can reach Telegram before the 201 reaches the client: that counts as 0.
    latencies.push(Math.max(0, received.get(ticket.chatId) - repliedAt));
  }
}
const started = performance.now();
await Promise.all(Array.from({ length: concurrency }, worker));
const seconds = (performance.now() - started) / 1000;
latencies.sort((a, b) => a - b);
const pick = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))];
console.log(
  JSON.stringify({
    replies,
    concurrency,
    database: process.env.DATABASE_URL ? 'postgresql' : 'embedded',
    p50_ms: +pick(0.5).toFixed(1),
    p90_ms: +pick(0.9).toFixed(1),
    p99_ms: +pick(0.99).toFixed(1),
    max_ms: +latencies.at(-1).toFixed(1),
    replies_per_second: +(replies / seconds).toFixed(1),
  }),
);
server.kill('SIGTERM');
fake.close();
await new Promise((resolve) => server.on('exit', resolve));
process.exit(0);
