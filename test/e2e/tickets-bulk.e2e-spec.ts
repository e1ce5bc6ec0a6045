import { useTestApp } from '../helpers/test-app.js';
import { addMember, createTicket, NO_SUCH_ID, outboxCursor, type StoredEvent } from '../helpers/tickets.js';

const names = (events: StoredEvent[]) => events.map((event) => `${event.topic}:${event.event_type}`);

describe('POST /v1/helpdesk/tickets/bulk', () => {
  const ctx = useTestApp();
  const tenant = ctx.useProject();
  const other = ctx.useProject();

  const bulk = (body: object) => tenant.api.post('/v1/helpdesk/tickets/bulk', body);
  const fetch = async (id: string) => (await tenant.api.get(`/v1/helpdesk/tickets/${id}`).expect(200)).body;

  it('closes tickets, counting only those that changed, skipping unknown and foreign ids', async () => {
    const [a, b, c] = [await createTicket(tenant.api), await createTicket(tenant.api), await createTicket(tenant.api)];
    const foreign = await createTicket(other.api);
    await tenant.api.patch(`/v1/helpdesk/tickets/${c.id}/status`, { status: 'closed' }).expect(200);
    const next = outboxCursor(ctx.app, tenant.project.id);
    await next();
    const response = await bulk({ ticket_ids: [a.id, b.id, c.id, foreign.id, NO_SUCH_ID], action: 'close' }).expect(
      200,
    );
    expect(response.body).toEqual({ affected: 2 });
    for (const ticket of [a, b]) {
      const after = await fetch(ticket.id);
      expect(after.status).toBe('closed');
      expect(after.closed_at).not.toBeNull();
      expect(after.status_history).toEqual([expect.objectContaining({ from: 'new', to: 'closed', source: 'bulk' })]);
    }
    expect((await other.api.get(`/v1/helpdesk/tickets/${foreign.id}`).expect(200)).body.status).toBe('new');
    // Each changed ticket fires its usual events.
    const events = await next();
    expect(names(events)).toEqual([
      'webhook:ticket.status_changed',
      'webhook:ticket.closed',
      'webhook:ticket.status_changed',
      'webhook:ticket.closed',
    ]);
    expect(new Set(events.map((event) => event.aggregate_id))).toEqual(new Set([a.id, b.id]));
  });

  it('sets a status, reopening closed tickets', async () => {
    const [a, b] = [await createTicket(tenant.api), await createTicket(tenant.api)];
    await bulk({ ticket_ids: [a.id, b.id], action: 'close' }).expect(200);
    expect((await bulk({ ticket_ids: [a.id, b.id], action: 'set_status', value: 'waiting' }).expect(200)).body).toEqual(
      { affected: 2 },
    );
    const after = await fetch(a.id);
    expect(after.status).toBe('waiting');
    expect(after.closed_at).toBeNull();
    expect((await bulk({ ticket_ids: [a.id, b.id], action: 'set_status', value: 'waiting' }).expect(200)).body).toEqual(
      { affected: 0 },
    );
  });

  it('assigns and unassigns, firing ticket.assigned per changed ticket', async () => {
    const agent = await addMember(tenant.api);
    const [a, b] = [await createTicket(tenant.api), await createTicket(tenant.api)];
    await tenant.api.patch(`/v1/helpdesk/tickets/${b.id}/assign`, { assigned_to: agent }).expect(200);
    const next = outboxCursor(ctx.app, tenant.project.id);
    await next();
    expect((await bulk({ ticket_ids: [a.id, b.id], action: 'assign', value: agent }).expect(200)).body).toEqual({
      affected: 1,
    });
    expect(names(await next())).toEqual(['webhook:ticket.assigned']);
    expect((await fetch(a.id)).assigned_to).toBe(agent);
    expect((await bulk({ ticket_ids: [a.id, b.id], action: 'assign', value: null }).expect(200)).body).toEqual({
      affected: 2,
    });
    expect((await fetch(b.id)).assigned_to).toBeNull();
  });

  it('sets priorities', async () => {
    const [a, b] = [await createTicket(tenant.api), await createTicket(tenant.api)];
    expect(
      (await bulk({ ticket_ids: [a.id, b.id], action: 'set_priority', value: 'urgent' }).expect(200)).body,
    ).toEqual({ affected: 2 });
    expect((await fetch(b.id)).priority).toBe('urgent');
  });

  it('adds and removes tags, which the list can filter by', async () => {
    const [a, b] = [await createTicket(tenant.api), await createTicket(tenant.api)];
    const next = outboxCursor(ctx.app, tenant.project.id);
    await next();
    expect((await bulk({ ticket_ids: [a.id, b.id], action: 'add_tag', value: 'billing' }).expect(200)).body).toEqual({
      affected: 2,
    });
    expect((await bulk({ ticket_ids: [a.id, b.id], action: 'add_tag', value: 'billing' }).expect(200)).body).toEqual({
      affected: 0,
    });
    expect((await bulk({ ticket_ids: [a.id], action: 'add_tag', value: 'vip' }).expect(200)).body).toEqual({
      affected: 1,
    });
    expect((await fetch(a.id)).tags).toEqual(['billing', 'vip']);
    const tagged = (await tenant.api.get('/v1/helpdesk/tickets?tag=billing').expect(200)).body;
    expect(tagged.tickets.map((ticket: { id: string }) => ticket.id)).toEqual([b.id, a.id]);
    expect((await bulk({ ticket_ids: [a.id, b.id], action: 'remove_tag', value: 'billing' }).expect(200)).body).toEqual(
      { affected: 2 },
    );
    expect((await fetch(a.id)).tags).toEqual(['vip']);
    expect((await tenant.api.get('/v1/helpdesk/tickets?tag=billing').expect(200)).body.total).toBe(0);
    // Tags fire no webhooks.
    expect(await next()).toEqual([]);
  });

  it('accepts 100 ids and refuses 101 with 422', async () => {
    const ticket = await createTicket(tenant.api);
    const hundred = [
      ticket.id,
      ...Array.from({ length: 99 }, (_, index) => `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`),
    ];
    expect((await bulk({ ticket_ids: hundred, action: 'set_priority', value: 'low' }).expect(200)).body).toEqual({
      affected: 1,
    });
    const response = await bulk({ ticket_ids: [...hundred, NO_SUCH_ID], action: 'close' }).expect(422);
    expect(response.body.retryable).toBe(false);
    expect((await fetch(ticket.id)).status).toBe('new');
  });

  it('refuses assigning someone who is not a member with 422, changing nothing', async () => {
    const outsider = await addMember(other.api);
    const ticket = await createTicket(tenant.api);
    await bulk({ ticket_ids: [ticket.id], action: 'assign', value: outsider }).expect(422);
    expect((await fetch(ticket.id)).assigned_to).toBeNull();
  });

  it.each([
    ['no ticket_ids', { action: 'close' }, 400],
    ['ticket_ids not an array', { ticket_ids: 'x', action: 'close' }, 400],
    ['a malformed id', { ticket_ids: ['nope'], action: 'close' }, 400],
    ['empty ticket_ids', { ticket_ids: [], action: 'close' }, 422],
    ['unknown action', { ticket_ids: [NO_SUCH_ID], action: 'delete' }, 400],
    ['missing action', { ticket_ids: [NO_SUCH_ID] }, 400],
    ['unknown status value', { ticket_ids: [NO_SUCH_ID], action: 'set_status', value: 'open' }, 400],
    ['unknown priority value', { ticket_ids: [NO_SUCH_ID], action: 'set_priority', value: 'critical' }, 400],
    ['malformed member id', { ticket_ids: [NO_SUCH_ID], action: 'assign', value: 'bob' }, 400],
    ['tag not a string', { ticket_ids: [NO_SUCH_ID], action: 'add_tag', value: 5 }, 400],
    ['empty tag', { ticket_ids: [NO_SUCH_ID], action: 'add_tag', value: ' ' }, 422],
    ['tag over 64 characters', { ticket_ids: [NO_SUCH_ID], action: 'add_tag', value: 't'.repeat(65) }, 422],
    ['unknown field', { ticket_ids: [NO_SUCH_ID], action: 'close', force: true }, 400],
  ])('rejects %s', async (_name, body, status) => {
    const response = await bulk(body).expect(status);
    expect(response.body).toEqual(expect.objectContaining({ error: expect.any(String), retryable: false }));
  });
});
