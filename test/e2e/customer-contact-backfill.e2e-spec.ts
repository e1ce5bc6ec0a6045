import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { CustomerContact1796500100000 } from '../../src/database/migrations/1796500100000-CustomerContact.js';
import { useTestApp } from '../helpers/test-app.js';

/**
 * The CustomerContact migration on data written before it: a chat row the API created with a ticket (same
 * transaction, same created_at) and no sign of contact stays without contacted_at, so the project can no
 * longer reach that chat; every row with a sign of contact (the bot created it, the chat wrote in one of the
 * project's tickets, accepted one of its requests, or is bound to the project) counts as a customer.
 * Run inside a transaction that is rolled back: the column is dropped and the migration replayed.
 */
describe('CustomerContact migration: which existing chat rows count as customers', () => {
  const ctx = useTestApp();

  it('leaves only API-created rows of chats that never contacted the project without contacted_at', async () => {
    const { project } = await ctx.project();
    const runner = ctx.app.get(DataSource).createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      await runner.query('ALTER TABLE subscriber DROP COLUMN contacted_at');
      const chat = 6_100_000_000 + Math.floor(Math.random() * 1e8);
      const ids: Record<string, string> = {};
      let ticketNumber = 0;
      const subscriber = async (name: string, chatId: number | null, channel = 'telegram') => {
        ids[name] = randomUUID();
        await runner.query(
          `INSERT INTO subscriber (id, project_id, channel, chat_id, created_at)
           VALUES ($1, $2, $3, $4, '2026-01-01T10:00:00Z')`,
          [ids[name], project.id, channel, chatId],
        );
      };
      const ticket = async (name: string, chatId: number | null, createdAt: string, channel = 'telegram') => {
        const ticketId = randomUUID();
        await runner.query(
          `INSERT INTO ticket (id, project_id, ticket_number, channel, chat_id, subscriber_id, created_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7)`,
          [ticketId, project.id, ++ticketNumber, channel, chatId, ids[name], createdAt],
        );
        return ticketId;
      };
      const apiTime = '2026-01-01T10:00:00Z';
      // The API opened a ticket for a chat that never contacted the project.
      await subscriber('apiOnly', chat);
      await ticket('apiOnly', chat, apiTime);
      // The bot subscribed the chat (help link or request), a ticket came later.
      await subscriber('viaBot', chat + 1);
      await ticket('viaBot', chat + 1, '2026-01-02T08:00:00Z');
      await subscriber('linkOnly', chat + 2, 'max');
      // API-created, but the chat then wrote in the project's ticket through the bot.
      await subscriber('wrote', chat + 3);
      const wroteTicket = await ticket('wrote', chat + 3, apiTime);
      const [message] = await runner.query(
        `INSERT INTO ticket_message (ticket_id, author, text) VALUES ($1, 'customer', 'hi') RETURNING id`,
        [wroteTicket],
      );
      await runner.query(
        `INSERT INTO chat_inbound_message (channel, chat_id, message_id, project_id, ticket_id, ticket_message_id)
         VALUES ('telegram', $1, '1', $2, $3, $4)`,
        [String(chat + 3), project.id, wroteTicket, message.id],
      );
      // API-created, but the chat accepted one of the project's requests.
      await subscriber('accepted', chat + 4);
      await ticket('accepted', chat + 4, apiTime);
      await runner.query(
        `INSERT INTO helpdesk_request (id, project_id, status, subscriber_id, expires_at)
         VALUES ($1, $2, 'accepted', $3, now())`,
        [`rq${chat}`, project.id, ids.accepted],
      );
      // API-created, but the chat is talking to the project now (its last deep link).
      await subscriber('bound', chat + 5);
      await ticket('bound', chat + 5, apiTime);
      await runner.query(`INSERT INTO messenger_chat (channel, chat_id, project_id) VALUES ('telegram', $1, $2)`, [
        String(chat + 5),
        project.id,
      ]);
      await subscriber('virtual', null, 'virtual');
      await ticket('virtual', null, apiTime, 'virtual');

      await new CustomerContact1796500100000().up(runner);

      const rows: Array<{ id: string; contacted: boolean }> = await runner.query(
        'SELECT id, contacted_at IS NOT NULL AS contacted FROM subscriber WHERE project_id = $1',
        [project.id],
      );
      const contacted = Object.fromEntries(
        Object.entries(ids).map(([name, id]) => [name, rows.find((row) => row.id === id)!.contacted]),
      );
      expect(contacted).toEqual({
        apiOnly: false,
        viaBot: true,
        linkOnly: true,
        wrote: true,
        accepted: true,
        bound: true,
        virtual: false,
      });
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });
});
