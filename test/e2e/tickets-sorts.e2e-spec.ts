import { DataSource } from 'typeorm';
import { useTestApp } from '../helpers/test-app.js';
import { createTicket } from '../helpers/tickets.js';
import type { ApiClient } from '../helpers/test-app.js';

/** Every ticket subject of the list, walked page by page with next_cursor. */
async function walk(api: ApiClient, query: string, limit = 2): Promise<string[]> {
  const seen: string[] = [];
  let cursor: string | null = null;
  do {
    const suffix: string = cursor ? `&cursor=${cursor}` : '';
    const page = (await api.get(`/v1/helpdesk/tickets?${query}&limit=${limit}${suffix}`).expect(200)).body;
    seen.push(...page.tickets.map((ticket: { subject: string }) => ticket.subject));
    cursor = page.next_cursor;
  } while (cursor);
  return seen;
}

describe('ticket list: sla filter, sorts and keyset paging for every sort', () => {
  const ctx = useTestApp();
  const acme = ctx.useProject();
  const db = () => ctx.app.get(DataSource);
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    await acme.api.put('/v1/helpdesk/settings', { sla_first_reply_hours: 2, sla_resolve_hours: 48 }).expect(200);
    const priorities = ['low', 'urgent', 'normal', 'high', 'urgent'];
    for (const [index, priority] of priorities.entries()) {
      ids[`t${index + 1}`] = (await createTicket(acme.api, { subject: `t${index + 1}` })).id;
      await db().query(`UPDATE ticket SET priority = $2 WHERE id = $1`, [ids[`t${index + 1}`], priority]);
    }
    // Time moved through the database: t1 created 3 h ago (first reply overdue), t2 90 minutes ago (at risk),
    // t3 answered 3 h ago (resolution due in 45 h), t4 closed, t5 just now (due in 2 h).
    const move = (id: string, set: string) => db().query(`UPDATE ticket SET ${set} WHERE id = $1`, [id]);
    await move(ids.t1, `created_at = now() - interval '3 hours', updated_at = now() - interval '1 minute'`);
    await move(ids.t2, `created_at = now() - interval '90 minutes', updated_at = now() - interval '5 minutes'`);
    await move(
      ids.t3,
      `created_at = now() - interval '3 hours', first_reply_at = now() - interval '170 minutes',
                        status = 'in_progress', updated_at = now() - interval '2 minutes'`,
    );
    await move(ids.t4, `status = 'closed', closed_at = now(), updated_at = now() - interval '4 minutes'`);
    await move(ids.t5, `updated_at = now() - interval '3 minutes'`);
  });

  it('filters sla=breached and sla=at_risk by the next unmet due time', async () => {
    expect(await walk(acme.api, 'sla=breached')).toEqual(['t1']);
    expect(await walk(acme.api, 'sla=at_risk')).toEqual(['t2']);
    expect((await acme.api.get('/v1/helpdesk/tickets?sla=breached').expect(200)).body.total).toBe(1);
    expect(await walk(acme.api, 'sla=breached&status=closed')).toEqual([]);
  });

  const orders: Array<[string, string[]]> = [
    ['', ['t5', 't4', 't3', 't2', 't1']],
    ['sort=created_at&order=asc', ['t1', 't2', 't3', 't4', 't5']],
    ['sort=updated_at', ['t1', 't3', 't5', 't4', 't2']],
    ['sort=updated_at&order=asc', ['t2', 't4', 't5', 't3', 't1']],
    ['sort=priority', ['t5', 't2', 't4', 't3', 't1']],
    ['sort=priority&order=asc', ['t1', 't3', 't4', 't2', 't5']],
    ['sort=sla_due&order=asc', ['t1', 't2', 't5', 't3', 't4']],
    ['sort=sla_due', ['t4', 't3', 't5', 't2', 't1']],
  ];

  it.each(orders)('walks "%s" page by page in order without gaps or repeats', async (query, expected) => {
    expect(await walk(acme.api, query)).toEqual(expected);
    expect(await walk(acme.api, query, 3)).toEqual(expected);
  });

  it('refuses a cursor of another sort (422) and a forged one (400)', async () => {
    const page = (await acme.api.get('/v1/helpdesk/tickets?sort=priority&limit=1').expect(200)).body;
    const mismatch = await acme.api.get(`/v1/helpdesk/tickets?sort=updated_at&cursor=${page.next_cursor}`).expect(422);
    expect(mismatch.body.code).toBe('cursor_sort_mismatch');
    await acme.api.get(`/v1/helpdesk/tickets?sort=priority&order=asc&cursor=${page.next_cursor}`).expect(422);
    const plain = (await acme.api.get('/v1/helpdesk/tickets?limit=1').expect(200)).body.next_cursor;
    await acme.api.get(`/v1/helpdesk/tickets?sort=sla_due&cursor=${plain}`).expect(422);
    const forged = Buffer.from('s:priority:desc:3:1; DROP TABLE ticket').toString('base64url');
    expect((await acme.api.get(`/v1/helpdesk/tickets?sort=priority&cursor=${forged}`).expect(400)).body.code).toBe(
      'malformed_cursor',
    );
  });

  it('refuses unknown sort, order and sla values with 400', async () => {
    for (const query of ['sort=subject', 'order=up', 'sla=late']) {
      await acme.api.get(`/v1/helpdesk/tickets?${query}`).expect(400);
    }
  });
});
