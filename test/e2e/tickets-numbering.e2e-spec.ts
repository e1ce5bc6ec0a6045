import { HotRowQueue } from '../../src/common/database/hot-row-queue.js';
import { HeldHotRowQueue } from '../helpers/hot-row-queue.js';
import { useTestApp } from '../helpers/test-app.js';
import { createTicket } from '../helpers/tickets.js';

describe('ticket numbers under concurrent creation', () => {
  // The pool must allow real parallelism: 64 transactions race for the project's counter row.
  const ctx = useTestApp({ DATABASE_POOL_SIZE: '16', RATE_LIMIT_PER_MINUTE: '100000' });

  it('gives 64 tickets created in parallel in one project the numbers 1..64 exactly', async () => {
    const { api } = await ctx.project();
    const tickets = await Promise.all(
      Array.from({ length: 64 }, (_, index) => createTicket(api, { text: `parallel ${index}` })),
    );
    const numbers = tickets.map((ticket) => ticket.ticket_number).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 64 }, (_, index) => index + 1));
    const listed = await api.get('/v1/helpdesk/tickets?limit=100').expect(200);
    expect(listed.body.total).toBe(64);
    expect(listed.body.tickets.map((ticket: { ticket_number: number }) => ticket.ticket_number)).toEqual(
      Array.from({ length: 64 }, (_, index) => 64 - index),
    );
  });

  it('numbers two projects independently while both create in parallel', async () => {
    const [first, second] = await Promise.all([ctx.project(), ctx.project()]);
    const creations = Array.from({ length: 40 }, (_, index) => (index % 2 === 0 ? first : second)).map(
      (project, index) =>
        createTicket(project.api, { text: `interleaved ${index}` }).then((ticket) => ({
          project,
          number: ticket.ticket_number as number,
        })),
    );
    const results = await Promise.all(creations);
    for (const project of [first, second]) {
      const numbers = results
        .filter((result) => result.project === project)
        .map((result) => result.number)
        .sort((a, b) => a - b);
      expect(numbers).toEqual(Array.from({ length: 20 }, (_, index) => index + 1));
    }
  });

  it("numbers a project's creators in the order they arrived, whoever PostgreSQL wakes first", async () => {
    const { api, project } = await ctx.project();
    const held = await HeldHotRowQueue.hold(HotRowQueue.TicketNumber, project.id);
    const creations: Array<Promise<{ ticket_number?: number; subject?: string | null }>> = [];
    try {
      for (let index = 0; index < 4; index++) {
        creations.push(createTicket(api, { subject: `arrived ${index}` }));
        // The next one is sent only once this one waits in the queue, so the arrival order is known.
        await held.untilWaiting(index + 1);
      }
      // Another project's creations do not wait behind this one's.
      const other = await ctx.project();
      expect((await createTicket(other.api, { subject: 'elsewhere' })).ticket_number).toBe(1);
    } finally {
      await held.release();
    }
    const created = await Promise.all(creations);
    expect(created.map((ticket) => [ticket.subject, ticket.ticket_number])).toEqual([
      ['arrived 0', 1],
      ['arrived 1', 2],
      ['arrived 2', 3],
      ['arrived 3', 4],
    ]);
  });
});
