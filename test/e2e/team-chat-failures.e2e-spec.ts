import { createTicket } from '../helpers/tickets.js';
import { useTeamChat } from '../helpers/team-chat.js';

const lead = { id: 910_001, first_name: 'Lead' };

describe('team chat: failures keep the helpdesk working', () => {
  const chat = useTeamChat('777004:team-fail-token', 'team-fail-secret');
  const status = async (api: { get(path: string): any }) =>
    (await api.get('/v1/helpdesk/team-chat').expect(200)).body.status;

  it('marks the group bot_removed when the bot is removed (my_chat_member), ok again when it is back', async () => {
    const project = await chat.ctx.project('Removed');
    const group = await chat.linkGroup(project);
    const botId = chat.fake.botUser.id;
    await chat.post(chat.group.myChatMember(group, lead, 'administrator', 'left', botId));
    expect(await status(project.api)).toBe('bot_removed');
    // Tickets, customers' chats and the API go on; nothing is sent to the group.
    const customer = 910_500 + Math.floor(Math.random() * 1000);
    const ticket = await chat.createTicketThroughBot(project, customer, 'Still works');
    expect(ticket.status).toBe('new');
    await project.api.post(`/v1/helpdesk/tickets/${ticket.id}/reply`, { text: 'Answer' }).expect(201);
    await chat.mirror(project);
    expect(chat.fake.callsOf('createForumTopic', group)).toHaveLength(0);
    await chat.post(chat.group.myChatMember(group, lead, 'left', 'administrator', botId));
    expect(await status(project.api)).toBe('ok');
    await chat.post(chat.group.myChatMember(group, lead, 'administrator', 'kicked', botId));
    expect(await status(project.api)).toBe('bot_removed');
  });

  it('marks bot_removed when Telegram answers 403 in the group (no update seen)', async () => {
    const project = await chat.ctx.project('Kicked silently');
    const group = await chat.linkGroup(project);
    chat.fake.forums.chats.get(group)!.kicked = true;
    await createTicket(project.api, { text: 'Nobody hears' });
    await chat.mirror(project);
    expect(await status(project.api)).toBe('bot_removed');
    await createTicket(project.api, { text: 'The API goes on' });
  });

  it('marks no_topic_rights when createForumTopic is refused, and ok once a topic can be made', async () => {
    const project = await chat.ctx.project('No rights');
    const group = await chat.linkGroup(project, { canManageTopics: false });
    const first = await createTicket(project.api, { text: 'No topic for me' });
    await chat.mirror(project);
    expect(await status(project.api)).toBe('no_topic_rights');
    expect(chat.fake.callsOf('createForumTopic', group)[0]).toBeDefined();
    expect(() => chat.threadOf(group, first.ticket_number)).toThrow();
    // The rest of the ticket's events are skipped without a topic; the next ticket tries again.
    await project.api.patch(`/v1/helpdesk/tickets/${first.id}/status`, { status: 'closed' }).expect(200);
    chat.fake.forums.chats.get(group)!.canManageTopics = true;
    const second = await createTicket(project.api, { text: 'Rights are back' });
    await chat.mirror(project);
    expect(chat.threadOf(group, second.ticket_number)).toBeGreaterThan(0);
    expect(await status(project.api)).toBe('ok');
  });

  it('a group without topics refuses topics the same way', async () => {
    const project = await chat.ctx.project('Topics off later');
    const group = await chat.linkGroup(project);
    chat.fake.forums.chats.get(group)!.isForum = false;
    await createTicket(project.api, { text: 'Topics were turned off' });
    await chat.mirror(project);
    expect(await status(project.api)).toBe('no_topic_rights');
  });
});
