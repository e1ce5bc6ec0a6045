// How long an Idempotency-Key abandoned by a crashed process stays blocked (docs/api.md, Tickets, "Crash takeover"):
//   npm run build && DATABASE_URL=postgres://… [IDEMPOTENCY_LEASE_SECONDS=15] [ROUNDS=3] node
//   bench/idempotency-takeover.mjs
// Each round: server A claims a key for a ticket creation that is held mid-transaction (the test holds the
// project's ticket-number row lock), A is SIGKILLed, and server B is asked the same request every 100 ms;
// printed is the time from the kill to B's 201 (the 409s before it carry Retry-After: 1).
import { spawn, execFileSync } from 'node:child_process';
import pg from 'pg';

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) throw new Error('DATABASE_URL is required');
const rounds = Number(process.env.ROUNDS ?? 3);
const env = {
  ...process.env,
  PORT: '0',
  HOST: '127.0.0.1',
  DEMO_PROJECT: 'false',
  WORKERS_ENABLED: 'false',
  LOG_LEVEL: 'info',
};

function startServer() {
  const child = spawn(process.execPath, ['dist/src/main.js'], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = /"msg":"listening","url":"([^"]+)"/.exec(out);
      if (match) resolve({ child, url: match[1].replace('[::1]', '127.0.0.1') });
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
}

const project = JSON.parse(
  execFileSync(process.execPath, ['dist/src/cli.js', 'project', 'create', '--name', `Takeover bench ${Date.now()}`], {
    env,
  }).toString(),
);
const headers = { authorization: `Bearer ${project.api_key}`, 'content-type': 'application/json' };
const create = (url, key) =>
  fetch(`${url}/v1/helpdesk/tickets`, {
    method: 'POST',
    headers: { ...headers, 'idempotency-key': key },
    body: JSON.stringify({ text: 'takeover' }),
  });
const db = new pg.Client({ connectionString: databaseUrl });
await db.connect();
const b = await startServer();
await create(b.url, `warm-${Date.now()}`);
const results = [];
for (let round = 0; round < rounds; round += 1) {
  const key = `takeover-${Date.now()}-${round}`;
  const a = await startServer();
  await db.query('BEGIN');
  await db.query('SELECT 1 FROM ticket_number_counter WHERE project_id = $1 FOR UPDATE', [project.project_id]);
  create(a.url, key).catch(() => undefined);
  while (
    (await db.query('SELECT 1 FROM idempotency_key WHERE project_id = $1 AND key = $2', [project.project_id, key]))
      .rowCount === 0
  ) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  // Let the claim age a little, as a request would run for a while before the crash.
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  const killedAt = performance.now();
  a.child.kill('SIGKILL');
  await db.query('ROLLBACK');
  let conflicts = 0;
  for (;;) {
    const response = await create(b.url, key);
    if (response.status === 201) break;
    if (response.status !== 409) throw new Error(`unexpected ${response.status}: ${await response.text()}`);
    conflicts += 1;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const seconds = (performance.now() - killedAt) / 1000;
  results.push(seconds);
  console.log(`round ${round + 1}: taken over ${seconds.toFixed(2)} s after SIGKILL (${conflicts} answers 409 before)`);
}
b.child.kill('SIGTERM');
await db.end();
const lease = Number(process.env.IDEMPOTENCY_LEASE_SECONDS ?? 15);
console.log(`lease ${lease} s: takeover after ${Math.min(...results).toFixed(2)}–${Math.max(...results).toFixed(2)} s`);
