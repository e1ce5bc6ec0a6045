import { DataSource } from 'typeorm';
import { createTicket } from '../helpers/tickets.js';
import { buttonsOf } from '../helpers/telegram-chat.js';
import { useTeamChat } from '../helpers/team-chat.js';

const customerChat = () => 700_000 + Math.floor(Math.random() * 100_000);

describe('team chat: a topic per ticket, the conversation mirrored through the outbox', () => {
  const chat = useTeamChat('777002:team-mirror-token', 'team-mirror-secret');
  const project = chat.ctx.useProject('Mirror');
  let group: number;

  beforeAll(async () => {
    group = await chat.linkGroup(project);
  });

  it('opens a topic for a new Telegram ticket: header with buttons, then the first message', async () => {
    const customer = customerChat();
    const ticket = await chat.createTicketThroughBot(project, customer, 'Printer is broken\nIt jams on page 2');
    await chat.mirror(project);
    const created = chat.fake.callsOf('createForumTopic', group).at(-1)!;
    expect(created.body.name).toBe(`#${ticket.ticket_number} Printer is broken`);
    const thread = chat.threadOf(group, ticket.ticket_number);
    const [header, first] = chat.topicCalls(group, thread);
    expect(header.method).toBe('sendMessage');
    expect(header.body.text).toContain('Customer: Ivan @ivan_p');
    expect(header.body.text).toContain('Channel: telegram');
    expect(header.body.text).toContain('Priority: normal');
    expect(header.body.text).toContain(`http://console.test/tickets/${ticket.id}`);
    expect(buttonsOf(header).map((b) => b.callback_data)).toEqual(['tc:take', 'tc:close']);
    expect(first.body.text).toBe('👤 Ivan:\nPrinter is broken\nIt jams on page 2');
  });

  it('mirrors customer media by file_id, agent replies and notes by name, status and assignment lines', async () => {
    const customer = customerChat();
    const ticket = await chat.createTicketThroughBot(project, customer, 'Refund please');
    await chat.post(chat.updates.media(customer, 'photo', 'photo-file-1', { caption: 'the receipt' }));
    await project.api
      .post(`/v1/helpdesk/tickets/${ticket.id}/reply`, { text: 'On it', member_id: project.owner.id })
      .expect(201);
    await project.api
      .post(`/v1/helpdesk/tickets/${ticket.id}/reply`, { text: 'check the ledger', internal: true })
      .expect(201);
    await project.api.patch(`/v1/helpdesk/tickets/${ticket.id}/assign`, { assigned_to: project.owner.id }).expect(200);
    await chat.mirror(project);
    const thread = chat.threadOf(group, ticket.ticket_number);
    const calls = chat.topicCalls(group, thread);
    const texts = calls.filter((c) => c.method === 'sendMessage').map((c) => String(c.body.text));
    expect(texts).toContain('👤 Ivan:\nthe receipt');
    expect(calls.find((c) => c.method === 'sendPhoto')?.body.photo).toBe('photo-file-1');
    expect(texts).toContain('💬 Owner:\nOn it');
    expect(texts).toContain('Status: new → in_progress');
    expect(texts).toContain('📝 Internal note, API:\ncheck the ledger');
    expect(texts.at(-1)).toBe('Assigned to Owner');
    // In order: the photo's text before the reply, the reply before the note.
    const at = (text: string) => texts.indexOf(text);
    expect(at('👤 Ivan:\nthe receipt')).toBeLessThan(at('💬 Owner:\nOn it'));
    expect(at('💬 Owner:\nOn it')).toBeLessThan(at('📝 Internal note, API:\ncheck the ledger'));
  });

  it('closes the topic with the ticket and reopens it with the ticket', async () => {
    const ticket = await createTicket(project.api, { text: 'A question that is longer than forty characters, surely' });
    await chat.mirror(project);
    expect(chat.fake.callsOf('createForumTopic', group).at(-1)!.body.name).toBe(
      `#${ticket.ticket_number} A question that is longer than forty cha`,
    );
    const thread = chat.threadOf(group, ticket.ticket_number);
    await project.api.patch(`/v1/helpdesk/tickets/${ticket.id}/status`, { status: 'closed' }).expect(200);
    await chat.mirror(project);
    expect(chat.fake.callsOf('closeForumTopic', group).map((c) => Number(c.body.message_thread_id))).toContain(thread);
    expect(chat.fake.forums.chats.get(group)!.topics.get(thread)!.closed).toBe(true);
    await project.api.patch(`/v1/helpdesk/tickets/${ticket.id}/status`, { status: 'in_progress' }).expect(200);
    await chat.mirror(project);
    expect(chat.fake.callsOf('reopenForumTopic', group).map((c) => Number(c.body.message_thread_id))).toContain(thread);
    expect(chat.fake.forums.chats.get(group)!.topics.get(thread)!.closed).toBe(false);
    const texts = chat.topicCalls(group, thread).map((c) => String(c.body.text));
    expect(texts).toEqual(expect.arrayContaining(['Status: new → closed', 'Status: closed → in_progress']));
  });

  it('waits out a 429 (retry_after) and loses nothing; a ticket from before the link gets no topic', async () => {
    const other = await chat.ctx.project('Before link');
    const early = await createTicket(other.api, { text: 'before' });
    const otherGroup = await chat.linkGroup(other);
    const ticket = await createTicket(other.api, { text: 'after', subject: 'Rate limited' });
    chat.fake.fail({
      method: 'sendMessage',
      chatId: otherGroup,
      status: 429,
      description: 'Too Many Requests: retry after 1',
      retryAfter: 1,
    });
    await chat.mirror(other);
    const thread = chat.threadOf(otherGroup, ticket.ticket_number);
    expect(chat.topicCalls(otherGroup, thread).filter((c) => c.result)).toHaveLength(0);
    // The group is held for retry_after: another pass right away sends nothing.
    await chat.mirror(other);
    expect(chat.topicCalls(otherGroup, thread).filter((c) => c.result)).toHaveLength(0);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    await chat.mirror(other);
    const sent = chat.topicCalls(otherGroup, thread).filter((c) => c.result);
    expect(sent.map((c) => String(c.body.text).split('\n')[0])).toEqual([
      `#${ticket.ticket_number} Rate limited`,
      '👤 Customer:',
    ]);
    expect(chat.fake.callsOf('createForumTopic', otherGroup).map((c) => c.body.name)).toEqual([
      `#${ticket.ticket_number} Rate limited`,
    ]);
    expect(early.ticket_number).toBeLessThan(ticket.ticket_number);
    const position = await chat.ctx.app
      .get(DataSource)
      .query('SELECT lease_until FROM team_chat_group WHERE project_id = $1', [other.project.id]);
    expect(position[0].lease_until).toBeNull();
  });

  it('mirrors each event once when several processes run at the same time (a lease per group)', async () => {
    const { TeamChatMirrorWorker } = await import('../../src/team-chat/team-chat-mirror.worker.js');
    const worker = chat.ctx.app.get(TeamChatMirrorWorker);
    const tickets = [];
    for (let i = 0; i < 3; i++) tickets.push(await createTicket(project.api, { text: `Parallel ${i}` }));
    const handled = await Promise.all([0, 1, 2, 3].map(() => worker.runOnce(project.project.id)));
    expect(handled.reduce((sum, n) => sum + n, 0)).toBe(1);
    const names = chat.fake.callsOf('createForumTopic', group).map((call) => String(call.body.name));
    for (const ticket of tickets)
      expect(names.filter((name) => name.startsWith(`#${ticket.ticket_number} `))).toHaveLength(1);
  });

  it('renames the topic when the ticket gets a new subject (ticket.updated)', async () => {
    const ticket = await createTicket(project.api, { text: 'Rename me', subject: 'Old subject' });
    await chat.mirror(project);
    const thread = chat.threadOf(group, ticket.ticket_number);
    await project.api.patch(`/v1/helpdesk/tickets/${ticket.id}`, { subject: 'New subject' }).expect(200);
    await chat.mirror(project);
    const renamed = chat.fake.callsOf('editForumTopic', group).at(-1)!;
    expect(Number(renamed.body.message_thread_id)).toBe(thread);
    expect(renamed.body.name).toBe(`#${ticket.ticket_number} New subject`);
    expect(chat.fake.forums.chats.get(group)!.topics.get(thread)!.name).toBe(`#${ticket.ticket_number} New subject`);
  });
});
