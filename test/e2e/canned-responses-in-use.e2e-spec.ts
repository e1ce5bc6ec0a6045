import { OFFLINE_BOTS, type TestProject, useTestApp } from '../helpers/test-app.js';
import { addMember, createTicket, subscribeChat, NO_SUCH_ID, outboxEvents } from '../helpers/tickets.js';

const ALL_VARIABLES =
  'first={{first_name}} user={{ username }} no={{ticket_number}} subject={{subject}} agent={{agent_name}} ' +
  'project={{ project_name }}';

describe('canned responses used on tickets', () => {
  const ctx = useTestApp(OFFLINE_BOTS);
  const tenant = ctx.useProject('Acme <Support> & "Co"');
  const other = ctx.useProject('Other');
  let agent: string;
  let allVariables: string;

  beforeAll(async () => {
    agent = await addMember(tenant.api, 'Boris');
    allVariables = await createCanned(tenant, ALL_VARIABLES);
  });

  async function createCanned(project: TestProject, text: string): Promise<string> {
    return (
      await project.api.post('/v1/helpdesk/canned-responses', { title: `Canned ${Math.random()}`, text }).expect(201)
    ).body.id;
  }

  const render = (project: TestProject, cannedId: string, body: object) =>
    project.api.post(`/v1/helpdesk/canned-responses/${cannedId}/render`, body);

  describe('POST /v1/helpdesk/canned-responses/{canned_id}/render', () => {
    it('fills in every variable for the ticket and the agent', async () => {
      const ticket = await createTicket(tenant.api, { subject: 'Login issue', first_name: 'Anna', username: 'anna_k' });
      const response = await render(tenant, allVariables, { ticket_id: ticket.id, member_id: agent }).expect(200);
      expect(response.body).toEqual({
        text:
          `first=Anna user=anna_k no=${ticket.ticket_number} subject=Login issue agent=Boris project=Acme ` +
          `<Support> & "Co"`,
      });
    });

    it('renders missing values as empty strings, never as braces', async () => {
      const ticket = await createTicket(tenant.api, {});
      const response = await render(tenant, allVariables, { ticket_id: ticket.id }).expect(200);
      expect(response.body.text).toBe(
        `first= user= no=${ticket.ticket_number} subject= agent= project=Acme <Support> & "Co"`,
      );
      expect(response.body.text).not.toContain('{{');
    });

    it('inserts HTML-special characters in values literally and does not substitute variables in values', async () => {
      const ticket = await createTicket(tenant.api, {
        first_name: `<b>&"'</b>`,
        username: '{{agent_name}}',
        subject: '<script>alert(1)</script>',
      });
      const response = await render(tenant, allVariables, { ticket_id: ticket.id, member_id: agent }).expect(200);
      expect(response.body.text).toBe(
        `first=<b>&"'</b> user={{agent_name}} no=${ticket.ticket_number} subject=<script>alert(1)</script> ` +
          `agent=Boris project=Acme <Support> & "Co"`,
      );
    });

    it('answers 404 for an unknown, malformed or foreign canned response', async () => {
      const ticket = await createTicket(tenant.api, {});
      const foreign = await createCanned(other, 'theirs');
      for (const id of [NO_SUCH_ID, 'nope', foreign]) {
        expect((await render(tenant, id, { ticket_id: ticket.id }).expect(404)).body).toEqual({
          error: 'canned response not found',
          retryable: false,
          code: 'canned_response_not_found',
        });
      }
    });

    it("answers 422 for a ticket or member that is not the project's", async () => {
      const foreignTicket = await createTicket(other.api, {});
      const foreignMember = await addMember(other.api, 'Theirs');
      const ticket = await createTicket(tenant.api, {});
      for (const ticketId of [NO_SUCH_ID, foreignTicket.id]) {
        expect((await render(tenant, allVariables, { ticket_id: ticketId }).expect(422)).body.error).toBe(
          'ticket_id is not a ticket of this project',
        );
      }
      expect(
        (await render(tenant, allVariables, { ticket_id: ticket.id, member_id: foreignMember }).expect(422)).body.error,
      ).toBe('member_id is not a member of this project');
    });

    it.each([
      ['a missing ticket_id', {}],
      ['a malformed ticket_id', { ticket_id: 'T-1' }],
      ['a malformed member_id', { ticket_id: NO_SUCH_ID, member_id: 5 }],
      ['an unknown field', { ticket_id: NO_SUCH_ID, text: 'x' }],
    ])('answers 400 for %s', async (_case, body) => {
      expect((await render(tenant, allVariables, body).expect(400)).body).toMatchObject({
        error: expect.any(String),
        retryable: false,
      });
    });
  });

  describe('POST /v1/helpdesk/tickets/{id}/reply with canned_response_id', () => {
    it('replies with the rendered text, attributed to member_id, and fires ticket.replied with it', async () => {
      const cannedId = await createCanned(
        tenant,
        'Hi {{first_name}}, {{agent_name}} here about #{{ticket_number}} ({{subject}}).',
      );
      const ticket = await createTicket(tenant.api, { subject: 'Refund', first_name: 'Anna' });
      const response = await tenant.api
        .post(`/v1/helpdesk/tickets/${ticket.id}/reply`, { canned_response_id: cannedId, member_id: agent })
        .expect(201);
      const expected = `Hi Anna, Boris here about #${ticket.ticket_number} (Refund).`;
      expect(response.body.message).toMatchObject({
        author: 'agent',
        member_id: agent,
        text: expected,
        internal: false,
      });
      const replied = (await outboxEvents(ctx.app, tenant.project.id)).filter(
        (event) => event.event_type === 'ticket.replied' && event.aggregate_id === ticket.id,
      );
      expect(replied.map((event) => event.payload.message.text)).toEqual([expected]);
    });

    it('queues the rendered text, not the template, for a telegram chat', async () => {
      const cannedId = await createCanned(tenant, 'Hello {{ first_name }}!');
      await subscribeChat(ctx.app, tenant.project.id, 5151, 'telegram');
      const ticket = await createTicket(tenant.api, { channel: 'telegram', chat_id: 5151, first_name: 'Ivan' });
      await tenant.api.post(`/v1/helpdesk/tickets/${ticket.id}/reply`, { canned_response_id: cannedId }).expect(201);
      const chat = (await outboxEvents(ctx.app, tenant.project.id)).filter(
        (event) => event.topic === 'telegram' && event.aggregate_id === ticket.id,
      );
      expect(chat.map((event) => event.payload.text)).toEqual(['Hello Ivan!']);
    });

    it('can be an internal note', async () => {
      const cannedId = await createCanned(tenant, 'Note for {{agent_name}}');
      const ticket = await createTicket(tenant.api, {});
      const response = await tenant.api
        .post(`/v1/helpdesk/tickets/${ticket.id}/reply`, {
          canned_response_id: cannedId,
          internal: true,
          member_id: agent,
        })
        .expect(201);
      expect(response.body.message).toMatchObject({ text: 'Note for Boris', internal: true });
    });

    it.each([
      ['both text and canned_response_id', (canned: string) => ({ text: 'hi', canned_response_id: canned })],
      ['neither', () => ({ internal: true })],
      ['a malformed canned_response_id', () => ({ canned_response_id: 'greeting' })],
      ['a null canned_response_id', () => ({ canned_response_id: null })],
    ])('answers 400 for %s', async (_case, body) => {
      const ticket = await createTicket(tenant.api, {});
      const response = await tenant.api.post(`/v1/helpdesk/tickets/${ticket.id}/reply`, body(allVariables)).expect(400);
      expect(response.body).toMatchObject({ error: expect.any(String), retryable: false });
    });

    it('answers 422 for a canned response of another project, or an unknown one, and adds no message', async () => {
      const ticket = await createTicket(tenant.api, {});
      const foreign = await createCanned(other, 'theirs');
      for (const cannedId of [foreign, NO_SUCH_ID]) {
        const response = await tenant.api
          .post(`/v1/helpdesk/tickets/${ticket.id}/reply`, { canned_response_id: cannedId })
          .expect(422);
        expect(response.body.error).toBe('canned_response_id is not a canned response of this project');
      }
      expect((await tenant.api.get(`/v1/helpdesk/tickets/${ticket.id}`).expect(200)).body.messages).toHaveLength(1);
    });

    it('answers 422 when the text renders empty for this ticket', async () => {
      const cannedId = await createCanned(tenant, '{{username}}');
      const ticket = await createTicket(tenant.api, {});
      const response = await tenant.api
        .post(`/v1/helpdesk/tickets/${ticket.id}/reply`, { canned_response_id: cannedId })
        .expect(422);
      expect(response.body.error).toContain('empty');
    });

    it('answers 422 when the rendered text would exceed 4096 characters', async () => {
      const cannedId = await createCanned(tenant, `${'a'.repeat(4080)}{{subject}}`);
      const ticket = await createTicket(tenant.api, { subject: 's'.repeat(100) });
      const response = await tenant.api
        .post(`/v1/helpdesk/tickets/${ticket.id}/reply`, { canned_response_id: cannedId })
        .expect(422);
      expect(response.body.error).toContain('4096');
    });
  });
});
