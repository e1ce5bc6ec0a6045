import request from 'supertest';
import { DataSource } from 'typeorm';
import { TelegramDeliveryWorker } from '../../src/messengers/telegram/telegram-delivery.worker.js';
import { OutboxService } from '../../src/outbox/outbox.service.js';
import { useTelegramChat } from '../helpers/telegram-chat.js';
import { createTestApp } from '../helpers/test-app.js';
import { sqlOfManager } from '../../src/common/database/sql.js';

const SECRET = 'test-webhook-secret_1';
const TOKEN = '123456:TEST-token-value';

describe('Telegram bot: webhook, deep links, delivery', () => {
  const { ctx, fake, updates } = useTelegramChat(TOKEN, SECRET, {
    TELEGRAM_WEBHOOK_URL: 'https://helpdesk.example.com/telegram/webhook',
    TELEGRAM_BOT_USERNAME: 'zapnoty_test_bot',
  });
  const tenant = ctx.useProject('Acme Support');
  let nextChat = 500_000 + Math.floor(Math.random() * 100_000);
  const newChat = () => nextChat++;

  const post = (update: object, secret: string | null = SECRET) => {
    const req = request(ctx.app.getHttpServer()).post('/telegram/webhook');
    if (secret !== null) req.set('X-Telegram-Bot-Api-Secret-Token', secret);
    return req.send(update);
  };

  beforeAll(async () => {
    await tenant.api
      .put('/v1/helpdesk/settings', { helpdesk_welcome_message: { ru: 'Привет от Acme!', en: 'Welcome to Acme!' } })
      .expect(200);
  });

  describe('webhook', () => {
    it('registers the webhook with the secret on start', () => {
      const call = fake.callsOf('setWebhook')[0];
      expect(call.token).toBe(TOKEN);
      expect(call.body).toMatchObject({ url: 'https://helpdesk.example.com/telegram/webhook', secret_token: SECRET });
    });

    it('rejects a missing or wrong secret with 401 in the error shape, and does nothing', async () => {
      const chat = newChat();
      for (const secret of [null, 'wrong', `${SECRET}x`]) {
        const response = await post(updates.start(chat, `help_${tenant.project.slug}`), secret).expect(401);
        expect(response.body).toEqual({
          error: expect.any(String),
          retryable: false,
          code: 'messenger_secret_invalid',
        });
      }
      expect(fake.callsOf('sendMessage', chat)).toHaveLength(0);
    });

    it('acknowledges a body that is not an Update with 200 and ignores it (Telegram would redeliver)', async () => {
      expect((await post({ hello: 'world' }).expect(200)).body).toEqual({ ok: true });
      expect((await post({ update_id: 'x' }).expect(200)).body).toEqual({ ok: true });
    });

    it('processes a duplicated update once', async () => {
      const chat = newChat();
      const update = updates.start(chat, `help_${tenant.project.slug}`);
      await post(update).expect(200);
      await post(update).expect(200);
      await Promise.all([post(update).expect(200), post(update).expect(200)]);
      expect(fake.callsOf('sendMessage', chat)).toHaveLength(1);
    });

    it('ignores group chats and updates it does not handle', async () => {
      const chat = newChat();
      const group = updates.text(chat, 'hello');
      group.message.chat.type = 'group';
      await post(group).expect(200);
      await post({
        update_id: updates.nextUpdateId(),
        edited_message: { message_id: 1, date: 0, chat: { id: chat, type: 'private' }, text: 'x' },
      }).expect(200);
      expect(fake.callsOf('sendMessage', chat)).toHaveLength(0);
    });
  });

  describe('help deep link', () => {
    it('opens the welcome message in English with the menu', async () => {
      const chat = newChat();
      await post(updates.start(chat, `help_${tenant.project.slug}`)).expect(200);
      const [call] = fake.callsOf('sendMessage', chat);
      expect(call.body.text).toBe('Welcome to Acme!');
      expect(call.body.reply_markup.inline_keyboard).toEqual([
        [{ text: expect.stringContaining('Create ticket'), callback_data: 'm:new' }],
        [{ text: expect.stringContaining('My tickets'), callback_data: 'm:list' }],
      ]);
      expect(call.body.parse_mode).toBeUndefined();
    });

    it('speaks Russian to a Russian-speaking user', async () => {
      const chat = newChat();
      await post(updates.start(chat, `help_${tenant.project.slug}`, 'ru')).expect(200);
      const [call] = fake.callsOf('sendMessage', chat);
      expect(call.body.text).toBe('Привет от Acme!');
      expect(call.body.reply_markup.inline_keyboard[0][0].text).toContain('Создать обращение');
    });

    it('shows only the allowed menu entries', async () => {
      const project = await ctx.project('View only');
      await project.api.put('/v1/helpdesk/settings', { helpdesk_allow_create: false }).expect(200);
      const chat = newChat();
      await post(updates.start(chat, `help_${project.project.slug}`)).expect(200);
      expect(fake.callsOf('sendMessage', chat)[0].body.reply_markup.inline_keyboard).toEqual([
        [{ text: expect.any(String), callback_data: 'm:list' }],
      ]);
    });

    it('answers an unknown project and a disabled helpdesk with a message', async () => {
      const chat = newChat();
      await post(updates.start(chat, 'help_no-such-project-here')).expect(200);
      expect(fake.textsTo(chat)).toEqual(['This support link is not valid.']);
      const disabled = await ctx.project('Disabled');
      await disabled.api.put('/v1/helpdesk/settings', { helpdesk_enabled: false }).expect(200);
      await post(updates.start(chat, `help_${disabled.project.slug}`)).expect(200);
      expect(fake.textsTo(chat)[1]).toBe('Support is not available in this project right now.');
    });

    it('treats /start text without a bot_command entity as plain text', async () => {
      const chat = newChat();
      await post(updates.text(chat, `/start help_${tenant.project.slug}`)).expect(200);
      expect(fake.textsTo(chat)).toEqual([expect.stringContaining('open the support link')]);
    });
  });

  describe('request deep link', () => {
    const createRequest = async (body: object = { channel: 'telegram' }) =>
      (await tenant.api.post('/v1/helpdesk/request', body).expect(201)).body as {
        request_id: string;
        telegram_link: string;
      };
    const statusOf = async (id: string) => (await tenant.api.get(`/v1/helpdesk/request/${id}/status`).expect(200)).body;

    it('shows the consent screen with the project name and description', async () => {
      await ctx.app
        .get(DataSource)
        .query(`UPDATE project SET description = 'We make anvils.' WHERE id = $1`, [tenant.project.id]);
      const { request_id, telegram_link } = await createRequest();
      const chat = newChat();
      await post(updates.start(chat, new URL(telegram_link).searchParams.get('start')!)).expect(200);
      const [call] = fake.callsOf('sendMessage', chat);
      expect(call.body.text).toContain('Acme Support');
      expect(call.body.text).toContain('We make anvils.');
      expect(call.body.reply_markup.inline_keyboard[0].map((b: { callback_data: string }) => b.callback_data)).toEqual([
        `rq:y:${request_id}`,
        `rq:n:${request_id}`,
      ]);
      expect(await statusOf(request_id)).toEqual({ status: 'pending' });
    });

    it('cancels on Cancel and removes the buttons', async () => {
      const { request_id } = await createRequest();
      const chat = newChat();
      await post(updates.start(chat, `hdreq_${request_id}`)).expect(200);
      const consent = fake.callsOf('sendMessage', chat)[0];
      const messageId = 1000;
      await post(updates.callback(chat, `rq:n:${request_id}`, messageId)).expect(200);
      expect(await statusOf(request_id)).toEqual({ status: 'cancelled', channel: 'telegram' });
      expect(fake.callsOf('answerCallbackQuery').length).toBeGreaterThan(0);
      expect(fake.callsOf('editMessageReplyMarkup', chat)[0].body).toMatchObject({ message_id: messageId });
      expect(consent).toBeDefined();
      // A cancelled link cannot be accepted later.
      await post(updates.callback(chat, `rq:y:${request_id}`, messageId)).expect(200);
      expect(await statusOf(request_id)).toEqual({ status: 'cancelled', channel: 'telegram' });
    });

    it('tells the customer an expired link has expired', async () => {
      const { request_id } = await createRequest();
      await ctx.app
        .get(DataSource)
        .query(`UPDATE helpdesk_request SET expires_at = now() - interval '1 second' WHERE id = $1`, [request_id]);
      const chat = newChat();
      await post(updates.start(chat, `hdreq_${request_id}`)).expect(200);
      expect(fake.textsTo(chat)).toEqual(['This link has expired. Please request a new one on the website.']);
      expect(await statusOf(request_id)).toEqual({ status: 'expired' });
    });

    it('treats an unknown request id as expired', async () => {
      const chat = newChat();
      await post(updates.start(chat, 'hdreq_ZZZZZZZZZZZZZZZZ')).expect(200);
      expect(fake.textsTo(chat)).toEqual(['This link has expired. Please request a new one on the website.']);
    });
  });

  describe('delivery of outbox rows', () => {
    const enqueue = async (eventType: string, payload: Record<string, unknown>) => {
      const ticketId = (payload.ticket_id as string) ?? crypto.randomUUID();
      await ctx.app.get(DataSource).transaction((manager) =>
        ctx.app.get(OutboxService).append(sqlOfManager(manager), [
          {
            projectId: tenant.project.id,
            topic: 'telegram',
            eventType,
            aggregateId: ticketId,
            payload: { ticket_id: ticketId, ...payload },
          },
        ]),
      );
      return ticketId;
    };
    const outboxRow = async (ticketId: string) =>
      (await ctx.app.get(DataSource).query(
        `SELECT status, attempts, last_error FROM outbox_event WHERE topic = 'telegram' AND aggregate_id = $1
           ORDER BY id`,
        [ticketId],
      )) as Array<{ status: string; attempts: number; last_error: string | null }>;
    const deliver = () => ctx.app.get(TelegramDeliveryWorker).runOnce(tenant.project.id);
    const waitForStatus = async (ticketId: string, status: string) => {
      for (let i = 0; i < 200; i++) {
        await deliver();
        const rows = await outboxRow(ticketId);
        if (rows.length > 0 && rows.every((row) => row.status === status)) return rows;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error(
        `outbox rows of ${ticketId} never became ${status}: ${JSON.stringify(await outboxRow(ticketId))}`,
      );
    };

    it('sends an agent reply as plain text and marks the row done', async () => {
      const chat = newChat();
      const text = 'Hello <b>there</b> & *stars* _under_ [link](x)';
      const ticketId = await enqueue('chat.message', { message_id: crypto.randomUUID(), chat_id: chat, text });
      await deliver();
      const call = await fake.waitFor((c) => c.method === 'sendMessage' && String(c.body.chat_id) === String(chat));
      expect(call.body.text).toBe(text);
      expect(call.body.parse_mode).toBeUndefined();
      await waitForStatus(ticketId, 'done');
    });

    it('splits a long reply at 4096 characters, in order', async () => {
      const chat = newChat();
      const text = `${'a'.repeat(4000)} ${'b'.repeat(4000)} ${'c'.repeat(100)}`;
      const ticketId = await enqueue('chat.message', { message_id: crypto.randomUUID(), chat_id: chat, text });
      await waitForStatus(ticketId, 'done');
      const texts = fake.textsTo(chat);
      expect(texts).toHaveLength(3);
      expect(texts.every((t) => t.length <= 4096)).toBe(true);
      expect(texts.join('')).toBe(text);
    });

    it('waits retry_after on 429 and then sends the message once', async () => {
      const chat = newChat();
      fake.fail({
        method: 'sendMessage',
        chatId: chat,
        status: 429,
        description: 'Too Many Requests: retry after 1',
        retryAfter: 1,
      });
      const ticketId = await enqueue('chat.message', {
        message_id: crypto.randomUUID(),
        chat_id: chat,
        text: 'after the flood',
      });
      const [row] = await waitForStatus(ticketId, 'done');
      const calls = fake.callsOf('sendMessage', chat);
      expect(calls).toHaveLength(2);
      expect(calls[1].at - calls[0].at).toBeGreaterThanOrEqual(1000);
      expect(fake.textsTo(chat)).toEqual(['after the flood', 'after the flood']);
      expect(row.attempts).toBe(1);
    });

    it('retries a 500 and a dropped connection, then sends', async () => {
      const chat = newChat();
      fake.fail({ method: 'sendMessage', chatId: chat, status: 500, description: 'Internal Server Error' });
      fake.fail({ method: 'sendMessage', chatId: chat, status: 0, description: '', dropConnection: true });
      const ticketId = await enqueue('chat.message', {
        message_id: crypto.randomUUID(),
        chat_id: chat,
        text: 'eventually',
      });
      const [row] = await waitForStatus(ticketId, 'done');
      expect(fake.callsOf('sendMessage', chat)).toHaveLength(3);
      expect(row.attempts).toBe(3);
    });

    it('fails without retrying when the user blocked the bot, and sends nothing more to that chat', async () => {
      const chat = newChat();
      fake.fail({
        method: 'sendMessage',
        chatId: chat,
        status: 403,
        description: 'Forbidden: bot was blocked by the user',
      });
      const ticketId = await enqueue('chat.message', {
        message_id: crypto.randomUUID(),
        chat_id: chat,
        text: 'are you there?',
      });
      const [row] = await waitForStatus(ticketId, 'failed');
      expect(row.last_error).toContain('bot was blocked by the user');
      const [chatRow] = await ctx.app
        .get(DataSource)
        .query(`SELECT blocked_at FROM messenger_chat WHERE channel = 'telegram' AND chat_id = $1`, [String(chat)]);
      expect(chatRow.blocked_at).not.toBeNull();
      const second = await enqueue('chat.message', { message_id: crypto.randomUUID(), chat_id: chat, text: 'second' });
      await waitForStatus(second, 'failed');
      expect(fake.callsOf('sendMessage', chat)).toHaveLength(1);
    });

    it('resumes a split reply after a failure without sending the accepted part again', async () => {
      const chat = newChat();
      const text = `${'x'.repeat(4096)}${'y'.repeat(10)}`;
      // The first part goes through; the second fails once with a 502.
      fake.fail({ method: 'sendMessage', chatId: chat, status: 502, description: 'Bad Gateway', after: 1 });
      const ticketId = await enqueue('chat.message', { message_id: crypto.randomUUID(), chat_id: chat, text });
      await waitForStatus(ticketId, 'done');
      // Three calls: part 1, part 2 (502), part 2 again; part 1 is not repeated.
      expect(fake.textsTo(chat)).toEqual(['x'.repeat(4096), 'y'.repeat(10), 'y'.repeat(10)]);
    });

    it("delivers one ticket's messages in order", async () => {
      const chat = newChat();
      const ticketId = crypto.randomUUID();
      fake.fail({ method: 'sendMessage', chatId: chat, status: 500, description: 'Internal Server Error' });
      for (const text of ['first', 'second', 'third'])
        await enqueue('chat.message', { ticket_id: ticketId, message_id: crypto.randomUUID(), chat_id: chat, text });
      await waitForStatus(ticketId, 'done');
      expect(fake.textsTo(chat)).toEqual(['first', 'first', 'second', 'third']);
    });

    it('sends the close message and the CSAT survey with 1-5 buttons', async () => {
      const chat = newChat();
      await tenant.api
        .put('/v1/helpdesk/settings', {
          helpdesk_close_message: { ru: 'Закрыто', en: 'Closed, thanks!' },
          csat_message_template: 'How did we do?',
        })
        .expect(200);
      const ticketId = await enqueue('chat.ticket_closed', { ticket_number: 7, chat_id: chat, csat_survey: true });
      await waitForStatus(ticketId, 'done');
      const calls = fake.callsOf('sendMessage', chat);
      expect(calls.map((c) => c.body.text)).toEqual(['Closed, thanks!', 'How did we do?']);
      expect(calls[1].body.reply_markup.inline_keyboard).toEqual([
        [1, 2, 3, 4, 5].map((n) => ({ text: `${n} ⭐`, callback_data: `cs:${ticketId}:${n}` })),
      ]);
    });

    it('never resends a part recorded as accepted (a restart after Telegram took it)', async () => {
      const chat = newChat();
      const ticketId = crypto.randomUUID();
      const text = `${'p'.repeat(4096)}${'q'.repeat(5)}`;
      // The row and its first part's record commit together, as if a worker sent part 0 and then died.
      await ctx.app.get(DataSource).transaction(async (manager) => {
        const [row] = await ctx.app.get(OutboxService).append(sqlOfManager(manager), [
          {
            projectId: tenant.project.id,
            topic: 'telegram',
            eventType: 'chat.message',
            aggregateId: ticketId,
            payload: { ticket_id: ticketId, message_id: crypto.randomUUID(), chat_id: chat, text },
          },
        ]);
        await manager.query(
          'INSERT INTO chat_outbound_part (outbox_event_id, part_index, message_id) VALUES ($1, 0, 4242)',
          [row.id],
        );
      });
      await waitForStatus(ticketId, 'done');
      expect(fake.textsTo(chat)).toEqual(['q'.repeat(5)]);
    });

    // Several processes share one database only with an external PostgreSQL (the embedded one is locked to one
    // process).
    const withExternalDatabase = process.env.TEST_EMBEDDED_DATABASE === 'true' ? it.skip : it;
    withExternalDatabase('sends each row once with two server processes claiming from the same outbox', async () => {
      const second = await createTestApp();
      try {
        const chats = Array.from({ length: 12 }, () => newChat());
        const ids = await Promise.all(
          chats.map((chat) =>
            enqueue('chat.message', { message_id: crypto.randomUUID(), chat_id: chat, text: `to ${chat}` }),
          ),
        );
        const handled = await Promise.all([
          deliver(),
          second.get(TelegramDeliveryWorker).runOnce(tenant.project.id),
          deliver(),
        ]);
        expect(handled.reduce((a, b) => a + b, 0)).toBe(12);
        for (const id of ids) await waitForStatus(id, 'done');
        for (const chat of chats) expect(fake.textsTo(chat)).toEqual([`to ${chat}`]);
      } finally {
        await second.close();
      }
    });

    it('sends only the close message without a survey', async () => {
      const chat = newChat();
      const ticketId = await enqueue('chat.ticket_closed', { ticket_number: 8, chat_id: chat, csat_survey: false });
      await waitForStatus(ticketId, 'done');
      expect(fake.textsTo(chat)).toEqual(['Closed, thanks!']);
    });
  });
});
