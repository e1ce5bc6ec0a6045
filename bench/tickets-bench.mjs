// Load test of ticket creation, agent replies and filtered listing against a running server.
//   BASE_URL=http://127.0.0.1:3201 API_KEY=zn_live_... node bench/tickets-bench.mjs [create|reply|list|all]
// Env: CONNECTIONS (default 16), DURATION seconds (default 15), MEMBER_ID (for the assignee filter),
// REPLY_TICKETS (default 200: virtual tickets created first and replied to in turn by `reply`).
import autocannon from 'autocannon';

const baseUrl = process.env.BASE_URL ?? 'http://127.0.0.1:3201';
const apiKey = process.env.API_KEY;
if (!apiKey) throw new Error('API_KEY is required');
const connections = Number(process.env.CONNECTIONS ?? 16);
const duration = Number(process.env.DURATION ?? 15);
const headers = { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' };

function run(title, options) {
  return new Promise((resolve, reject) => {
    autocannon({ url: baseUrl, connections, duration, headers, ...options }, (error, result) => {
      if (error) return reject(error);
      const non2xx = result.non2xx + result.errors + result.timeouts;
      const line = {
        scenario: title,
        connections,
        duration_s: duration,
        requests_per_s: Math.round(result.requests.average),
        latency_p50_ms: result.latency.p50,
        latency_p99_ms: result.latency.p99,
        latency_max_ms: result.latency.max,
        total: result.requests.total,
        failed: non2xx,
      };
      console.log(JSON.stringify(line));
      resolve(line);
    });
  });
}

// Telegram customers of the seeded range: mostly existing subscribers, like a live bot.
const createRequest = () => ({
  method: 'POST',
  path: '/v1/helpdesk/tickets',
  setupRequest: (request) => ({
    ...request,
    body: JSON.stringify({
      channel: 'telegram',
      chat_id: 1000000000 + Math.floor(Math.random() * 10000),
      first_name: 'Bench',
      subject: 'Payment failed',
      text: 'My card was declined twice, please help',
    }),
  }),
});

// Public agent replies spread over fresh virtual tickets (no chat delivery: the request's own cost only).
async function replyRequest() {
  const count = Number(process.env.REPLY_TICKETS ?? 200);
  const ticketIds = [];
  for (let i = 0; i < count; i++) {
    const response = await fetch(`${baseUrl}/v1/helpdesk/tickets`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ text: 'Where is my order?', first_name: 'Bench' }),
    });
    if (response.status !== 201) throw new Error(`create ticket: ${response.status} ${await response.text()}`);
    ticketIds.push((await response.json()).id);
  }
  let next = 0;
  return {
    method: 'POST',
    body: JSON.stringify({ text: 'It left the warehouse today, here is the tracking link' }),
    setupRequest: (request) => ({
      ...request,
      path: `/v1/helpdesk/tickets/${ticketIds[next++ % ticketIds.length]}/reply`,
    }),
  };
}

const listPaths = [
  ['list status=new', '/v1/helpdesk/tickets?status=new&limit=50'],
  ['list status=in_progress&priority=urgent', '/v1/helpdesk/tickets?status=in_progress&priority=urgent&limit=50'],
  [
    'list assigned_to=<member>&status=waiting',
    process.env.MEMBER_ID ? `/v1/helpdesk/tickets?assigned_to=${process.env.MEMBER_ID}&status=waiting&limit=50` : null,
  ],
  ['list tag=vip&status=new', '/v1/helpdesk/tickets?tag=vip&status=new&limit=50'],
  ['list q=declined&status=new', '/v1/helpdesk/tickets?q=declined&status=new&limit=50'],
  // The sorts and SLA filters of wave 3 (docs/automations.md), on the queue views agents open.
  ['list status=new&sort=created_at&order=asc', '/v1/helpdesk/tickets?status=new&sort=created_at&order=asc&limit=50'],
  ['list status=new&sort=updated_at', '/v1/helpdesk/tickets?status=new&sort=updated_at&limit=50'],
  ['list status=new&sort=priority', '/v1/helpdesk/tickets?status=new&sort=priority&limit=50'],
  ['list status=new&sort=sla_due&order=asc', '/v1/helpdesk/tickets?status=new&sort=sla_due&order=asc&limit=50'],
  [
    'list status=in_progress&sort=sla_due&order=asc',
    '/v1/helpdesk/tickets?status=in_progress&sort=sla_due&order=asc&limit=50',
  ],
  ['list sla=breached&status=new', '/v1/helpdesk/tickets?sla=breached&status=new&limit=50'],
  ['list sla=at_risk', '/v1/helpdesk/tickets?sla=at_risk&limit=50'],
].filter(([, path]) => path);

const which = process.argv[2] ?? 'all';
// LIST_ONLY=<substring>: only the list scenarios whose title contains it (e.g. "sort=").
const listOnly = process.env.LIST_ONLY;
if (which === 'create' || which === 'all') await run('create ticket', { requests: [createRequest()] });
if (which === 'reply' || which === 'all') await run('reply to ticket', { requests: [await replyRequest()] });
if (which === 'list' || which === 'all') {
  for (const [title, path] of listPaths) {
    if (!listOnly || title.includes(listOnly)) await run(title, { requests: [{ method: 'GET', path }] });
  }
}
