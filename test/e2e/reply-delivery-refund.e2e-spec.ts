import { DataSource } from 'typeorm';
import { sqlOfManager } from '../../src/common/database/sql.js';
import { CreditsService } from '../../src/credits/credits.service.js';
import { MaxDeliveryWorker } from '../../src/messengers/max/max-delivery.worker.js';
import { TelegramDeliveryWorker } from '../../src/messengers/telegram/telegram-delivery.worker.js';
import { FakeMax } from '../helpers/fake-max.js';
import { FakeTelegram } from '../helpers/fake-telegram.js';
import { type TestProject, useTestApp } from '../helpers/test-app.js';
import { createTicket, subscribeChat } from '../helpers/tickets.js';

const MAX_TOKEN = 'max-refund-test-token';

/**
 * A reply whose chat delivery fails for good (the customer blocked the bot, the chat is gone) says why on
 * the message and gives its credit back: one `refund` ledger entry, to the pool it was charged from, shown
 * by GET /v1/credits, once however many workers or retries see the failure.
 */
describe('a reply that can never be delivered gives its credit back', () => {
  const telegram = new FakeTelegram();
  const max = new FakeMax(MAX_TOKEN);
  const ctx = useTestApp(async () => ({
    TELEGRAM_BOT_TOKEN: '780:refund-test',
    TELEGRAM_API_ROOT: await telegram.start(),
    MAX_BOT_TOKEN: MAX_TOKEN,
    MAX_API_ROOT: await max.start(),
    FREE_CREDITS_PER_MONTH: '1',
    // Deliveries run for each test's project only (runOnce).
    WORKERS_ENABLED: 'false',
  }));
  afterAll(async () => {
    await telegram.stop();
    await max.stop();
  });
  let nextChat = 830_000 + Math.floor(Math.random() * 90_000);

  const workerOf = (channel: 'telegram' | 'max') =>
    channel === 'telegram' ? ctx.app.get(TelegramDeliveryWorker) : ctx.app.get(MaxDeliveryWorker);

  async function messengerTicket(channel: 'telegram' | 'max') {
    const tenant = await ctx.project();
    const chat = nextChat++;
    await subscribeChat(ctx.app, tenant.project.id, chat, channel);
    return { tenant, chat, ticket: await createTicket(tenant.api, { channel, chat_id: chat }) };
  }

  const credits = async (tenant: TestProject) => (await tenant.api.get('/v1/credits').expect(200)).body;

  const ledger = (tenant: TestProject) =>
    ctx.app
      .get(DataSource)
      .query('SELECT kind, amount, pool, message_id FROM credit_ledger_entry WHERE project_id = $1 ORDER BY id', [
        tenant.project.id,
      ]);

  /** Runs the channel's deliveries of the project (two workers at once) until the message is settled. */
  async function deliverUntil(channel: 'telegram' | 'max', tenant: TestProject, ticketId: string, messageId: string) {
    for (let i = 0; i < 100; i++) {
      await Promise.all([workerOf(channel).runOnce(tenant.project.id), workerOf(channel).runOnce(tenant.project.id)]);
      const details = (await tenant.api.get(`/v1/helpdesk/tickets/${ticketId}`).expect(200)).body;
      const message = details.messages.find((m: { id: string }) => m.id === messageId);
      if (message.delivery !== 'pending') return message;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error(`message ${messageId} stayed pending`);
  }

  it('telegram 403 "bot was blocked by the user": delivery failed (blocked), the free credit back', async () => {
    const { tenant, chat, ticket } = await messengerTicket('telegram');
    const before = await credits(tenant);
    telegram.fail({
      method: 'sendMessage',
      chatId: chat,
      status: 403,
      description: 'Forbidden: bot was blocked by the user',
    });
    const reply = (await tenant.api.post(`/v1/helpdesk/tickets/${ticket.id}/reply`, { text: 'Hello' }).expect(201)).body
      .message;
    expect(reply).toMatchObject({ delivery: 'pending', delivery_error: null });
    expect(await credits(tenant)).toMatchObject({ free_used: 1, remaining: 0, replies_this_month: 1 });

    const settled = await deliverUntil('telegram', tenant, ticket.id, reply.id);
    expect(settled).toMatchObject({ delivery: 'failed', delivery_error: 'blocked' });
    expect(await credits(tenant)).toEqual(before);
    expect(await ledger(tenant)).toEqual([
      { kind: 'reply', amount: -1, pool: 'free', message_id: reply.id },
      { kind: 'refund', amount: 1, pool: 'free', message_id: reply.id },
    ]);

    // The same failure seen again (a retry, another worker): no second refund.
    const service = ctx.app.get(CreditsService);
    await Promise.all(
      [1, 2, 3].map(() =>
        ctx.app
          .get(DataSource)
          .transaction((manager) => service.refundReply(tenant.project.id, sqlOfManager(manager), reply.id)),
      ),
    );
    await workerOf('telegram').runOnce(tenant.project.id);
    expect((await ledger(tenant)).filter((entry: { kind: string }) => entry.kind === 'refund')).toHaveLength(1);
    expect(await credits(tenant)).toEqual(before);
  });

  it('telegram 400 "chat not found": chat_not_found, and a purchased credit goes back to the balance', async () => {
    const { tenant, chat, ticket } = await messengerTicket('telegram');
    // The month's one free credit goes to a reply that is delivered; the next one is charged to the balance.
    const first = (await tenant.api.post(`/v1/helpdesk/tickets/${ticket.id}/reply`, { text: 'One' }).expect(201)).body
      .message;
    expect(await deliverUntil('telegram', tenant, ticket.id, first.id)).toMatchObject({
      delivery: 'sent',
      delivery_error: null,
    });
    await ctx.app.get(CreditsService).topUp(tenant.project, 3);
    const before = await credits(tenant);
    expect(before).toMatchObject({ free_used: 1, balance: 3, remaining: 3 });
    telegram.fail({ method: 'sendMessage', chatId: chat, status: 400, description: 'Bad Request: chat not found' });
    const second = (await tenant.api.post(`/v1/helpdesk/tickets/${ticket.id}/reply`, { text: 'Two' }).expect(201)).body
      .message;
    expect(await credits(tenant)).toMatchObject({ balance: 2 });
    expect(await deliverUntil('telegram', tenant, ticket.id, second.id)).toMatchObject({
      delivery: 'failed',
      delivery_error: 'chat_not_found',
    });
    expect(await credits(tenant)).toEqual(before);
    const refunds = (await ledger(tenant)).filter((entry: { kind: string }) => entry.kind === 'refund');
    expect(refunds).toEqual([{ kind: 'refund', amount: 1, pool: 'purchased', message_id: second.id }]);
  });

  it.each([
    [403, 'chat.denied', 'bot is blocked by the user', 'blocked'],
    [404, 'chat.not.found', 'Chat not found', 'chat_not_found'],
  ])('max %i %s (%s): delivery failed as %s, the credit back', async (status, code, message, reason) => {
    const { tenant, chat, ticket } = await messengerTicket('max');
    const before = await credits(tenant);
    max.fail({ route: 'POST /messages', userId: chat, status, code, message });
    const reply = (await tenant.api.post(`/v1/helpdesk/tickets/${ticket.id}/reply`, { text: 'Hi' }).expect(201)).body
      .message;
    expect(await deliverUntil('max', tenant, ticket.id, reply.id)).toMatchObject({
      delivery: 'failed',
      delivery_error: reason,
    });
    expect(await credits(tenant)).toEqual(before);
    expect((await ledger(tenant)).map((entry: { kind: string }) => entry.kind)).toEqual(['reply', 'refund']);
  });
});
