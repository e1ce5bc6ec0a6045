import { DataSource } from 'typeorm';
import { signedInMember, TEST_PUBLIC_URL } from '../helpers/sessions.js';
import { type TestProject, useTestApp } from '../helpers/test-app.js';
import { addMember, createTicket, NO_SUCH_ID } from '../helpers/tickets.js';

const REFUND = {
  name: 'Refund done',
  text: 'Hello {{first_name}}, your refund for #{{ticket_number}} is on its way',
  actions: { status: 'waiting', priority: 'high', add_tags: ['refund'], remove_tags: ['billing'], assign: 'me' },
};

describe('macros', () => {
  // Three free replies a month: enough for the tests that reply, few enough to run out.
  const ctx = useTestApp({ FREE_CREDITS_PER_MONTH: '3', PUBLIC_URL: TEST_PUBLIC_URL });
  const acme = ctx.useProject();
  const db = () => ctx.app.get(DataSource);
  const ticketOf = async (project: TestProject, id: string) =>
    (await project.api.get(`/v1/helpdesk/tickets/${id}`).expect(200)).body;

  it('lets an admin create, list, change and delete macros', async () => {
    const created = await acme.api.post('/v1/helpdesk/macros', REFUND).expect(201);
    expect(created.body).toEqual({
      id: expect.any(String),
      name: 'Refund done',
      text: REFUND.text,
      internal: false,
      actions: REFUND.actions,
      created_at: expect.any(String),
      updated_at: expect.any(String),
    });
    const listed = await acme.api.get('/v1/helpdesk/macros').expect(200);
    expect(listed.body.macros.map((macro: { id: string }) => macro.id)).toContain(created.body.id);
    const changed = await acme.api
      .put(`/v1/helpdesk/macros/${created.body.id}`, { name: 'Refund sent', text: null, actions: { status: 'closed' } })
      .expect(200);
    expect(changed.body).toEqual(
      expect.objectContaining({ name: 'Refund sent', text: null, actions: { status: 'closed' } }),
    );
    await acme.api.delete(`/v1/helpdesk/macros/${created.body.id}`).expect(204);
    await acme.api.delete(`/v1/helpdesk/macros/${created.body.id}`).expect(404);
    await acme.api.put(`/v1/helpdesk/macros/${created.body.id}`, { name: 'x' }).expect(404);
  });

  const invalid: Array<[string, object, number, string]> = [
    ['an unknown variable', { name: 'x', text: 'Hi {{nickname}}' }, 422, 'canned_unknown_variable'],
    ['an assignee that is not me, none or an id', { name: 'x', actions: { assign: 'bob' } }, 422, 'validation_failed'],
    ['an assignee outside the team', { name: 'x', actions: { assign: NO_SUCH_ID } }, 422, 'member_not_in_project'],
    ['an unknown status', { name: 'x', actions: { status: 'done' } }, 400, 'validation_failed'],
    ['an unknown action', { name: 'x', actions: { escalate: true } }, 400, 'validation_failed'],
    ['a blank name', { name: '  ' }, 422, 'validation_failed'],
  ];

  it.each(invalid)('refuses %s', async (_name, body, status, code) => {
    const response = await acme.api.post('/v1/helpdesk/macros', body).expect(status);
    expect(response.body.code).toBe(code);
  });

  it('applies text and every action in one go for a support member, "me" being that member', async () => {
    const project = await ctx.project();
    const macro = (await project.api.post('/v1/helpdesk/macros', REFUND).expect(201)).body;
    const support = await signedInMember(ctx.app, project, 'support');
    const ticket = await createTicket(project.api, { first_name: 'Ivan' });
    await db().query(`UPDATE ticket SET tags = '{billing,vip}' WHERE id = $1`, [ticket.id]);

    await support.api.post('/v1/helpdesk/macros', { name: 'mine' }).expect(403);
    expect((await support.api.get('/v1/helpdesk/macros').expect(200)).body.macros).toHaveLength(1);
    const applied = await support.api.post(`/v1/helpdesk/tickets/${ticket.id}/macros/${macro.id}`).expect(200);
    expect(applied.body).toEqual(
      expect.objectContaining({
        id: ticket.id,
        status: 'waiting',
        priority: 'high',
        tags: ['vip', 'refund'],
        assigned_to: support.id,
      }),
    );
    const details = await ticketOf(project, ticket.id);
    expect(details.messages.at(-1)).toEqual(
      expect.objectContaining({
        author: 'agent',
        member_id: support.id,
        internal: false,
        text: `Hello Ivan, your refund for #${ticket.ticket_number} is on its way`,
      }),
    );
    expect((await project.api.get('/v1/credits').expect(200)).body.free_used).toBe(1);

    const viewer = await signedInMember(ctx.app, project, 'viewer');
    await viewer.api.post(`/v1/helpdesk/tickets/${ticket.id}/macros/${macro.id}`).expect(403);
  });

  it('refuses "me" with the API key (422) and applies nothing', async () => {
    const project = await ctx.project();
    const macro = (await project.api.post('/v1/helpdesk/macros', REFUND).expect(201)).body;
    const ticket = await createTicket(project.api);
    const refused = await project.api.post(`/v1/helpdesk/tickets/${ticket.id}/macros/${macro.id}`).expect(422);
    expect(refused.body.code).toBe('macro_assign_me_needs_member');
    const after = await ticketOf(project, ticket.id);
    expect(after).toEqual(expect.objectContaining({ status: 'new', priority: 'normal', assigned_to: null }));
    expect(after.messages).toHaveLength(1);
  });

  it('answers 402 with no credit left for a public text and applies nothing; a note macro still works', async () => {
    const project = await ctx.project();
    const agent = await addMember(project.api, 'Agent');
    const reply = await project.api
      .post('/v1/helpdesk/macros', { name: 'Reply', text: 'Done', actions: { status: 'closed', assign: agent } })
      .expect(201);
    const note = await project.api
      .post('/v1/helpdesk/macros', { name: 'Note', text: 'Checked', internal: true, actions: { add_tags: ['seen'] } })
      .expect(201);
    const ticket = await createTicket(project.api);
    for (let index = 0; index < 3; index += 1) {
      await project.api.post(`/v1/helpdesk/tickets/${ticket.id}/reply`, { text: `reply ${index}` }).expect(201);
    }
    const refused = await project.api.post(`/v1/helpdesk/tickets/${ticket.id}/macros/${reply.body.id}`).expect(402);
    expect(refused.body.code).toBe('no_credits_left');
    const after = await ticketOf(project, ticket.id);
    expect(after).toEqual(expect.objectContaining({ status: 'in_progress', assigned_to: null }));
    expect(after.messages).toHaveLength(4);

    const noted = await project.api.post(`/v1/helpdesk/tickets/${ticket.id}/macros/${note.body.id}`).expect(200);
    expect(noted.body.tags).toEqual(['seen']);
    expect((await ticketOf(project, ticket.id)).messages.at(-1)).toEqual(
      expect.objectContaining({ internal: true, text: 'Checked' }),
    );
  });

  it('keeps projects apart: another project’s macro or ticket is a 404', async () => {
    const other = await ctx.project();
    const foreignMacro = (await other.api.post('/v1/helpdesk/macros', { name: 'x', text: 'x' }).expect(201)).body;
    const foreignTicket = await createTicket(other.api);
    const ownMacro = (await acme.api.post('/v1/helpdesk/macros', { name: 'y', internal: true, text: 'y' })).body;
    const ownTicket = await createTicket(acme.api);
    await acme.api.post(`/v1/helpdesk/tickets/${ownTicket.id}/macros/${foreignMacro.id}`).expect(404);
    await acme.api.post(`/v1/helpdesk/tickets/${foreignTicket.id}/macros/${ownMacro.id}`).expect(404);
    await acme.api.put(`/v1/helpdesk/macros/${foreignMacro.id}`, { name: 'z' }).expect(404);
    await acme.api.delete(`/v1/helpdesk/macros/not-a-uuid`).expect(404);
  });
});
