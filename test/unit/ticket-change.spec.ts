import {
  creationAnnouncements,
  emptyChange,
  isEmptyChange,
  planAgentMessage,
  planAssign,
  planCustomerMessage,
  planStatus,
  type PlannedTicket,
} from '../../src/tickets/ticket-change.js';
import { planBulk, parseBulkAction } from '../../src/tickets/ticket-bulk.js';
import type { TicketMessage } from '../../src/tickets/ticket-message.entity.js';
import type { TicketMessageResponse } from '../../src/tickets/dto/ticket-response.dto.js';

const ticket = (overrides: Partial<PlannedTicket> = {}): PlannedTicket => ({
  status: 'new',
  closedAt: null,
  channel: 'telegram',
  assignedTo: null,
  priority: 'normal',
  tags: [],
  firstReplyAt: null,
  ...overrides,
});

const message = (overrides: Partial<TicketMessage> = {}): TicketMessage =>
  ({ id: 'm1', text: 'hello', internal: false, attachments: [], ...overrides }) as TicketMessage;
const response = { id: 'm1', text: 'hello' } as TicketMessageResponse;
const MEMBER = '5f0c2a8e-2c1b-4b7e-9a55-0d7f3b1c9e21';

describe('planStatus', () => {
  it('does nothing when the ticket already has the status', () => {
    const change = emptyChange();
    planStatus(ticket({ status: 'waiting' }), 'waiting', 'api', change);
    expect(isEmptyChange(change)).toBe(true);
    expect(change.announcements).toEqual([]);
  });

  it('stamps closed_at, records who closed it and tells the chat of a messenger ticket', () => {
    const change = emptyChange();
    planStatus(ticket({ status: 'in_progress' }), 'closed', 'api', change, MEMBER);
    expect(change.set.status).toBe('closed');
    expect(typeof change.set.closedAt).toBe('function');
    expect(change.history).toEqual([{ from: 'in_progress', to: 'closed', source: 'api', memberId: MEMBER }]);
    expect(change.announcements).toEqual([
      { kind: 'status_changed', from: 'in_progress', to: 'closed' },
      { kind: 'chat_closed' },
    ]);
  });

  it('does not tell a chat when a virtual ticket closes', () => {
    const change = emptyChange();
    planStatus(ticket({ channel: 'virtual' }), 'closed', 'api', change);
    expect(change.announcements.map((a) => a.kind)).toEqual(['status_changed']);
  });

  it('clears closed_at when a closed ticket reopens', () => {
    const change = emptyChange();
    planStatus(ticket({ status: 'closed', closedAt: new Date() }), 'in_progress', 'api', change);
    expect(change.set.closedAt).toBeNull();
  });

  it('records no member for an automatic move', () => {
    const change = emptyChange();
    planStatus(ticket(), 'in_progress', 'auto', change, MEMBER);
    expect(change.history[0].memberId).toBeNull();
  });

  it('plans from the status an earlier step of the same change set', () => {
    const change = emptyChange();
    planStatus(ticket({ status: 'new' }), 'waiting', 'api', change);
    planStatus(ticket({ status: 'new' }), 'closed', 'api', change);
    expect(change.history.map((entry) => [entry.from, entry.to])).toEqual([
      ['new', 'waiting'],
      ['waiting', 'closed'],
    ]);
  });
});

describe('planAssign', () => {
  it('announces a new assignee and nothing for the same one', () => {
    const change = emptyChange();
    planAssign(ticket({ assignedTo: MEMBER }), MEMBER, change);
    expect(isEmptyChange(change)).toBe(true);
    planAssign(ticket(), MEMBER, change);
    expect(change.set.assignedTo).toBe(MEMBER);
    expect(change.announcements).toEqual([{ kind: 'assigned' }]);
  });
});

