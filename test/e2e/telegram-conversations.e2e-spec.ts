import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { download, sha256 } from '../helpers/downloads.js';
import { buttonsOf, useTelegramChat } from '../helpers/telegram-chat.js';
import type { TestProject } from '../helpers/test-app.js';
import { subscribeChat } from '../helpers/tickets.js';

const SECRET = 'conversations-secret';

describe('Messenger conversations: routing, media both ways, edits, My tickets', () => {
  const { ctx, fake, updates, post, sentTo, lastSent, ticketsOf, details, createTicketThroughBot, waitForDelivery } =
    useTelegramChat('778:conversations', SECRET);
  const shopA = ctx.useProject('Shop A');
  const shopB = ctx.useProject('Shop B');
  let nextChat = 900_000 + Math.floor(Math.random() * 90_000);
  const newChat = () => nextChat++;

  const texts = async (project: TestProject, id: string) =>
    (await details(project, id)).messages.map((m: { text: string }) => m.text);

  /** A ticket the project opens over the API for a chat that is already its customer (subscribeChat). */
  async function createTicketOverApi(project: TestProject, chat: number, text: string) {
    await subscribeChat(ctx.app, project.project.id, chat);
    return (await project.api.post('/v1/helpdesk/tickets', { text, channel: 'telegram', chat_id: chat }).expect(201))
      .body;
  }

  describe('routing of customer messages', () => {
    it('1. files a reply to a bot message in its ticket, even of another project, reopening it if closed', async () => {
      const chat = newChat();
      const ticketA = await createTicketThroughBot(shopA, chat, 'Order from A');
      const confirmation = sentTo(chat).find((call) =>
        String(call.body.text).includes(`#${ticketA.ticket_number} is created`),
      )!;
      await shopA.api.patch(`/v1/helpdesk/tickets/${ticketA.id}/status`, { status: 'closed' }).expect(200);
      const ticketB = await createTicketThroughBot(shopB, chat, 'Question for B');
      await post(updates.replyTo(chat, Number(confirmation.result.message_id), 'about my A order'));
      const a = await details(shopA, ticketA.id);
      expect(a.messages.map((m: { text: string }) => m.text)).toEqual(['Order from A', 'about my A order']);
      expect(a.status).toBe('in_progress');
      expect(a.status_history.at(-1)).toMatchObject({ from: 'closed', to: 'in_progress', source: 'auto' });
      expect(await texts(shopB, ticketB.id)).toEqual(['Question for B']);
    });

    it('1. files a reply to an agent reply of a ticket created over the API in that ticket', async () => {
      const chat = newChat();
      const ticket = await createTicketOverApi(shopA, chat, 'Opened by the shop');
      const reply = (
        await shopA.api.post(`/v1/helpdesk/tickets/${ticket.id}/reply`, { text: 'Hello from A' }).expect(201)
      ).body.message;
      await waitForDelivery(shopA, ticket.id, reply.id, 'sent');
      const delivered = sentTo(chat).find((call) => call.body.text === 'Hello from A')!;
      await post(updates.replyTo(chat, Number(delivered.result.message_id), 'thanks, answering'));
      expect(await texts(shopA, ticket.id)).toEqual(['Opened by the shop', 'Hello from A', 'thanks, answering']);
    });

    it('2. files a plain message in the open ticket of the project the chat talks to, not in another one', async () => {
      const chat = newChat();
      const ticketA = await createTicketThroughBot(shopA, chat, 'A problem');
      const ticketB = await createTicketThroughBot(shopB, chat, 'B problem');
      await post(updates.text(chat, 'more about B'));
      expect(await texts(shopB, ticketB.id)).toEqual(['B problem', 'more about B']);
      expect(await texts(shopA, ticketA.id)).toEqual(['A problem']);
    });

    it('3. files the answer of a customer with no current link in its ticket created over the API', async () => {
      const chat = newChat();
      const ticket = await createTicketOverApi(shopA, chat, 'We noticed a problem with your order');
      await post(updates.text(chat, 'what problem?'));
      expect(await texts(shopA, ticket.id)).toEqual(['We noticed a problem with your order', 'what problem?']);
      expect(sentTo(chat)).toHaveLength(0);
    });

    it('3. files a message in the only project with an open ticket when the current has none; says where', async () => {
      const chat = newChat();
      const ticketA = await createTicketOverApi(shopA, chat, 'A ticket over the API');
      await post(updates.start(chat, `help_${shopB.project.slug}`));
      await post(updates.text(chat, 'my answer'));
      expect(await texts(shopA, ticketA.id)).toEqual(['A ticket over the API', 'my answer']);
      expect(await ticketsOf(shopB, chat)).toEqual([]);
      expect(lastSent(chat).body.text).toBe(`Added to ticket #${ticketA.ticket_number} (Shop A).`);
    });

    it('3. offers a chooser over open tickets of all projects; files it where the customer picks', async () => {
      const chat = newChat();
      const ticketA = await createTicketOverApi(shopA, chat, 'From A');
      const ticketB = await createTicketOverApi(shopB, chat, 'From B');
      await post(updates.text(chat, 'which shop is this?'));
      const chooser = lastSent(chat);
      expect(chooser.body.text).toContain('Which one is this message about?');
      // Tickets created over the API without a subject show project and number.
      expect(
        buttonsOf(chooser)
          .map((b) => b.text)
          .sort(),
      ).toEqual([`Shop A #${ticketA.ticket_number}`, `Shop B #${ticketB.ticket_number}`].sort());
      await post(updates.callback(chat, `tk:${ticketB.id}`, Number(chooser.result.message_id)));
      expect(await texts(shopB, ticketB.id)).toEqual(['From B', 'which shop is this?']);
      expect(await texts(shopA, ticketA.id)).toEqual(['From A']);
    });

    it('starts a new ticket in the current project when the chat has no open ticket', async () => {
      const chat = newChat();
      await post(updates.start(chat, `help_${shopA.project.slug}`));
      await post(updates.text(chat, 'Brand new question'));
      const [ticket] = await ticketsOf(shopA, chat);
      expect(ticket).toMatchObject({ subject: 'Brand new question', status: 'new' });
    });

    it('4. tells a chat with no ticket and no project context to open a support link, storing nothing', async () => {
      const chat = newChat();
      await post(updates.text(chat, 'hello?'));
      expect(sentTo(chat).map((call) => call.body.text)).toEqual([
        'To contact support, open the support link from the website you came from.',
      ]);
      expect(
        await ctx.app.get(DataSource).query(`SELECT 1 FROM ticket WHERE channel = 'telegram' AND chat_id = $1`, [chat]),
      ).toEqual([]);
    });
  });

  describe('customer media', () => {
    const kinds = [
      { kind: 'photo', mime: 'image/jpeg', name: null },
      { kind: 'document', mime: 'application/pdf', name: 'report.pdf' },
      { kind: 'video', mime: 'video/mp4', name: 'clip.mp4' },
      { kind: 'audio', mime: 'audio/mpeg', name: 'song.mp3' },
      { kind: 'voice', mime: 'audio/ogg', name: null },
      { kind: 'sticker', mime: 'image/webp', name: null },
      { kind: 'animation', mime: 'video/mp4', name: 'fun.mp4' },
    ] as const;

    it.each(kinds)(
      'stores a $kind with its caption and streams it, fetched once with getFile, byte for byte',
      async ({ kind, mime, name }) => {
        const chat = newChat();
        const ticket = await createTicketThroughBot(shopA, chat, `Media ${kind}`);
        const bytes = randomBytes(300_000 + Math.floor(Math.random() * 1000));
        const fileId = `${kind}-${chat}`;
        fake.hostFile(fileId, bytes);
        await post(updates.media(chat, kind, fileId, { caption: `look at this ${kind}` }));
        const message = (await details(shopA, ticket.id)).messages[1];
        expect(message).toMatchObject({ author: 'customer', text: `look at this ${kind}` });
        expect(message.attachments).toEqual([
          {
            id: expect.any(String),
            type: kind,
            file_name: name,
            mime_type: mime,
            size: 1000,
            url: `/v1/helpdesk/tickets/${ticket.id}/attachments/${message.attachments[0].id}`,
            error: null,
          },
        ]);
        const first = await download(shopA.api, message.attachments[0].url).expect(200);
        expect(first.headers['content-type']).toBe(mime);
        expect(first.headers['content-disposition']).toMatch(/^(inline|attachment); filename=/);
        expect(sha256(first.body)).toBe(sha256(bytes));
        const second = await download(shopA.api, message.attachments[0].url).expect(200);
        expect(sha256(second.body)).toBe(sha256(bytes));
        // Kept in PostgreSQL after the first download: Telegram was asked once.
        expect(fake.callsOf('getFile').filter((call) => call.body.file_id === fileId)).toHaveLength(1);
        // The size Telegram reported is corrected to the real one.
        expect((await details(shopA, ticket.id)).messages[1].attachments[0].size).toBe(bytes.length);
      },
    );

    it('records a file over 20 MB with a clear error and still stores the message', async () => {
      const chat = newChat();
      const ticket = await createTicketThroughBot(shopA, chat, 'Huge video');
      await post(
        updates.media(chat, 'video', `huge-${chat}`, {
          caption: 'the whole meeting',
          video: {
            file_id: `huge-${chat}`,
            file_unique_id: 'h',
            file_size: 25 * 1024 * 1024,
            width: 1,
            height: 1,
            duration: 1,
            mime_type: 'video/mp4',
          },
        }),
      );
      const message = (await details(shopA, ticket.id)).messages[1];
      expect(message.text).toBe('the whole meeting');
      expect(message.attachments[0].error).toContain('up to 20 MB');
      const refused = await shopA.api.get(message.attachments[0].url).expect(422);
      expect(refused.body).toMatchObject({ error: expect.stringContaining('cannot be downloaded'), retryable: false });
      expect(fake.callsOf('getFile').filter((call) => call.body.file_id === `huge-${chat}`)).toHaveLength(0);
    });

    it('records the error when getFile refuses a file on first download', async () => {
      const chat = newChat();
      const ticket = await createTicketThroughBot(shopA, chat, 'Refused doc');
      fake.hostFile(`refused-${chat}`, Buffer.from('x'), { tooBig: true });
      await post(updates.media(chat, 'document', `refused-${chat}`));
      const url = (await details(shopA, ticket.id)).messages[1].attachments[0].url;
      const refused = await shopA.api.get(url).expect(422);
      expect(refused.body.error).toContain('file is too big');
      expect((await details(shopA, ticket.id)).messages[1].attachments[0].error).toContain('file is too big');
    });

    it('makes one message with several attachments of an album, whose items arrive as separate updates', async () => {
      const chat = newChat();
      const ticket = await createTicketThroughBot(shopA, chat, 'Album ticket');
      const group = `album-${chat}`;
      await post(updates.media(chat, 'photo', `p1-${chat}`, { media_group_id: group, caption: 'three angles' }));
      await post(updates.media(chat, 'photo', `p2-${chat}`, { media_group_id: group }));
      await post(updates.media(chat, 'video', `v3-${chat}`, { media_group_id: group }));
      const messages = (await details(shopA, ticket.id)).messages;
      expect(messages).toHaveLength(2);
      expect(messages[1].text).toBe('three angles');
      expect(messages[1].attachments.map((a: { type: string }) => a.type)).toEqual(['photo', 'photo', 'video']);
      const refs = await ctx.app
        .get(DataSource)
        .query('SELECT file_ref FROM attachment WHERE message_id = $1 ORDER BY created_at, file_ref', [messages[1].id]);
      expect(refs.map((row: { file_ref: string }) => row.file_ref).sort()).toEqual(
        [`p1-${chat}`, `p2-${chat}`, `v3-${chat}`].sort(),
      );
    });

    it('makes one message of an album that starts a ticket', async () => {
      const chat = newChat();
      await post(updates.start(chat, `help_${shopB.project.slug}`));
      await post(updates.callback(chat, 'm:new', 1));
      const group = `album-new-${chat}`;
      await post(updates.media(chat, 'photo', `n1-${chat}`, { media_group_id: group }));
      await post(
        updates.media(chat, 'photo', `n2-${chat}`, { media_group_id: group, caption: 'second has the caption' }),
      );
      const [ticket] = await ticketsOf(shopB, chat);
      const messages = (await details(shopB, ticket.id)).messages;
      expect(messages).toHaveLength(1);
      expect(messages[0]).toMatchObject({ text: 'second has the caption' });
      expect(messages[0].attachments).toHaveLength(2);
    });
  });

  describe('edits', () => {
    it('updates the stored message when the customer edits it, keeping the earlier text', async () => {
      const chat = newChat();
      const ticket = await createTicketThroughBot(shopA, chat, 'Edit ticket');
      const update = updates.text(chat, 'my order is 1243');
      await post(update);
      await post(updates.edited(chat, update.message.message_id, 'my order is 1234'));
      const message = (await details(shopA, ticket.id)).messages[1];
      expect(message).toMatchObject({
        text: 'my order is 1234',
        edits: [{ text: 'my order is 1243', replaced_at: expect.any(String) }],
      });
      expect(Date.parse(message.edited_at)).toBeGreaterThanOrEqual(Date.parse(message.created_at));
      await post(updates.edited(chat, update.message.message_id, 'my order is 1234, sorry'));
      const again = (await details(shopA, ticket.id)).messages[1];
      expect(again.edits.map((edit: { text: string }) => edit.text)).toEqual(['my order is 1243', 'my order is 1234']);
      // Search finds the new text.
      const found = (await shopA.api.get(`/v1/helpdesk/tickets?q=sorry`).expect(200)).body.tickets.map(
        (t: { id: string }) => t.id,
      );
      expect(found).toContain(ticket.id);
    });

    it('shows an unedited message without edits', async () => {
      const chat = newChat();
      const ticket = await createTicketThroughBot(shopA, chat, 'Never edited');
      expect((await details(shopA, ticket.id)).messages[0]).toMatchObject({ edited_at: null, edits: [] });
    });
  });

  describe('My tickets in the bot', () => {
    it('lists open and recently closed tickets, shows the last messages of one; the customer closes it', async () => {
      const chat = newChat();
      const open = await createTicketThroughBot(shopA, chat, 'Still open');
      await shopA.api.post(`/v1/helpdesk/tickets/${open.id}/reply`, { text: 'We are on it' }).expect(201);
      await shopA.api
        .post(`/v1/helpdesk/tickets/${open.id}/reply`, { text: 'secret note', internal: true })
        .expect(201);
      await post(updates.callback(chat, 'm:new', 1));
      await post(updates.text(chat, 'Already solved'));
      const solved = (await ticketsOf(shopA, chat)).find((t) => t.subject === 'Already solved')!;
      await shopA.api.patch(`/v1/helpdesk/tickets/${solved.id}/status`, { status: 'closed' }).expect(200);

      await post(updates.callback(chat, 'm:list', 1));
      const list = lastSent(chat);
      expect(buttonsOf(list)).toEqual([
        { text: `#${open.ticket_number} · in progress · Still open`, callback_data: `tv:${open.id}` },
        { text: `#${solved.ticket_number} · closed · Already solved`, callback_data: `tv:${solved.id}` },
      ]);

      await post(updates.callback(chat, `tv:${open.id}`, Number(list.result.message_id)));
      const view = lastSent(chat);
      expect(view.body.text).toBe(
        `Ticket #${open.ticket_number} · in progress\nStill open\n\n🙂 You: Still open\n💬 Support: We are on it`,
      );
      expect(buttonsOf(view)).toEqual([{ text: '✅ Close ticket', callback_data: `tx:${open.id}` }]);

      await post(updates.callback(chat, `tx:${open.id}`, Number(view.result.message_id)));
      const closed = await details(shopA, open.id);
      expect(closed.status).toBe('closed');
      expect(closed.status_history.at(-1)).toMatchObject({ from: 'in_progress', to: 'closed', source: 'customer' });
      expect(lastSent(chat).body.text).toBe(
        `Ticket #${open.ticket_number} is closed. Write again any time to reopen it.`,
      );

      await post(updates.callback(chat, `tv:${solved.id}`, 1));
      expect(buttonsOf(lastSent(chat))).toEqual([]);
    });

    it('does not show or close a ticket of another chat', async () => {
      const chat = newChat();
      await createTicketThroughBot(shopA, chat, 'Mine');
      const foreign = await createTicketThroughBot(shopA, newChat(), 'Not mine');
      await post(updates.callback(chat, `tv:${foreign.id}`, 1));
      expect(lastSent(chat).body.text).toBe('This button is no longer active.');
      await post(updates.callback(chat, `tx:${foreign.id}`, 1));
      expect((await details(shopA, foreign.id)).status).toBe('new');
    });
  });
});
