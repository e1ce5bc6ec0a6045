import pg from 'pg';
import { OUTBOX_NOTIFY_CHANNEL, PROJECT_EVENTS_NOTIFY_CHANNEL } from '../../src/outbox/outbox-events.js';
import { OFFLINE_BOTS, useTestApp } from '../helpers/test-app.js';
import { createTicket, subscribeChat } from '../helpers/tickets.js';
import { waitFor } from '../helpers/webhook-receiver.js';

interface Heard {
  channel: string;
  payload: string;
  /** Whether the write the wake announced was already visible to another session when the wake arrived. */
  visible: boolean;
}

/**
 * A counted write (ticket creation, replies, bot messages) sends its wake-ups (NOTIFY) after its COMMIT,
 * in a statement of its own: PostgreSQL serialises the commits of every transaction that sent a NOTIFY,
 * flush included, on one lock (src/common/database/commit-wakes.ts).
 */
describe('wake-ups of committed writes: sent after COMMIT, outside the write', () => {
  // Statements inlined, not prepared: every batch then carries its full SQL, which the order checks read.
  const ctx = useTestApp({ ...OFFLINE_BOTS, FREE_CREDITS_PER_MONTH: '1', DATABASE_PREPARED_STATEMENTS: 'false' });
  let listener: pg.Client;
  let reader: pg.Client;
  const heard: Heard[] = [];
  const sent: string[] = [];
  const originalQuery = pg.Client.prototype.query;

  beforeAll(async () => {
    reader = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await reader.connect();
    listener = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await listener.connect();
    listener.on('notification', (message) => {
      void (async () => {
        // The stream of a project: is its newest event already visible from another session?
        const visible =
          message.channel !== PROJECT_EVENTS_NOTIFY_CHANNEL ||
          (await reader.query('SELECT 1 FROM outbox_event WHERE project_id = $1 LIMIT 1', [message.payload]))
            .rowCount === 1;
        heard.push({ channel: message.channel, payload: message.payload ?? '', visible });
      })();
    });
    await listener.query(`LISTEN ${PROJECT_EVENTS_NOTIFY_CHANNEL}`);
    await listener.query(`LISTEN ${OUTBOX_NOTIFY_CHANNEL}`);
    // Every statement the app's connections send, as text (the test's own clients are left out).
    pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
      if (this !== listener && this !== reader && typeof args[0] === 'string') sent.push(args[0]);
      return (originalQuery as (...a: unknown[]) => unknown).apply(this, args);
    } as typeof originalQuery;
  });

  afterAll(async () => {
    pg.Client.prototype.query = originalQuery;
    await listener.end();
    await reader.end();
  });

  it('a new ticket: the project is announced once its event is committed, by a NOTIFY after the COMMIT', async () => {
    const tenant = await ctx.project();
    sent.length = 0;
    await subscribeChat(ctx.app, tenant.project.id, 424242, 'telegram');
    await createTicket(tenant.api, { channel: 'telegram', chat_id: 424242, subject: 'wake me' });
    await waitFor(
      () => heard.some((wake) => wake.channel === PROJECT_EVENTS_NOTIFY_CHANNEL && wake.payload === tenant.project.id),
      'the project_events wake-up',
    );
    expect(heard.find((wake) => wake.payload === tenant.project.id)?.visible).toBe(true);
    const commit = sent.findIndex((text) => /\bCOMMIT\b/.test(text) && text.includes('INSERT INTO ticket'));
    expect(commit).toBeGreaterThanOrEqual(0);
    // Nothing up to and including the write's COMMIT notifies; the wake-up is a statement sent after it.
    expect(sent.slice(0, commit + 1).some((text) => text.includes('pg_notify'))).toBe(false);
    expect(sent.slice(commit + 1).some((text) => text.includes('pg_notify'))).toBe(true);
  });

  it('a public reply to a telegram ticket wakes the telegram sender, after the COMMIT', async () => {
    const tenant = await ctx.project();
    await subscribeChat(ctx.app, tenant.project.id, 434343, 'telegram');
    const ticket = await createTicket(tenant.api, { channel: 'telegram', chat_id: 434343 });
    await waitFor(() => heard.some((wake) => wake.payload === tenant.project.id), 'the creation wake-up');
    heard.length = 0;
    sent.length = 0;
    await tenant.api.post(`/v1/helpdesk/tickets/${ticket.id}/reply`, { text: 'On its way' }).expect(201);
    // Both wake-ups follow the COMMIT, each a notification of its own: wait for the two, in whatever order.
    await waitFor(
      () =>
        heard.some((wake) => wake.channel === OUTBOX_NOTIFY_CHANNEL && wake.payload === 'telegram') &&
        heard.some((wake) => wake.payload === tenant.project.id),
      'the telegram outbox and the project events wake-ups',
    );
    expect(heard.some((wake) => wake.payload === tenant.project.id)).toBe(true);
    const commit = sent.findIndex((text) => /\bCOMMIT\b/.test(text) && text.includes('INSERT INTO outbox_event'));
    expect(commit).toBeGreaterThanOrEqual(0);
    expect(sent.slice(0, commit + 1).some((text) => text.includes('pg_notify'))).toBe(false);
  });

  it('a write that rolls back in its commit round trip wakes nobody', async () => {
    const tenant = await ctx.project();
    const wakesOfTenant = () => heard.filter((wake) => wake.payload === tenant.project.id).length;
    await subscribeChat(ctx.app, tenant.project.id, 454545, 'telegram');
    const ticket = await createTicket(tenant.api, { channel: 'telegram', chat_id: 454545 });
    await waitFor(() => wakesOfTenant() === 1, 'the creation wake-up');
    // The one free credit of the month goes to this reply; the next one is refused (402) by the charge in
    // the commit round trip, which rolls the reply and its outbox events back.
    await tenant.api.post(`/v1/helpdesk/tickets/${ticket.id}/reply`, { text: 'First answer' }).expect(201);
    await waitFor(() => wakesOfTenant() === 2, 'the reply wake-up');
    await tenant.api.post(`/v1/helpdesk/tickets/${ticket.id}/reply`, { text: 'No credit for this' }).expect(402);
    await subscribeChat(ctx.app, tenant.project.id, 464646, 'telegram');
    await createTicket(tenant.api, { channel: 'telegram', chat_id: 464646 });
    await waitFor(() => wakesOfTenant() >= 3, 'the later creation wake-up');
    expect(wakesOfTenant()).toBe(3);
  });
});