describe('planAgentMessage', () => {
  it('moves a new ticket to in_progress on the first public reply and queues it for the chat', () => {
    const change = emptyChange();
    const reply = message();
    planAgentMessage(ticket(), reply, response, change);
    expect(change.set.lastMessageFrom).toBe('agent');
    expect(typeof change.set.firstReplyAt).toBe('function');
    expect(change.set.status).toBe('in_progress');
    expect(change.history).toEqual([{ from: 'new', to: 'in_progress', source: 'auto', memberId: null }]);
    expect(change.announcements).toEqual([
      { kind: 'replied', message: response },
      { kind: 'status_changed', from: 'new', to: 'in_progress' },
      { kind: 'chat_message', message: reply },
    ]);
    expect(change.searchText).toBe('hello');
  });

  it('keeps first_reply_at once set and does not move a waiting ticket', () => {
    const change = emptyChange();
    planAgentMessage(ticket({ status: 'waiting', firstReplyAt: new Date() }), message(), response, change);
    expect(change.set).not.toHaveProperty('firstReplyAt');
    expect(change.set).not.toHaveProperty('status');
  });

  it('sends nothing to a chat for a virtual ticket', () => {
    const change = emptyChange();
    planAgentMessage(ticket({ channel: 'virtual' }), message(), response, change);
    expect(change.announcements.map((a) => a.kind)).toEqual(['replied', 'status_changed']);
  });

  it('lets an internal note change nothing but the search text, announced only as noted (team chat)', () => {
    const change = emptyChange();
    planAgentMessage(ticket(), message({ internal: true, text: 'note' }), response, change);
    expect(change.set).toEqual({});
    expect(change.announcements).toEqual([{ kind: 'noted', message: response }]);
    expect(change.searchText).toBe('note');
  });
});

describe('planCustomerMessage', () => {
  it.each(['waiting', 'closed'] as const)('reopens a %s ticket to in_progress', (status) => {
    const change = emptyChange();
    const closedAt = status === 'closed' ? new Date() : null;
    planCustomerMessage(ticket({ status, closedAt }), message(), response, change);
    expect(change.set.status).toBe('in_progress');
    expect(change.set.lastMessageFrom).toBe('customer');
  });

  it('leaves a new ticket new', () => {
    const change = emptyChange();
    planCustomerMessage(ticket(), message(), response, change);
    expect(change.set).not.toHaveProperty('status');
    expect(change.announcements).toEqual([{ kind: 'replied', message: response }]);
  });
});

describe('creationAnnouncements', () => {
  it('announces the assignment only when routing assigned the ticket', () => {
    expect(creationAnnouncements({ assignedTo: null })).toEqual([{ kind: 'created' }]);
    expect(creationAnnouncements({ assignedTo: MEMBER })).toEqual([{ kind: 'created' }, { kind: 'assigned' }]);
  });
});

describe('bulk planning', () => {
  it('rejects a value that does not fit the action', () => {
    expect(() => parseBulkAction('set_status', 'done')).toThrow(/set_status/);
    expect(() => parseBulkAction('assign', 'not-a-uuid')).toThrow(/uuid/);
    expect(() => parseBulkAction('add_tag', '   ')).toThrow();
  });

  it('adds a tag once and removes only that tag', () => {
    const change = emptyChange();
    planBulk(ticket({ tags: ['vip'] }), parseBulkAction('add_tag', ' vip '), change, { source: 'bulk' });
    expect(isEmptyChange(change)).toBe(true);
    planBulk(ticket({ tags: ['vip', 'bug'] }), parseBulkAction('remove_tag', 'vip'), change, { source: 'bulk' });
    expect(change.set.tags).toEqual(['bug']);
  });

  it('closes with the bulk source and the member recorded', () => {
    const change = emptyChange();
    const who = { source: 'bulk' as const, memberId: MEMBER };
    planBulk(ticket({ status: 'waiting' }), parseBulkAction('close', undefined), change, who);
    expect(change.history).toEqual([{ from: 'waiting', to: 'closed', source: 'bulk', memberId: MEMBER }]);
  });
});
