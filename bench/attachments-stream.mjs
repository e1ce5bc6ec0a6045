#!/usr/bin/env node
// Memory of file transfers: the server's RSS while a file streams in (multipart reply), out (download),
// and in from the messenger (a customer's file fetched with getFile on first download).
//
//   npm run build && DATABASE_URL=postgres://postgres@127.0.0.1:5432/zn_files_bench node bench/attachments-stream.mjs
//   [MiB...]
//
// Starts the real server (dist/src/main.js) on DATABASE_URL with a small fake Bot API in this process,
// creates a project with the CLI, then for each size (default 2 and 20 MiB): uploads a file as a
// multipart reply (generated on the fly, never held whole by this script), downloads it again, and
// downloads a customer document of that size that the server first fetches from the fake Bot API.
// RSS of the server process is sampled every 5 ms from /proc/<pid>/status; each line reports the
// baseline before the transfer and the peak during it. sha256 of what came back is checked.
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) throw new Error('set DATABASE_URL (a PostgreSQL the bench may write to)');
const sizesMiB = (process.argv.slice(2).length ? process.argv.slice(2) : ['2', '20']).map(Number);
const MiB = 1024 * 1024;
const TOKEN = '999:files-bench';
const SECRET = 'files-bench-secret';

/** Deterministic bytes of any length, produced in 64 KiB pieces (the same seed gives the same file). */
function* pieces(size, seed) {
  const block = createHash('sha512').update(String(seed)).digest();
  const piece = Buffer.alloc(64 * 1024);
  for (let i = 0; i < piece.length; i++) piece[i] = block[i % block.length] ^ (i >> 6);
  for (let sent = 0; sent < size; sent += piece.length)
    yield size - sent >= piece.length ? piece : piece.subarray(0, size - sent);
}
const digestOf = (size, seed) => {
  const hash = createHash('sha256');
  for (const piece of pieces(size, seed)) hash.update(piece);
  return hash.digest('hex');
};

// The fake Bot API: getFile and the file download path, for customer documents.
const hosted = new Map();
const botApi = createServer((req, res) => {
  const chunks = [];
  req.on('data', (chunk) => chunks.push(chunk));
  req.on('end', () => {
    const url = req.url ?? '';
    const file = /^\/file\/bot[^/]+\/files\/(.+)$/.exec(url);
    if (file) {
      const entry = hosted.get(file[1]);
      res.writeHead(200, { 'content-length': entry.size });
      const iterator = pieces(entry.size, entry.seed);
      const pump = () => {
        for (let next = iterator.next(); !next.done; next = iterator.next())
          if (!res.write(next.value)) return void res.once('drain', pump);
        res.end();
      };
      return pump();
    }
    const method = /\/bot[^/]+\/(\w+)$/.exec(url)?.[1];
    const body = chunks.length ? JSON.parse(Buffer.concat(chunks).toString()) : {};
    let result = { message_id: Math.floor(Math.random() * 1e6), date: 0, chat: { id: body.chat_id, type: 'private' } };
    if (method === 'getFile')
      result = {
        file_id: body.file_id,
        file_unique_id: body.file_id,
        file_size: hosted.get(body.file_id).size,
        file_path: `files/${body.file_id}`,
      };
    if (method === 'answerCallbackQuery' || method === 'editMessageReplyMarkup') result = true;
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: true, result }));
  });
});
await new Promise((resolve) => botApi.listen(0, '127.0.0.1', resolve));
const apiRoot = `http://127.0.0.1:${botApi.address().port}`;

const env = {
  ...process.env,
  PORT: '0',
  HOST: '127.0.0.1',
  LOG_LEVEL: 'warn',
  DEMO_PROJECT: 'false',
  WORKERS_ENABLED: 'false',
  TELEGRAM_BOT_TOKEN: TOKEN,
  TELEGRAM_API_ROOT: apiRoot,
  TELEGRAM_WEBHOOK_SECRET: SECRET,
};
const created = JSON.parse(
  execFileSync(process.execPath, ['dist/src/cli.js', 'project', 'create', '--name', 'Files bench'], { env }).toString(),
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
  });
  server.on('exit', (code) => reject(new Error(`server exited ${code}`)));
});
const auth = { Authorization: `Bearer ${created.api_key}` };

