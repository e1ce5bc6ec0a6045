/**
 * Which ticket a customer's message belongs to: one rule for every messenger, as a pure function over
 * what the conversation service looked up. The branches, in order:
 *   1. a reply to a bot message that belongs to a ticket → that ticket (any project, open or closed —
 *      a closed one reopens), whatever deep link the chat opened since;
 *   2. the open ticket of this chat in the project the chat is talking to (several: the chooser);
 *   3. otherwise, open tickets of this chat in exactly one project (tickets created over the API count)
 *      → that ticket, or the chooser when there are several; open tickets in several projects and no
 *      context → the chooser over all of them;
 *   then a chat with a project context and no open ticket starts a new ticket there, and
 *   4. only a chat with no ticket and no project context is told to open a support link.
 * Every ticket in these facts belongs to a project the chat contacted (help link, accepted request, its own
 * message): the lookups leave out tickets the API opened for a chat that never contacted the project, so one
 * project cannot capture a customer of another through the shared bot.
 */

export interface RoutableTicket {
  ticketId: string;
  projectId: string;
}

export interface CustomerMessageFacts {
  /** The ticket of the bot message the customer replied to, when it belongs to one. */
  replyToTicket: RoutableTicket | null;
  /** The project the chat is talking to (its last help_/hdreq_ deep link), or null. */
  currentProjectId: string | null;
  /** Open (not closed) tickets of this chat in every project. */
  openTickets: RoutableTicket[];
}

export type CustomerMessageRoute =
  | { kind: 'ticket'; branch: 'reply_to' | 'current_project' | 'only_project'; ticket: RoutableTicket }
  | { kind: 'choose'; branch: 'current_project' | 'only_project' | 'several_projects'; tickets: RoutableTicket[] }
  | { kind: 'new_ticket'; projectId: string }
  | { kind: 'no_project' };

export function routeCustomerMessage(facts: CustomerMessageFacts): CustomerMessageRoute {
  if (facts.replyToTicket) return { kind: 'ticket', branch: 'reply_to', ticket: facts.replyToTicket };
  if (facts.currentProjectId) {
    const here = facts.openTickets.filter((ticket) => ticket.projectId === facts.currentProjectId);
    if (here.length === 1) return { kind: 'ticket', branch: 'current_project', ticket: here[0] };
    if (here.length > 1) return { kind: 'choose', branch: 'current_project', tickets: here };
  }
  const projects = new Set(facts.openTickets.map((ticket) => ticket.projectId));
  if (projects.size === 1) {
    return facts.openTickets.length === 1
      ? { kind: 'ticket', branch: 'only_project', ticket: facts.openTickets[0] }
      : { kind: 'choose', branch: 'only_project', tickets: facts.openTickets };
  }
  if (projects.size > 1) return { kind: 'choose', branch: 'several_projects', tickets: facts.openTickets };
  if (facts.currentProjectId) return { kind: 'new_ticket', projectId: facts.currentProjectId };
  return { kind: 'no_project' };
}
