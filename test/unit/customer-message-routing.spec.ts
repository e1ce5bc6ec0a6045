import { routeCustomerMessage } from '../../src/messengers/customer-message-routing.js';

const a1 = { ticketId: 'a1', projectId: 'A' };
const a2 = { ticketId: 'a2', projectId: 'A' };
const b1 = { ticketId: 'b1', projectId: 'B' };
const b2 = { ticketId: 'b2', projectId: 'B' };

describe('routeCustomerMessage', () => {
  it('1. sends a reply to a ticket message to that ticket, even in another project than the current one', () => {
    const closedInB = { ticketId: 'b-closed', projectId: 'B' };
    expect(routeCustomerMessage({ replyToTicket: closedInB, currentProjectId: 'A', openTickets: [a1] })).toEqual({
      kind: 'ticket',
      branch: 'reply_to',
      ticket: closedInB,
    });
  });

  it('2. sends a message to the one open ticket of the current project, not to other projects', () => {
    expect(routeCustomerMessage({ replyToTicket: null, currentProjectId: 'A', openTickets: [b1, a1] })).toEqual({
      kind: 'ticket',
      branch: 'current_project',
      ticket: a1,
    });
  });

  it('2. offers the chooser among several open tickets of the current project', () => {
    expect(routeCustomerMessage({ replyToTicket: null, currentProjectId: 'A', openTickets: [a1, b1, a2] })).toEqual({
      kind: 'choose',
      branch: 'current_project',
      tickets: [a1, a2],
    });
  });

  it('3. uses the open ticket of the only project that has one when the current project has none', () => {
    expect(routeCustomerMessage({ replyToTicket: null, currentProjectId: 'A', openTickets: [b1] })).toEqual({
      kind: 'ticket',
      branch: 'only_project',
      ticket: b1,
    });
  });

  it('3. uses the open ticket of a chat that never opened a link (a ticket created over the API)', () => {
    expect(routeCustomerMessage({ replyToTicket: null, currentProjectId: null, openTickets: [b1] })).toEqual({
      kind: 'ticket',
      branch: 'only_project',
      ticket: b1,
    });
  });

  it('3. offers the chooser when the only project has several open tickets', () => {
    expect(routeCustomerMessage({ replyToTicket: null, currentProjectId: null, openTickets: [b1, b2] })).toEqual({
      kind: 'choose',
      branch: 'only_project',
      tickets: [b1, b2],
    });
  });

  it('offers the chooser over all projects when several have open tickets and the current one has none', () => {
    expect(routeCustomerMessage({ replyToTicket: null, currentProjectId: null, openTickets: [a1, b1] })).toEqual({
      kind: 'choose',
      branch: 'several_projects',
      tickets: [a1, b1],
    });
  });

  it('starts a new ticket in the current project when the chat has no open ticket anywhere', () => {
    expect(routeCustomerMessage({ replyToTicket: null, currentProjectId: 'A', openTickets: [] })).toEqual({
      kind: 'new_ticket',
      projectId: 'A',
    });
  });

  it('4. asks for a support link only without a ticket and without a project context', () => {
    expect(routeCustomerMessage({ replyToTicket: null, currentProjectId: null, openTickets: [] })).toEqual({
      kind: 'no_project',
    });
  });
});
