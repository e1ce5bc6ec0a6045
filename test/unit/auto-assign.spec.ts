import { planAutoAssignOnReply } from '../../src/tickets/auto-assign.js';
import { emptyChange, type PlannedTicket } from '../../src/tickets/ticket-change.js';

const ticket = (fields: Partial<PlannedTicket> = {}): PlannedTicket => ({
  status: 'new',
  closedAt: null,
  channel: 'virtual',
  assignedTo: null,
  priority: 'normal',
  tags: [],
  firstReplyAt: null,
  ...fields,
});
const on = { autoAssignOnReply: true };
const reply = { internal: false, memberId: 'm-1' };

describe('planAutoAssignOnReply', () => {
  it('assigns an unassigned ticket to the author of its first public reply', () => {
    const change = emptyChange();
    planAutoAssignOnReply(on, ticket(), reply, change);
    expect(change.set.assignedTo).toBe('m-1');
    expect(change.announcements).toEqual([{ kind: 'assigned' }]);
  });

  const untouched: Array<[string, object, PlannedTicket, object]> = [
    ['the setting is off', { autoAssignOnReply: false }, ticket(), reply],
    ['it is a note', on, ticket(), { ...reply, internal: true }],
    ['no member wrote it', on, ticket(), { ...reply, memberId: null }],
    ['the ticket has an assignee', on, ticket({ assignedTo: 'm-2' }), reply],
    ['the ticket had a reply already', on, ticket({ firstReplyAt: new Date() }), reply],
  ];

  it.each(untouched)('changes nothing when %s', (_name, settings, planned, message) => {
    const change = emptyChange();
    planAutoAssignOnReply(settings as typeof on, planned, message as typeof reply, change);
    expect(change).toEqual(emptyChange());
  });
});
