import { type TestProject, useTestApp } from '../helpers/test-app.js';
import { createTicket, NO_SUCH_ID } from '../helpers/tickets.js';

const NOT_USABLE = 'ticket_type_id is not an enabled ticket type of this project';

describe('ticket types on tickets', () => {
  const ctx = useTestApp();
  const tenant = ctx.useProject('Types in use');
  const other = ctx.useProject('Other');

  async function createType(project: TestProject, name: string): Promise<string> {
    return (await project.api.post('/v1/helpdesk/ticket-types', { name }).expect(201)).body.id;
  }

  it('stores the type id and a snapshot of its name on a new ticket', async () => {
    const bug = await createType(tenant, 'Bug');
    const ticket = await createTicket(tenant.api, { ticket_type_id: bug });
    expect(ticket).toMatchObject({ ticket_type_id: bug, ticket_type_name: 'Bug' });
  });

  it('leaves both null without a type', async () => {
    expect(await createTicket(tenant.api, {})).toMatchObject({ ticket_type_id: null, ticket_type_name: null });
    expect(await createTicket(tenant.api, { ticket_type_id: null })).toMatchObject({
      ticket_type_id: null,
      ticket_type_name: null,
    });
  });

  it('rejects an unknown or foreign type with 422 and creates nothing', async () => {
    const foreign = await createType(other, 'Theirs');
    const before = (await tenant.api.get('/v1/helpdesk/tickets?limit=1').expect(200)).body.total;
    for (const typeId of [NO_SUCH_ID, foreign]) {
      const response = await tenant.api.post('/v1/helpdesk/tickets', { text: 'x', ticket_type_id: typeId }).expect(422);
      expect(response.body).toEqual({ error: NOT_USABLE, retryable: false, code: 'ticket_type_not_usable' });
    }
    expect((await tenant.api.get('/v1/helpdesk/tickets?limit=1').expect(200)).body.total).toBe(before);
  });

  it('rejects a malformed type id with 400', async () => {
    await tenant.api.post('/v1/helpdesk/tickets', { text: 'x', ticket_type_id: 'bug' }).expect(400);
  });

  describe('a type that is disabled, renamed or deleted after tickets used it', () => {
    let typeId: string;
    let ticketId: string;

    beforeAll(async () => {
      typeId = await createType(tenant, 'Question');
      ticketId = (await createTicket(tenant.api, { ticket_type_id: typeId })).id;
    });

    it('renaming keeps the name snapshot on existing tickets and gives new tickets the new name', async () => {
      await tenant.api.put(`/v1/helpdesk/ticket-types/${typeId}`, { name: 'How-to' }).expect(200);
      expect((await tenant.api.get(`/v1/helpdesk/tickets/${ticketId}`).expect(200)).body.ticket_type_name).toBe(
        'Question',
      );
      expect((await createTicket(tenant.api, { ticket_type_id: typeId })).ticket_type_name).toBe('How-to');
    });

    it('a disabled type cannot be used for new tickets (422); enabling it again makes it usable', async () => {
      await tenant.api.put(`/v1/helpdesk/ticket-types/${typeId}`, { enabled: false }).expect(200);
      expect(
        (await tenant.api.post('/v1/helpdesk/tickets', { text: 'x', ticket_type_id: typeId }).expect(422)).body.error,
      ).toBe(NOT_USABLE);
      expect((await tenant.api.get(`/v1/helpdesk/tickets/${ticketId}`).expect(200)).body).toMatchObject({
        ticket_type_id: typeId,
        ticket_type_name: 'Question',
      });
      await tenant.api.put(`/v1/helpdesk/ticket-types/${typeId}`, { enabled: true }).expect(200);
      await createTicket(tenant.api, { ticket_type_id: typeId });
    });

    it('a deleted type cannot be used (422); existing tickets still show its id and name', async () => {
      await tenant.api.delete(`/v1/helpdesk/ticket-types/${typeId}`).expect(204);
      expect(
        (await tenant.api.post('/v1/helpdesk/tickets', { text: 'x', ticket_type_id: typeId }).expect(422)).body.error,
      ).toBe(NOT_USABLE);
      expect((await tenant.api.get(`/v1/helpdesk/tickets/${ticketId}`).expect(200)).body).toMatchObject({
        ticket_type_id: typeId,
        ticket_type_name: 'Question',
      });
      const list = (await tenant.api.get(`/v1/helpdesk/tickets?ticket_type_id=${typeId}`).expect(200)).body;
      expect(list.tickets.map((ticket: { id: string }) => ticket.id)).toContain(ticketId);
    });
  });

  it('filters the ticket list by ticket_type_id', async () => {
    const project = await ctx.project();
    const bug = await createType(project, 'Bug');
    const billing = await createType(project, 'Billing');
    const bugTickets = [
      await createTicket(project.api, { ticket_type_id: bug }),
      await createTicket(project.api, { ticket_type_id: bug }),
    ];
    await createTicket(project.api, { ticket_type_id: billing });
    await createTicket(project.api, {});
    const list = (await project.api.get(`/v1/helpdesk/tickets?ticket_type_id=${bug}`).expect(200)).body;
    expect(list.total).toBe(2);
    expect(list.tickets.map((ticket: { id: string }) => ticket.id).sort()).toEqual(
      bugTickets.map((ticket) => ticket.id).sort(),
    );
    expect(list.tickets.every((ticket: { ticket_type_name: string }) => ticket.ticket_type_name === 'Bug')).toBe(true);
  });
});
