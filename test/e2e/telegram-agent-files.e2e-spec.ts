import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { download, sha256 } from '../helpers/downloads.js';
import { useTelegramChat } from '../helpers/telegram-chat.js';
import type { TestProject } from '../helpers/test-app.js';

const SECRET = 'agent-files-secret';

describe('Messenger conversations: agent files to the chat', () => {
  const { ctx, fake, sentTo, createTicketThroughBot, waitForDelivery } = useTelegramChat('779:agent-files', SECRET);
  const shopA = ctx.useProject('Shop A');
  let nextChat = 900_000 + Math.floor(Math.random() * 90_000);
  const newChat = () => nextChat++;

  describe('agent files to the chat', () => {
    const reply = (project: TestProject, ticketId: string) =>
      request(ctx.app.getHttpServer())
        .post(`/v1/helpdesk/tickets/${ticketId}/reply`)
        .set('Authorization', `Bearer ${project.apiKey}`);

    it('sends one photo with sendPhoto, text as caption, bytes unchanged; ticket.replied has metadata', async () => {
      const chat = newChat();
      const ticket = await createTicketThroughBot(shopA, chat, 'Send me a photo');
      const png = randomBytes(120_000);
      const response = await reply(shopA, ticket.id)
        .field('text', 'Here is the screenshot')
        .attach('files', png, { filename: 'screen.png', contentType: 'image/png' })
        .expect(201);
      const message = response.body.message;
      expect(message).toMatchObject({
        text: 'Here is the screenshot',
        delivery: 'pending',
        attachments: [
          { type: 'photo', file_name: 'screen.png', mime_type: 'image/png', size: png.length, error: null },
        ],
      });
      await waitForDelivery(shopA, ticket.id, message.id, 'sent');
      const [sent] = fake.callsOf('sendPhoto', chat);
      expect(sent.body.caption).toBe('Here is the screenshot');
      expect(sent.files.photo).toMatchObject({ filename: 'screen.png', sha256: sha256(png) });
      const [event] = await ctx.app.get(DataSource).query(
        `SELECT payload FROM outbox_event WHERE topic = 'webhook' AND event_type = 'ticket.replied'
           AND payload->'message'->>'id' = $1`,
        [message.id],
      );
      expect(event.payload.message.attachments).toEqual(message.attachments);
      const back = await download(shopA.api, message.attachments[0].url).expect(200);
      expect(sha256(back.body)).toBe(sha256(png));
      expect(back.headers['content-disposition']).toBe(`inline; filename="screen.png"; filename*=UTF-8''screen.png`);
    });

    it('sends several files as albums (photos and documents apart), a long text as caption + a follow-up', async () => {
      const chat = newChat();
      const ticket = await createTicketThroughBot(shopA, chat, 'Several files');
      const [a, b, pdf] = [randomBytes(5000), randomBytes(6000), randomBytes(7000)];
      const text = `${'word '.repeat(250)}END`;
      const response = await reply(shopA, ticket.id)
        .field('text', text)
        .attach('files', a, { filename: 'a.jpg', contentType: 'image/jpeg' })
        .attach('files', b, { filename: 'b.webp', contentType: 'image/webp' })
        .attach('files', pdf, { filename: 'invoice.pdf', contentType: 'application/pdf' })
        .expect(201);
      await waitForDelivery(shopA, ticket.id, response.body.message.id, 'sent');
      const [album] = fake.callsOf('sendMediaGroup', chat);
      const media = album.body.media as Array<{ type: string; media: string; caption?: string }>;
      expect(media.map((item) => item.type)).toEqual(['photo', 'photo']);
      expect(media[0].caption!.length).toBeLessThanOrEqual(1024);
      expect(media.map((item) => album.files[item.media.replace('attach://', '')].sha256)).toEqual([
        sha256(a),
        sha256(b),
      ]);
      const [document] = fake.callsOf('sendDocument', chat);
      expect(document.files.document).toMatchObject({ filename: 'invoice.pdf', sha256: sha256(pdf) });
      expect(document.body.caption).toBeUndefined();
      const followUp = sentTo(chat).at(-1)!;
      expect(media[0].caption! + followUp.body.text).toBe(text);
    });

    it('retries a file reply after a 429 and sends it once', async () => {
      const chat = newChat();
      const ticket = await createTicketThroughBot(shopA, chat, 'Flooded file');
      fake.fail({
        method: 'sendDocument',
        chatId: chat,
        status: 429,
        description: 'Too Many Requests: retry after 1',
        retryAfter: 1,
      });
      const response = await reply(shopA, ticket.id)
        .attach('files', Buffer.from('hello'), { filename: 'note.txt', contentType: 'text/plain' })
        .expect(201);
      expect(response.body.message.text).toBe('');
      await waitForDelivery(shopA, ticket.id, response.body.message.id, 'sent');
      const attempts = fake.callsOf('sendDocument', chat);
      expect(attempts).toHaveLength(2);
      expect(attempts[1].files.document.data.toString()).toBe('hello');
    });

    it('marks a file reply failed and the customer blocked when the bot is blocked', async () => {
      const chat = newChat();
      const ticket = await createTicketThroughBot(shopA, chat, 'Blocked file');
      fake.fail({
        method: 'sendPhoto',
        chatId: chat,
        status: 403,
        description: 'Forbidden: bot was blocked by the user',
      });
      const response = await reply(shopA, ticket.id)
        .attach('files', randomBytes(100), { filename: 'x.png', contentType: 'image/png' })
        .expect(201);
      await waitForDelivery(shopA, ticket.id, response.body.message.id, 'failed');
      const [row] = await ctx.app
        .get(DataSource)
        .query('SELECT blocked_at FROM subscriber WHERE project_id = $1 AND chat_id = $2', [shopA.project.id, chat]);
      expect(row.blocked_at).not.toBeNull();
    });
  });
});
