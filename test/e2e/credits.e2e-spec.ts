import { execFile } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { Clock } from '../../src/common/clock.js';
import { HotRowQueue } from '../../src/common/database/hot-row-queue.js';
import { CreditsService } from '../../src/credits/credits.service.js';
import { HeldHotRowQueue } from '../helpers/hot-row-queue.js';
import { ManualClock } from '../helpers/manual-clock.js';
import { callTool, connectMcpClient } from '../helpers/mcp-client.js';
import { FakeTelegram } from '../helpers/fake-telegram.js';
import { stopTelegramDelivery, type TestProject, useTestApp } from '../helpers/test-app.js';
import { createTicket, subscribeChat, outboxEvents } from '../helpers/tickets.js';
import { waitFor, useWebhookReceiver } from '../helpers/webhook-receiver.js';

const run = promisify(execFile);
// A CLI run is a fresh Node process that loads Nest and connects: allow for a loaded machine.
const CLI_TIMEOUT_MS = 180_000;
// A hundred replies take ~10 s on a quiet machine; a shared one under full load needs far longer, and a
// test cut off by its timeout would leave replies running into the next test.
const MANY_REPLIES_TIMEOUT_MS = 300_000;

/** The CLI as an operator runs it, on the test database. */
async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [resolve('dist/src/cli.js'), ...args], {
      env: { ...process.env, LOG_LEVEL: 'error' },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('credits: one per public agent reply, 100 free a month, never overspent', () => {
  const clock = new ManualClock(new Date('2031-03-14T09:30:00.000Z'));
  const telegram = new FakeTelegram();
  const ctx = useTestApp(
    async () => ({
      TELEGRAM_BOT_TOKEN: '100:credits-test',
      TELEGRAM_API_ROOT: await telegram.start(),
      RATE_LIMIT_PER_MINUTE: '1000000',
    }),
    (builder) => builder.overrideProvider(Clock).useValue(clock),
  );
  afterAll(() => telegram.stop());
  let db: DataSource;
  const receiver = useWebhookReceiver();
  let baseUrl: string;

  beforeAll(async () => {
    baseUrl = await ctx.listen();
    db = ctx.app.get(DataSource);
    await stopTelegramDelivery(ctx.app); // the bot only makes telegram replies acceptable: nothing is sent
  });

  const creditsOf = async (tenant: TestProject) => (await tenant.api.get('/v1/credits').expect(200)).body;
  const reply = (tenant: TestProject, ticketId: string, body: object) =>
    tenant.api.post(`/v1/helpdesk/tickets/${ticketId}/reply`, body);
  const chargedReplies = async (tenant: TestProject): Promise<number> =>
    (
      await db.query(`SELECT count(*)::int AS n FROM credit_ledger_entry WHERE project_id = $1 AND kind = 'reply'`, [
        tenant.project.id,
      ])
    )[0].n;
  const publicAgentMessages = async (tenant: TestProject): Promise<number> =>
    (
      await db.query(
        `SELECT count(*)::int AS n FROM ticket_message m JOIN ticket t ON t.id = m.ticket_id
         WHERE t.project_id = $1 AND m.author = 'agent' AND NOT m.internal`,
        [tenant.project.id],
      )
    )[0].n;

  it('shows a new project the whole monthly allowance, to its own key only', async () => {
    const tenant = await ctx.project();
    expect(await creditsOf(tenant)).toEqual({
      period_start: '2031-03-01T00:00:00.000Z',
      free_monthly: 100,
      free_used: 0,
      balance: 0,
      replies_this_month: 0,
      remaining: 100,
    });
    await request(ctx.app.getHttpServer()).get('/v1/credits').expect(401);
  });

  describe('one project through a month', () => {
    let tenant: TestProject;
    let webhookSecret: string;
    let tickets: Array<Record<string, any>>;
    let telegramTicket: Record<string, any>;
    let mcp: Client;

    beforeAll(async () => {
      tenant = await ctx.project('Spender');
      webhookSecret = (await tenant.api.put('/v1/webhook', { url: receiver.url }).expect(200)).body.secret;
      tickets = [];
      for (let index = 0; index < 10; index += 1)
        tickets.push(await createTicket(tenant.api, { subject: `Question ${index}` }));
      await subscribeChat(ctx.app, tenant.project.id, 770001, 'telegram');
      telegramTicket = await createTicket(tenant.api, { channel: 'telegram', chat_id: 770001, first_name: 'Olga' });
      mcp = await connectMcpClient(baseUrl, tenant.apiKey);
    });
    afterAll(async () => {
      await mcp.close();
    });

    it(
      'charges 100 public replies to the free allowance and refuses the 101st with 402, storing, sending and ' +
        'firing nothing',
      async () => {
        for (let round = 0; round < 10; round += 1) {
          const statuses = await Promise.all(
            tickets.map(async (ticket) => (await reply(tenant, ticket.id, { text: `Answer ${round}` })).status),
          );
          expect(statuses).toEqual(Array(10).fill(201));
        }
        expect(await creditsOf(tenant)).toEqual(
          expect.objectContaining({ free_used: 100, balance: 0, replies_this_month: 100, remaining: 0 }),
        );

        const ticketBefore = (await tenant.api.get(`/v1/helpdesk/tickets/${telegramTicket.id}`).expect(200)).body;
        const eventsBefore = await outboxEvents(ctx.app, tenant.project.id);
        const refused = await reply(tenant, telegramTicket.id, { text: 'Your order has shipped' }).expect(402);
        expect(refused.body).toEqual(expect.objectContaining({ error: 'no credits left', retryable: false }));
        if ('code' in refused.body) expect(refused.body.code).toBe('no_credits_left');
        const cannedId = (
          await tenant.api
            .post('/v1/helpdesk/canned-responses', { title: 'Shipped', text: 'Shipped, {{first_name}}!' })
            .expect(201)
        ).body.id;
        await reply(tenant, telegramTicket.id, { canned_response_id: cannedId }).expect(402);

        // Nothing stored (no message, no first reply, no status change), nothing queued for the chat or the webhook.
        expect((await tenant.api.get(`/v1/helpdesk/tickets/${telegramTicket.id}`).expect(200)).body).toEqual(
          ticketBefore,
        );
        expect(ticketBefore.status).toBe('new');
        expect(await outboxEvents(ctx.app, tenant.project.id)).toEqual(eventsBefore);
        expect(await chargedReplies(tenant)).toBe(100);
        expect(await publicAgentMessages(tenant)).toBe(100);
      },
      MANY_REPLIES_TIMEOUT_MS,
    );

    it('keeps internal notes, customer messages, creation, status and assignment free with no credits', async () => {
      const ticket = tickets[0];
      await reply(tenant, telegramTicket.id, {
        text: 'Customer asked twice, check the warehouse',
        internal: true,
      }).expect(201);
      await tenant.api.post(`/v1/helpdesk/tickets/${ticket.id}/customer-reply`, { text: 'Any news?' }).expect(201);
      await createTicket(tenant.api, { text: 'Another question' });
      await tenant.api.patch(`/v1/helpdesk/tickets/${ticket.id}/status`, { status: 'waiting' }).expect(200);
      await tenant.api.patch(`/v1/helpdesk/tickets/${ticket.id}/assign`, { assigned_to: tenant.owner.id }).expect(200);
      await tenant.api
        .post('/v1/helpdesk/tickets/bulk', { ticket_ids: [ticket.id], action: 'set_priority', value: 'high' })
        .expect(200);
      expect(await creditsOf(tenant)).toEqual(
        expect.objectContaining({ free_used: 100, balance: 0, replies_this_month: 100, remaining: 0 }),
      );
      expect(await chargedReplies(tenant)).toBe(100);
    });

    it('refuses an MCP reply the same way, and get_credits reads what GET /v1/credits does', async () => {
      const outcome = await callTool(mcp, 'reply_to_ticket', { ticket_id: tickets[1].id, text: 'From the agent' });
      expect(outcome).toEqual(expect.objectContaining({ isError: true, text: 'no credits left' }));
      expect((await callTool(mcp, 'get_credits')).json).toEqual(await creditsOf(tenant));
      expect(await publicAgentMessages(tenant)).toBe(100);
    });

    it('fired credits.low once, on the reply that left fewer than 10, as a signed webhook', async () => {
      const lowEvents = (await outboxEvents(ctx.app, tenant.project.id)).filter(
        (event) => event.event_type === 'credits.low',
      );
      expect(lowEvents).toHaveLength(1);
      expect(lowEvents[0]).toEqual(
        expect.objectContaining({
          topic: 'webhook',
          aggregate_id: tenant.project.id,
          payload: {
            period_start: '2031-03-01T00:00:00.000Z',
            free_monthly: 100,
            free_used: 91,
            balance: 0,
            replies_this_month: 91,
            remaining: 9,
          },
        }),
      );
      const delivered = (await waitFor(
        () =>
          receiver.received.find(
            (received) => received.body.event === 'credits.low' && received.body.data.free_used === 91,
          ),
        'credits.low',
      ))!;
      expect(delivered.headers['x-zapnoty-signature']).toBe(
        createHmac('sha256', webhookSecret).update(JSON.stringify(delivered.body)).digest('hex'),
      );
      expect(delivered.body.data).toEqual(lowEvents[0].payload);
    });

    it(
      'lets exactly 7 of 50 concurrent replies through when 7 credits are left, ending at 0',
      async () => {
        expect(await ctx.app.get(CreditsService).topUp(tenant.project, 7)).toEqual(
          expect.objectContaining({ balance: 7, remaining: 7 }),
        );
        const statuses = await Promise.all(
          Array.from(
            { length: 50 },
            async (_, index) =>
              (await reply(tenant, tickets[index % tickets.length].id, { text: `Concurrent ${index}` })).status,
          ),
        );
        expect(statuses.filter((status) => status === 201)).toHaveLength(7);
        expect(statuses.filter((status) => status === 402)).toHaveLength(43);
        expect(await creditsOf(tenant)).toEqual(
          expect.objectContaining({ free_used: 100, balance: 0, replies_this_month: 107, remaining: 0 }),
        );
        expect(await publicAgentMessages(tenant)).toBe(107);
        const ledger: Array<{ pool: string; n: number; lowest: number }> = await db.query(
          `SELECT pool, count(*)::int AS n, min(balance_after) AS lowest FROM credit_ledger_entry
             WHERE project_id = $1 AND kind = 'reply' GROUP BY pool ORDER BY pool`,
          [tenant.project.id],
        );
        expect(ledger).toEqual([
          { pool: 'free', n: 100, lowest: 0 },
          { pool: 'purchased', n: 7, lowest: 0 },
        ]);
        // Topped up to 7 only: still below 10, so no second credits.low.
        expect(
          (await outboxEvents(ctx.app, tenant.project.id)).filter((event) => event.event_type === 'credits.low'),
        ).toHaveLength(1);
      },
      MANY_REPLIES_TIMEOUT_MS,
    );

    it(
      "resumes replies after `credits add` on the CLI, which prints the new state; a refused reply's " +
        'Idempotency-Key works for the retry',
      async () => {
        const retried = () =>
          reply(tenant, tickets[2].id, { text: 'Back in business' }).set('Idempotency-Key', 'credits-after-top-up');
        await retried().expect(402);
        const added = await cli('credits', 'add', '--project', tenant.project.id, '--amount', '20');
        expect(added.code).toBe(0);
        expect(JSON.parse(added.stdout)).toEqual({
          period_start: '2031-03-01T00:00:00.000Z',
          free_monthly: 100,
          free_used: 100,
          balance: 20,
          replies_this_month: 107,
          remaining: 20,
        });
        const accepted = await retried().expect(201);
        expect(accepted.headers['idempotent-replayed']).toBeUndefined();
        const shown = await cli('credits', 'show', '--project', tenant.project.id);
        expect(JSON.parse(shown.stdout)).toEqual(
          expect.objectContaining({ balance: 19, replies_this_month: 108, remaining: 19 }),
        );
        expect(await creditsOf(tenant)).toEqual(JSON.parse(shown.stdout));
        const topUps = await db.query(
          `SELECT amount, balance_after FROM credit_ledger_entry WHERE project_id = $1 AND kind = 'top_up' ORDER BY id`,
          [tenant.project.id],
        );
        expect(topUps).toEqual([
          { amount: 7, balance_after: 7 },
          { amount: 20, balance_after: 20 },
        ]);
      },
      CLI_TIMEOUT_MS,
    );

    it(
      'rejects bad CLI input with a one-line error and a non-zero exit',
      async () => {
        // Each run starts a Node process: few and in parallel, as a loaded machine takes seconds per start.
        const [zero, fraction, missing] = await Promise.all([
          cli('credits', 'add', '--project', tenant.project.id, '--amount=0'),
          cli('credits', 'add', '--project', tenant.project.id, '--amount=-1.5'),
          cli('credits', 'add', '--project', tenant.project.id),
        ]);
        for (const outcome of [zero, fraction]) {
          expect(outcome.code).toBe(2);
          expect(outcome.stderr.split('\n')[0]).toBe('error: --amount must be a whole number from 1 to 1000000000');
        }
        expect(missing.code).toBe(2);
        expect(missing.stderr.split('\n')[0]).toBe('error: --amount is required');
        expect((await creditsOf(tenant)).balance).toBe(19);
      },
      CLI_TIMEOUT_MS,
    );

    it(
      'answers an unknown project on the CLI with exit code 1',
      async () => {
        const unknown = await cli('credits', 'show', '--project', '00000000-0000-4000-8000-000000000000');
        expect(unknown.code).toBe(1);
        expect(unknown.stderr).toMatch(/^error: .*not found/);
      },
      CLI_TIMEOUT_MS,
    );

    it('does not charge an Idempotency-Key replay', async () => {
      const keyed = (key: string, text: string) => reply(tenant, tickets[3].id, { text }).set('Idempotency-Key', key);
      const first = await keyed('credits-replay', 'Refund issued').expect(201);
      const replay = await keyed('credits-replay', 'Refund issued').expect(201);
      expect(replay.headers['idempotent-replayed']).toBe('true');
      expect(replay.body).toEqual(first.body);
      expect(await creditsOf(tenant)).toEqual(expect.objectContaining({ balance: 18, replies_this_month: 109 }));
      expect(await chargedReplies(tenant)).toBe(109);
    });

    it('restores the free allowance at 00:00 UTC on the 1st, keeping the purchased balance', async () => {
      clock.set('2031-03-31T23:59:59.999Z');
      await reply(tenant, tickets[4].id, { text: 'Last one in March' }).expect(201);
      expect(await creditsOf(tenant)).toEqual(
        expect.objectContaining({ period_start: '2031-03-01T00:00:00.000Z', free_used: 100, balance: 17 }),
      );

      clock.set('2031-04-01T00:00:00.000Z');
      expect(await creditsOf(tenant)).toEqual({
        period_start: '2031-04-01T00:00:00.000Z',
        free_monthly: 100,
        free_used: 0,
        balance: 17,
        replies_this_month: 0,
        remaining: 117,
      });
      await reply(tenant, tickets[4].id, { text: 'First one in April' }).expect(201);
      expect(await creditsOf(tenant)).toEqual(
        expect.objectContaining({
          period_start: '2031-04-01T00:00:00.000Z',
          free_used: 1,
          balance: 17,
          replies_this_month: 1,
        }),
      );
      const [latest] = await db.query(
        `SELECT pool FROM credit_ledger_entry WHERE project_id = $1 ORDER BY id DESC LIMIT 1`,
        [tenant.project.id],
      );
      expect(latest.pool).toBe('free');
    });
  });

  it('charges an MCP reply like a REST one, and never another project', async () => {
    const tenant = await ctx.project('Agentic');
    const bystander = await ctx.project('Bystander');
    const ticket = await createTicket(tenant.api);
    const mcp = await connectMcpClient(baseUrl, tenant.apiKey);
    try {
      expect(
        (await callTool(mcp, 'reply_to_ticket', { ticket_id: ticket.id, text: 'Handled by the assistant' })).isError,
      ).toBe(false);
      expect(
        (await callTool(mcp, 'reply_to_ticket', { ticket_id: ticket.id, text: 'A note', internal: true })).isError,
      ).toBe(false);
    } finally {
      await mcp.close();
    }
    expect(await creditsOf(tenant)).toEqual(
      expect.objectContaining({ free_used: 1, replies_this_month: 1, remaining: 99 }),
    );
    expect(await creditsOf(bystander)).toEqual(expect.objectContaining({ free_used: 0, remaining: 100 }));
  });

  it("charges a project's replies in the order they arrived, and keeps them waiting until their turn", async () => {
    const tenant = await ctx.project('Queued');
    const tickets = [];
    for (let index = 0; index < 3; index += 1) tickets.push(await createTicket(tenant.api));
    const held = await HeldHotRowQueue.hold(HotRowQueue.CreditAccount, tenant.project.id);
    const replies: Array<Promise<request.Response>> = [];
    try {
      for (let index = 0; index < 3; index += 1) {
        replies.push(reply(tenant, tickets[index].id, { text: `arrived ${index}` }).then((response) => response));
        // The next reply is sent only once this one waits in the queue, so the arrival order is known.
        await held.untilWaiting(index + 1);
      }
      expect(await chargedReplies(tenant)).toBe(0);
      expect(await publicAgentMessages(tenant)).toBe(0);
    } finally {
      await held.release();
    }
    expect((await Promise.all(replies)).map((response) => response.status)).toEqual([201, 201, 201]);
    const charged = await db.query(
      `SELECT m.text FROM credit_ledger_entry e JOIN ticket_message m ON m.id = e.message_id
        WHERE e.project_id = $1 AND e.kind = 'reply' ORDER BY e.id`,
      [tenant.project.id],
    );
    expect(charged.map((row: { text: string }) => row.text)).toEqual(['arrived 0', 'arrived 1', 'arrived 2']);
  });
});
