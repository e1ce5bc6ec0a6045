import { signedInMember, TEST_PUBLIC_URL } from '../helpers/sessions.js';
import { useTestApp } from '../helpers/test-app.js';
import { createTicket, NO_SUCH_ID, outboxCursor } from '../helpers/tickets.js';

describe('ticket edits: PATCH and DELETE /v1/helpdesk/tickets/{id}', () => {
  const ctx = useTestApp({ PUBLIC_URL: TEST_PUBLIC_URL, WORKERS_ENABLED: 'false' });
  const tenant = ctx.useProject('Edits');
  const other = ctx.useProject('Other edits');

  it('changes the subject and type, answers the ticket and fires ticket.updated', async () => {
    const events = outboxCursor(ctx.app, tenant.project.id);
    const bug = (await tenant.api.post('/v1/helpdesk/ticket-types', { name: 'Bug' }).expect(201)).body;
    const ticket = await createTicket(tenant.api, { subject: 'Old subject' });
    await events();

    const updated = (
      await tenant.api
        .patch(`/v1/helpdesk/tickets/${ticket.id}`, { subject: 'Не приходит код', ticket_type_id: bug.id })
        .expect(200)
    ).body;
    expect(updated).toMatchObject({
      id: ticket.id,
      ticket_number: ticket.ticket_number,
      subject: 'Не приходит код',
      ticket_type_id: bug.id,
      ticket_type_name: 'Bug',
      status: 'new',
    });
    const fired = (await events()).filter((e) => e.topic === 'webhook');
    expect(fired.map((e) => e.event_type)).toEqual(['ticket.updated']);
    expect(fired[0].payload).toMatchObject({
      id: ticket.id,
      subject: 'Не приходит код',
      changes: ['subject', 'ticket_type_id'],
    });
    const found = (await tenant.api.get('/v1/helpdesk/tickets?q=приходит').expect(200)).body.tickets;
    expect(found.map((t: { id: string }) => t.id)).toContain(ticket.id);

    // The same values again change nothing and fire nothing.
    await tenant.api.patch(`/v1/helpdesk/tickets/${ticket.id}`, { subject: 'Не приходит код' }).expect(200);
    await tenant.api.patch(`/v1/helpdesk/tickets/${ticket.id}`, {}).expect(200);
    expect(await events()).toEqual([]);

    const cleared = (
      await tenant.api.patch(`/v1/helpdesk/tickets/${ticket.id}`, { subject: null, ticket_type_id: null }).expect(200)
    ).body;
    expect(cleared).toMatchObject({ subject: null, ticket_type_id: null, ticket_type_name: null });
  });

  it('refuses bad input with nothing changed', async () => {
    const ticket = await createTicket(tenant.api, { subject: 'Keep me' });
    const url = `/v1/helpdesk/tickets/${ticket.id}`;
    const foreignType = (await other.api.post('/v1/helpdesk/ticket-types', { name: 'Theirs' }).expect(201)).body;
    const notUsable = await tenant.api.patch(url, { subject: 'Changed', ticket_type_id: foreignType.id }).expect(422);
    expect(notUsable.body).toMatchObject({ code: 'ticket_type_not_usable', retryable: false });
    await tenant.api.patch(url, { subject: 42 }).expect(400);
    const tooLong = await tenant.api.patch(url, { subject: 'x'.repeat(256) });
    expect([400, 422]).toContain(tooLong.status);
    await tenant.api.patch(url, { ticket_type_id: 'nope' }).expect(400);
    await tenant.api.patch(url, { status: 'closed' }).expect(400);
    expect((await tenant.api.get(url).expect(200)).body).toMatchObject({ subject: 'Keep me', ticket_type_id: null });

    await other.api.patch(url, { subject: 'Hijack' }).expect(404);
    await other.api.delete(url).expect(404);
    await tenant.api.patch(`/v1/helpdesk/tickets/${NO_SUCH_ID}`, { subject: 'x' }).expect(404);
    await tenant.api.delete('/v1/helpdesk/tickets/not-a-uuid').expect(404);
  });

  it('enforces roles: viewers cannot edit, only admins delete', async () => {
    const ticket = await createTicket(tenant.api);
    const url = `/v1/helpdesk/tickets/${ticket.id}`;
    const viewer = await signedInMember(ctx.app, tenant, 'viewer');
    const support = await signedInMember(ctx.app, tenant, 'support');
    const admin = await signedInMember(ctx.app, tenant, 'admin');
    expect((await viewer.api.patch(url, { subject: 'x' }).expect(403)).body.code).toBe('permission_denied');
    await support.api.patch(url, { subject: 'By support' }).expect(200);
    expect((await support.api.delete(url).expect(403)).body.code).toBe('permission_denied');
    await admin.api.delete(url).expect(204);
    await tenant.api.get(url).expect(404);
  });

  it('deletes a ticket with ticket.deleted, and never gives its number again', async () => {
    const project = await ctx.project('Numbers');
    const events = outboxCursor(ctx.app, project.project.id);
    const first = await createTicket(project.api);
    const last = await createTicket(project.api, { subject: 'Last one' });
    await project.api.post(`/v1/helpdesk/tickets/${last.id}/reply`, { text: 'An answer', internal: true });
    await events();

    await project.api.delete(`/v1/helpdesk/tickets/${last.id}`).expect(204);
    const fired = (await events()).filter((e) => e.topic === 'webhook');
    expect(fired.map((e) => e.event_type)).toEqual(['ticket.deleted']);
    expect(fired[0].payload).toMatchObject({ id: last.id, ticket_number: last.ticket_number, subject: 'Last one' });
    await project.api.get(`/v1/helpdesk/tickets/${last.id}`).expect(404);
    await project.api.delete(`/v1/helpdesk/tickets/${last.id}`).expect(404);
    const listed = (await project.api.get('/v1/helpdesk/tickets').expect(200)).body;
    expect(listed.tickets.map((t: { id: string }) => t.id)).toEqual([first.id]);

    const next = await createTicket(project.api);
    expect(next.ticket_number).toBe(last.ticket_number + 1);
  });
});
