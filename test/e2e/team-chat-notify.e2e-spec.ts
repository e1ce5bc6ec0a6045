import { signedInMember } from '../helpers/sessions.js';
import { createTicket } from '../helpers/tickets.js';
import { useTeamChat } from '../helpers/team-chat.js';

const unique = () => 820_000 + Math.floor(Math.random() * 100_000);

describe('team chat: private notifications to linked members', () => {
  const chat = useTeamChat('777005:team-notify-token', 'team-notify-secret');
  const project = chat.ctx.useProject('Notify');
  const sam = { id: unique(), first_name: 'Sam', username: 'sam_n' };

  it('tells a linked member about a ticket assigned to them and a customer writing on it', async () => {
    const support = await signedInMember(chat.ctx.app, project, 'support');
    await chat.linkMember(project, support.id, sam);
    const customer = unique();
    const ticket = await chat.createTicketThroughBot(project, customer, 'Need help with billing');
    await project.api.patch(`/v1/helpdesk/tickets/${ticket.id}/assign`, { assigned_to: support.id }).expect(200);
    await chat.post(chat.updates.text(customer, 'Any news?'));
    await chat.mirror(project);
    const texts = chat.fake.textsTo(sam.id);
    expect(texts).toContain(
      `Ticket #${ticket.ticket_number} Need help with billing is assigned to you.\n` +
        `http://console.test/tickets/${ticket.id}`,
    );
    expect(texts).toContain(
      `The customer wrote on your ticket #${ticket.ticket_number} Need help with billing:\nAny news?\n` +
        `http://console.test/tickets/${ticket.id}`,
    );

    // Switched off by the member: nothing more.
    const off = await support.api
      .put(`/v1/team/members/${support.id}/notifications`, { assigned: false, customer_replied: false })
      .expect(200);
    expect(off.body).toEqual({ assigned: false, customer_replied: false });
    const listed = (await support.api.get('/v1/team/members').expect(200)).body.members;
    expect(listed.find((m: { id: string }) => m.id === support.id).telegram.notifications).toEqual(off.body);
    const other = await createTicket(project.api, { text: 'Quiet one' });
    await project.api.patch(`/v1/helpdesk/tickets/${other.id}/assign`, { assigned_to: support.id }).expect(200);
    await chat.post(chat.updates.text(customer, 'Hello again?'));
    await chat.mirror(project);
    expect(chat.fake.textsTo(sam.id)).toHaveLength(texts.length);
    // One switch back on.
    await project.api
      .put(`/v1/team/members/${support.id}/notifications`, { assigned: true, customer_replied: false })
      .expect(200);
    const third = await createTicket(project.api, { text: 'Loud one' });
    await project.api.patch(`/v1/helpdesk/tickets/${third.id}/assign`, { assigned_to: support.id }).expect(200);
    await chat.mirror(project);
    expect(chat.fake.textsTo(sam.id).at(-1)).toBe(
      `Ticket #${third.ticket_number} is assigned to you.\nhttp://console.test/tickets/${third.id}`,
    );
  });

  it('validates the switches and who may set them', async () => {
    const support = await signedInMember(chat.ctx.app, project, 'support');
    const viewer = await signedInMember(chat.ctx.app, project, 'viewer');
    const path = `/v1/team/members/${support.id}/notifications`;
    await support.api.put(path, { assigned: true, customer_replied: true }).expect(409);
    await support.api.put(path, { assigned: 'yes', customer_replied: true }).expect(400);
    await support.api.put(path, { assigned: true }).expect(400);
    await viewer.api.put(path, { assigned: true, customer_replied: true }).expect(403);
    const other = await chat.ctx.project('Other notify');
    await other.api.put(path, { assigned: true, customer_replied: true }).expect(404);
  });
});