const rssKiB = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${server.pid}/status`, 'utf8'))[1]);
/** Runs `work` while sampling the server's RSS; returns baseline and peak in MiB. */
async function measure(work) {
  globalThis.gc?.();
  await new Promise((resolve) => setTimeout(resolve, 300));
  const baseline = rssKiB();
  let peak = baseline;
  const timer = setInterval(() => (peak = Math.max(peak, rssKiB())), 5);
  const started = performance.now();
  const result = await work();
  clearInterval(timer);
  peak = Math.max(peak, rssKiB());
  return { baseline: baseline / 1024, peak: peak / 1024, ms: performance.now() - started, result };
}

async function sha256OfResponse(response) {
  const hash = createHash('sha256');
  for await (const piece of response.body) hash.update(piece);
  return hash.digest('hex');
}

const telegramUpdate = (update) =>
  fetch(`${baseUrl}/telegram/webhook`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET },
    body: JSON.stringify(update),
  });

const ticket = await (
  await fetch(`${baseUrl}/v1/helpdesk/tickets`, {
    method: 'POST',
    headers: { ...auth, 'content-type': 'application/json' },
    body: JSON.stringify({ text: 'Files bench' }),
  })
).json();
const chatId = 5_000_000 + Math.floor(Math.random() * 1e6);
const slug = (await (await fetch(`${baseUrl}/v1/helpdesk/settings`, { headers: auth })).json()).slug;
let updateId = Math.floor(Math.random() * 1e6);
const from = { id: chatId, is_bot: false, first_name: 'Bench' };
const chat = { id: chatId, type: 'private' };
const slugArg = created.slug ?? slug;
await telegramUpdate({
  update_id: updateId++,
  message: {
    message_id: 1,
    date: 0,
    chat,
    from,
    text: `/start help_${slugArg}`,
    entities: [{ type: 'bot_command', offset: 0, length: 6 }],
  },
});
await telegramUpdate({
  update_id: updateId++,
  message: { message_id: 2, date: 0, chat, from, text: 'Customer ticket for the bench' },
});
const customerTicket = (
  await (await fetch(`${baseUrl}/v1/helpdesk/tickets?channel=telegram`, { headers: auth })).json()
).tickets.find((t) => t.chat_id === chatId);

console.log(`server pid ${server.pid}; sizes ${sizesMiB.join(', ')} MiB; RSS in MiB (baseline → peak)`);
for (const size of sizesMiB.map((mib) => mib * MiB)) {
  const seed = `${size}-${Date.now()}`;
  const boundary = `bench${Date.now()}`;
  const upload = await measure(async () => {
    async function* body() {
      yield Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="bench.bin"\r\nContent-Type: ` +
          `application/octet-stream\r\n\r\n`,
      );
      yield* pieces(size, seed);
      yield Buffer.from(`\r\n--${boundary}--\r\n`);
    }
    const response = await fetch(`${baseUrl}/v1/helpdesk/tickets/${ticket.id}/reply`, {
      method: 'POST',
      headers: { ...auth, 'content-type': `multipart/form-data; boundary=${boundary}` },
      body: body(),
      duplex: 'half',
    });
    if (response.status !== 201) throw new Error(`upload: ${response.status} ${await response.text()}`);
    return (await response.json()).message.attachments[0];
  });
  const download = await measure(async () =>
    sha256OfResponse(await fetch(`${baseUrl}${upload.result.url}`, { headers: auth })),
  );
  if (download.result !== digestOf(size, seed)) throw new Error('download differs from upload');

  const fileId = `doc-${size}-${Date.now()}`;
  hosted.set(fileId, { size, seed: `${seed}-c` });
  await telegramUpdate({
    update_id: updateId++,
    message: {
      message_id: updateId,
      date: 0,
      chat,
      from,
      document: { file_id: fileId, file_unique_id: fileId, file_name: 'customer.bin', file_size: size },
    },
  });
  const details = await (await fetch(`${baseUrl}/v1/helpdesk/tickets/${customerTicket.id}`, { headers: auth })).json();
  const url = details.messages.at(-1).attachments[0].url;
  const fetchFirst = await measure(async () => sha256OfResponse(await fetch(`${baseUrl}${url}`, { headers: auth })));
  if (fetchFirst.result !== digestOf(size, `${seed}-c`)) throw new Error('customer file differs');

  const line = (name, m) =>
    `${name.padEnd(34)} ${m.baseline.toFixed(0).padStart(4)} → ${m.peak.toFixed(0).padStart(4)} MiB ` +
    `(+${(m.peak - m.baseline).toFixed(0)})  ${(size / MiB / (m.ms / 1000)).toFixed(1)} MiB/s`;
  console.log(`${size / MiB} MiB, sha256 identical`);
  console.log(`  ${line('upload (multipart reply)', upload)}`);
  console.log(`  ${line('download', download)}`);
  console.log(`  ${line('customer file, first download', fetchFirst)}`);
}
server.kill('SIGTERM');
botApi.close();
