import { useTestApp } from '../helpers/test-app.js';
import { createTicket } from '../helpers/tickets.js';

describe('ticket search (q) and keyset paging (cursor)', () => {
  const ctx = useTestApp();
  const tenant = ctx.useProject();

  const search = async (query: string) =>
    (await tenant.api.get(`/v1/helpdesk/tickets?${query}`).expect(200)).body.tickets.map(
      (ticket: { subject: string }) => ticket.subject,
    );

  it('finds tickets by words of the subject, the first message and later messages (notes included)', async () => {
    const refund = await createTicket(tenant.api, { subject: 'Refund request', text: 'I was charged twice' });
    const login = await createTicket(tenant.api, { subject: 'Login issue', text: 'Verification code not arriving' });
    await createTicket(tenant.api, { subject: 'Other', text: 'Nothing related' });
    await tenant.api
      .post(`/v1/helpdesk/tickets/${login.id}/customer-reply`, { text: 'my phone is a Nokia' })
      .expect(201);
    await tenant.api
      .post(`/v1/helpdesk/tickets/${refund.id}/reply`, { text: 'escalated to accounting', internal: true })
      .expect(201);
    expect(await search('q=refund')).toEqual(['Refund request']);
    expect(await search('q=charged')).toEqual(['Refund request']);
    expect(await search('q=nokia')).toEqual(['Login issue']);
    expect(await search('q=accounting')).toEqual(['Refund request']);
    expect(await search(`q=${encodeURIComponent('verification code')}`)).toEqual(['Login issue']);
    expect(await search('q=missingword')).toEqual([]);
    expect(await search('q=refund&status=closed')).toEqual([]);
    // Operators are plain text for the user: no syntax error can reach the database.
    expect(await search(`q=${encodeURIComponent('"( & ! :*')}`)).toEqual([]);
  });

  it('walks all tickets with next_cursor, newest first, without gaps or repeats', async () => {
    const project = await ctx.project();
    for (let index = 1; index <= 7; index += 1) await createTicket(project.api, { subject: `t${index}` });
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = cursor ? `limit=3&cursor=${encodeURIComponent(cursor)}` : 'limit=3';
      const page: { tickets: Array<{ subject: string }>; total: number; next_cursor: string | null } = (
        await project.api.get(`/v1/helpdesk/tickets?${query}`).expect(200)
      ).body;
      expect(page.total).toBe(7);
      seen.push(...page.tickets.map((ticket) => ticket.subject));
      cursor = page.next_cursor;
      pages += 1;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual(['t7', 't6', 't5', 't4', 't3', 't2', 't1']);
    // A page that ends exactly at the last ticket has no next cursor.
    const exact = (await project.api.get('/v1/helpdesk/tickets?limit=7').expect(200)).body;
    expect(exact.next_cursor).toBeNull();
  });

  it('keeps filters while paging by cursor', async () => {
    const project = await ctx.project();
    const made = [];
    for (let index = 1; index <= 5; index += 1) made.push(await createTicket(project.api, { subject: `s${index}` }));
    await project.api.patch(`/v1/helpdesk/tickets/${made[1].id}/priority`, { priority: 'high' }).expect(200);
    await project.api.patch(`/v1/helpdesk/tickets/${made[3].id}/priority`, { priority: 'high' }).expect(200);
    const first = (await project.api.get('/v1/helpdesk/tickets?priority=high&limit=1').expect(200)).body;
    expect(first.tickets.map((ticket: { subject: string }) => ticket.subject)).toEqual(['s4']);
    const second = (
      await project.api.get(`/v1/helpdesk/tickets?priority=high&limit=1&cursor=${first.next_cursor}`).expect(200)
    ).body;
    expect(second.tickets.map((ticket: { subject: string }) => ticket.subject)).toEqual(['s2']);
    expect(second.next_cursor).toBeNull();
  });

  it("combines tag and q with status, counting only this project's matches beyond the page", async () => {
    const project = await ctx.project();
    const other = await ctx.project();
    const made = [];
    for (let index = 1; index <= 4; index += 1)
      made.push(await createTicket(project.api, { subject: `Card declined ${index}` }));
    const elsewhere = await createTicket(other.api, { subject: 'Card declined elsewhere' });
    await project.api
      .post('/v1/helpdesk/tickets/bulk', {
        ticket_ids: [made[0].id, made[1].id, made[2].id],
        action: 'add_tag',
        value: 'vip',
      })
      .expect(200);
    await other.api
      .post('/v1/helpdesk/tickets/bulk', { ticket_ids: [elsewhere.id], action: 'add_tag', value: 'vip' })
      .expect(200);
    await project.api.patch(`/v1/helpdesk/tickets/${made[1].id}/status`, { status: 'waiting' }).expect(200);
    const page = async (query: string) =>
      (await project.api.get(`/v1/helpdesk/tickets?${query}&limit=1`).expect(200)).body;
    const tagged = await page('tag=vip&status=new');
    expect(tagged.tickets.map((ticket: { subject: string }) => ticket.subject)).toEqual(['Card declined 3']);
    expect(tagged.total).toBe(2);
    const searched = await page('q=declined&status=new');
    expect(searched.tickets.map((ticket: { subject: string }) => ticket.subject)).toEqual(['Card declined 4']);
    expect(searched.total).toBe(3);
    expect((await page('q=declined&tag=vip')).total).toBe(3);
    expect((await page('q=declined&tag=vip&status=waiting')).total).toBe(1);
  });
});
