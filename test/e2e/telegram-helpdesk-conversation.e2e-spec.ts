import { DataSource } from 'typeorm';
import { TelegramDeliveryWorker } from '../../src/messengers/telegram/telegram-delivery.worker.js';
import { botMessageIdOf, buttonsOf, useTelegramChat } from '../helpers/telegram-chat.js';

const SECRET = 'helpdesk-flow-secret';

describe('Telegram helpdesk: conversation, agent replies, closing and CSAT', () => {
  const {
    ctx,
    post,
    sentTo,
    lastSent,
    ticketsOf,
    details,
    createTicketThroughBot,
    waitForDelivery,
    updates,
    fake,
    sendFor,
  } = useTelegramChat('777:helpdesk-conversation', SECRET);
  const tenant = ctx.useProject('Flows');
  let nextChat = 300_000 + Math.floor(Math.random() * 100_000);
  const newChat = () => nextChat++;

  describe('conversation', () => {
    it('adds a message to the only open ticket and reopens nothing else', async () => {
      const chat = newChat();
      const ticket = await createTicketThroughBot(tenant, chat, 'Only one');
      const before = sentTo(chat).length;
      await post(updates.text(chat, 'more details'));
      const full = await details(tenant, ticket.id);
      expect(full.messages.map((m: { text: string }) => m.text)).toEqual(['Only one', 'more details']);
      expect(sentTo(chat)).toHaveLength(before);
    });

    it('asks which ticket with two open tickets and files the message where the customer chose', async () => {
      const chat = newChat();
      const first = await createTicketThroughBot(tenant, chat, 'Ticket A');
      await post(updates.callback(chat, 'm:new', 1));
      await post(updates.text(chat, 'Ticket B'));
      const second = (await ticketsOf(tenant, chat)).find((t) => t.subject === 'Ticket B')!;

      await post(updates.text(chat, 'which one?'));
      const question = lastSent(chat);
      expect(question.body.text).toContain('Which one is this message about?');
      expect(
        buttonsOf(question)
          .map((b) => b.callback_data)
          .sort(),
      ).toEqual([`tk:${first.id}`, `tk:${second.id}`].sort());
      // Nothing is filed until the customer picks.
      expect((await details(tenant, first.id)).messages).toHaveLength(1);
      expect((await details(tenant, second.id)).messages).toHaveLength(1);

      await post(updates.callback(chat, `tk:${first.id}`, 4321));
      expect((await details(tenant, first.id)).messages.map((m: { text: string }) => m.text)).toEqual([
        'Ticket A',
        'which one?',
      ]);
      expect((await details(tenant, second.id)).messages).toHaveLength(1);
      expect(lastSent(chat).body.text).toBe(`Added to ticket #${first.ticket_number}.`);
      expect(fake.callsOf('editMessageReplyMarkup', chat).at(-1)!.body).toMatchObject({ message_id: 4321 });
    });

    it('files a reply to a bot message of a ticket in that ticket', async () => {
      const chat = newChat();
      const first = await createTicketThroughBot(tenant, chat, 'Reply target');
      const confirmation = await sendFor(chat, (c) =>
        String(c.body.text).includes(`#${first.ticket_number} is created`),
      );
      await post(updates.callback(chat, 'm:new', 1));
      await post(updates.text(chat, 'Another one'));
      const sentBefore = sentTo(chat).length;
      await post(updates.replyTo(chat, botMessageIdOf(confirmation), 'answer to the first'));
      expect((await details(tenant, first.id)).messages.map((m: { text: string }) => m.text)).toEqual([
        'Reply target',
        'answer to the first',
      ]);
      expect(sentTo(chat)).toHaveLength(sentBefore);
    });

    it('ignores a ticket button for a ticket that is not the customer’s', async () => {
      const chat = newChat();
      const mine = await createTicketThroughBot(tenant, chat, 'Mine 1');
      await post(updates.callback(chat, 'm:new', 1));
      await post(updates.text(chat, 'Mine 2'));
      const otherChat = newChat();
      const foreign = await createTicketThroughBot(tenant, otherChat, 'Someone else');
      await post(updates.text(chat, 'sneaky'));
      await post(updates.callback(chat, `tk:${foreign.id}`, 1));
      expect((await details(tenant, foreign.id)).messages).toHaveLength(1);
      expect((await details(tenant, mine.id)).messages).toHaveLength(1);
      expect(lastSent(chat).body.text).toBe('This button is no longer active.');
    });

    it('keeps photos, documents and voice messages as attachments with their caption as text', async () => {
      const chat = newChat();
      const ticket = await createTicketThroughBot(tenant, chat, 'Media ticket');
      await post(
        updates.message(chat, {
          photo: [
            { file_id: 'photo-small', width: 90, height: 90 },
            { file_id: 'photo-large', width: 900, height: 900 },
          ],
          caption: 'the error',
        }),
      );
      await post(updates.message(chat, { document: { file_id: 'doc-1', file_name: 'log.txt' } }));
      await post(updates.message(chat, { voice: { file_id: 'voice-1', duration: 3 } }));
      const messages = (await details(tenant, ticket.id)).messages.slice(1);
      expect(messages.map((m: Record<string, unknown>) => ({ text: m.text, attachments: m.attachments }))).toEqual([
        {
          text: 'the error',
          attachments: [
            expect.objectContaining({ type: 'photo', mime_type: 'image/jpeg', file_name: null, error: null }),
          ],
        },
        { text: '[document]', attachments: [expect.objectContaining({ type: 'document', file_name: 'log.txt' })] },
        { text: '[voice]', attachments: [expect.objectContaining({ type: 'voice', mime_type: 'audio/ogg' })] },
      ]);
      const rows = await ctx.app
        .get(DataSource)
        .query('SELECT file_ref FROM attachment WHERE ticket_id = $1 ORDER BY file_ref', [ticket.id]);
      expect(rows.map((row: { file_ref: string }) => row.file_ref)).toEqual(['doc-1', 'photo-large', 'voice-1']);
    });

    it('creates a ticket from a photo sent as the description', async () => {
      const chat = newChat();
      await post(updates.start(chat, `help_${tenant.project.slug}`));
      await post(updates.callback(chat, 'm:new', 1));
      await post(updates.message(chat, { photo: [{ file_id: 'only-photo', width: 9, height: 9 }] }));
      const [ticket] = await ticketsOf(tenant, chat);
      expect((await details(tenant, ticket.id)).messages[0]).toMatchObject({
        text: '[photo]',
        attachments: [
          { type: 'photo', url: expect.stringContaining(`/v1/helpdesk/tickets/${ticket.id}/attachments/`) },
        ],
      });
    });

    it('reopens a waiting ticket when the customer writes (through TicketsService)', async () => {
      const chat = newChat();
      const ticket = await createTicketThroughBot(tenant, chat, 'Waiting one');
      await tenant.api.patch(`/v1/helpdesk/tickets/${ticket.id}/status`, { status: 'waiting' }).expect(200);
      await post(updates.text(chat, 'here is the info'));
      const full = await details(tenant, ticket.id);
      expect(full.status).toBe('in_progress');
      expect(full.status_history.at(-1)).toMatchObject({ from: 'waiting', to: 'in_progress', source: 'auto' });
    });

    it('marks the update done in the very transaction that stores its message', async () => {
      const chat = newChat();
      const ticket = await createTicketThroughBot(tenant, chat, 'Atomic');
      const update = updates.text(chat, 'stored and marked together');
      await post(update);
      const stored = (await details(tenant, ticket.id)).messages.at(-1);
      expect(stored.text).toBe('stored and marked together');
      // The same xmin: the completion mark committed with the message, so a crash cannot leave a stored
      // message whose update would run again, nor a completed update whose message is missing.
      const [row] = await ctx.app.get(DataSource).query(
        `SELECT p.completed_at IS NOT NULL AS completed, p.xmin::text = m.xmin::text AS same_transaction
           FROM messenger_processed_update p, ticket_message m WHERE p.update_id = $1 AND m.id = $2`,
        [String(update.update_id), stored.id],
      );
      expect(row).toEqual({ completed: true, same_transaction: true });
    });

    it('processes a duplicated message update once', async () => {
      const chat = newChat();
      const ticket = await createTicketThroughBot(tenant, chat, 'Dup');
      const update = updates.text(chat, 'only once');
      await post(update);
      await post(update);
      expect((await details(tenant, ticket.id)).messages.map((m: { text: string }) => m.text)).toEqual([
        'Dup',
        'only once',
      ]);
    });
  });

  describe('agent replies', () => {
    it('arrives in the chat and the message is marked sent', async () => {
      const chat = newChat();
      const ticket = await createTicketThroughBot(tenant, chat, 'Need an answer');
      const reply = await tenant.api
        .post(`/v1/helpdesk/tickets/${ticket.id}/reply`, { text: 'Check your spam folder' })
        .expect(201);
      expect(reply.body.message.delivery).toBe('pending');
      await waitForDelivery(tenant, ticket.id, reply.body.message.id, 'sent');
      expect(fake.textsTo(chat)).toContain('Check your spam folder');
    });

    it('never sends an internal note', async () => {
      const chat = newChat();
      const ticket = await createTicketThroughBot(tenant, chat, 'Note ticket');
      await tenant.api
        .post(`/v1/helpdesk/tickets/${ticket.id}/reply`, { text: 'internal only', internal: true })
        .expect(201);
      const visible = await tenant.api
        .post(`/v1/helpdesk/tickets/${ticket.id}/reply`, { text: 'public one' })
        .expect(201);
      await waitForDelivery(tenant, ticket.id, visible.body.message.id, 'sent');
      expect(fake.textsTo(chat)).not.toContain('internal only');
    });

    it('waits retry_after after a 429 and then delivers', async () => {
      const chat = newChat();
      const ticket = await createTicketThroughBot(tenant, chat, 'Flood');
      fake.fail({
        method: 'sendMessage',
        chatId: chat,
        status: 429,
        description: 'Too Many Requests: retry after 1',
        retryAfter: 1,
      });
      const reply = await tenant.api
        .post(`/v1/helpdesk/tickets/${ticket.id}/reply`, { text: 'after waiting' })
        .expect(201);
      await waitForDelivery(tenant, ticket.id, reply.body.message.id, 'sent');
      const attempts = fake.callsOf('sendMessage', chat).filter((c) => c.body.text === 'after waiting');
      expect(attempts).toHaveLength(2);
      expect(attempts[1].at - attempts[0].at).toBeGreaterThanOrEqual(1000);
    });

    it('marks the message failed and the subscriber blocked on 403; unblocks when the customer writes', async () => {
      const chat = newChat();
      const ticket = await createTicketThroughBot(tenant, chat, 'Blocker');
      fake.fail({
        method: 'sendMessage',
        chatId: chat,
        status: 403,
        description: 'Forbidden: bot was blocked by the user',
      });
      const reply = await tenant.api.post(`/v1/helpdesk/tickets/${ticket.id}/reply`, { text: 'hello?' }).expect(201);
      await waitForDelivery(tenant, ticket.id, reply.body.message.id, 'failed');
      const blockedAt = async () =>
        (
          await ctx.app
            .get(DataSource)
            .query(`SELECT blocked_at FROM subscriber WHERE project_id = $1 AND chat_id = $2`, [
              tenant.project.id,
              chat,
            ])
        )[0].blocked_at;
      expect(await blockedAt()).not.toBeNull();
      expect(fake.callsOf('sendMessage', chat).filter((c) => c.body.text === 'hello?')).toHaveLength(1);
      await post(updates.text(chat, 'I unblocked you'));
      expect(await blockedAt()).toBeNull();
      const again = await tenant.api
        .post(`/v1/helpdesk/tickets/${ticket.id}/reply`, { text: 'welcome back' })
        .expect(201);
      await waitForDelivery(tenant, ticket.id, again.body.message.id, 'sent');
    });

    it('lets the customer reply to an agent message to reach that ticket', async () => {
      const chat = newChat();
      const first = await createTicketThroughBot(tenant, chat, 'Thread 1');
      await post(updates.callback(chat, 'm:new', 1));
      await post(updates.text(chat, 'Thread 2'));
      const reply = await tenant.api
        .post(`/v1/helpdesk/tickets/${first.id}/reply`, { text: 'agent on thread 1' })
        .expect(201);
      await waitForDelivery(tenant, first.id, reply.body.message.id, 'sent');
      const agentMessage = fake.callsOf('sendMessage', chat).find((c) => c.body.text === 'agent on thread 1')!;
      await post(updates.replyTo(chat, botMessageIdOf(agentMessage), 'thanks, agent'));
      expect((await details(tenant, first.id)).messages.map((m: { text: string }) => m.text)).toContain(
        'thanks, agent',
      );
    });
  });

  describe('closing and CSAT', () => {
    it('sends the close message and a 1-5 survey; a tap stores the rating and takes the buttons away', async () => {
      const project = await ctx.project('Rated');
      await project.api
        .put('/v1/helpdesk/settings', {
          csat_enabled: true,
          csat_message_template: 'Rate us, please',
          helpdesk_close_message: { ru: 'Закрыто', en: 'We closed your ticket.' },
        })
        .expect(200);
      const chat = newChat();
      const ticket = await createTicketThroughBot(project, chat, 'Rate me');
      await project.api.patch(`/v1/helpdesk/tickets/${ticket.id}/status`, { status: 'closed' }).expect(200);
      await ctx.app.get(TelegramDeliveryWorker).runOnce(project.project.id);
      const [closeMessage, survey] = sentTo(chat).slice(-2);
      expect(closeMessage.body.text).toBe('We closed your ticket.');
      expect(survey.body.text).toBe('Rate us, please');
      expect(buttonsOf(survey).map((b) => b.callback_data)).toEqual([1, 2, 3, 4, 5].map((n) => `cs:${ticket.id}:${n}`));

      await post(updates.callback(chat, `cs:${ticket.id}:4`, botMessageIdOf(survey)));
      expect((await details(project, ticket.id)).csat_rating).toBe(4);
      expect(fake.callsOf('editMessageReplyMarkup', chat).at(-1)!.body).toMatchObject({
        message_id: botMessageIdOf(survey),
        reply_markup: { inline_keyboard: [] },
      });
      expect(lastSent(chat).body.text).toBe('Thank you for your rating: ⭐⭐⭐⭐');
      const events = await ctx.app.get(DataSource).query(
        `SELECT event_type FROM outbox_event WHERE project_id = $1 AND topic = 'webhook'
           AND event_type = 'ticket.csat_received'`,
        [project.project.id],
      );
      expect(events).toHaveLength(1);

      // A second tap (an old client still showing the buttons) does not change the rating.
      await post(updates.callback(chat, `cs:${ticket.id}:1`, botMessageIdOf(survey)));
      expect((await details(project, ticket.id)).csat_rating).toBe(4);
      expect(lastSent(chat).body.text).toContain('already rated');
    });

    it('sends no survey when CSAT is off', async () => {
      const project = await ctx.project('Unrated');
      const chat = newChat();
      const ticket = await createTicketThroughBot(project, chat, 'No survey');
      const before = sentTo(chat).length;
      await project.api.patch(`/v1/helpdesk/tickets/${ticket.id}/status`, { status: 'closed' }).expect(200);
      await ctx.app.get(TelegramDeliveryWorker).runOnce(project.project.id);
      expect(
        sentTo(chat)
          .slice(before)
          .map((c) => c.body.text),
      ).toEqual(['Your ticket is closed. Thank you for contacting us!']);
    });

    it('ignores a rating button for a ticket the bot never surveyed in this chat', async () => {
      const project = await ctx.project('Forged');
      await project.api.put('/v1/helpdesk/settings', { csat_enabled: true }).expect(200);
      const owner = newChat();
      const ticket = await createTicketThroughBot(project, owner, 'Not yours');
      await project.api.patch(`/v1/helpdesk/tickets/${ticket.id}/status`, { status: 'closed' }).expect(200);
      await ctx.app.get(TelegramDeliveryWorker).runOnce(project.project.id);
      const stranger = newChat();
      await post(updates.callback(stranger, `cs:${ticket.id}:1`, 1));
      expect((await details(project, ticket.id)).csat_rating).toBeNull();
      expect(lastSent(stranger).body.text).toBe('This button is no longer active.');
    });
  });
});
