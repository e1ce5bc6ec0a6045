import { DataSource } from 'typeorm';
import { TelegramDeliveryWorker } from '../../src/messengers/telegram/telegram-delivery.worker.js';
import { signedInMember } from '../helpers/sessions.js';
import { useTeamChat } from '../helpers/team-chat.js';

const unique = () => 800_000 + Math.floor(Math.random() * 100_000);

describe('team chat: the team answers from the ticket topic', () => {
  const chat = useTeamChat('777003:team-topic-token', 'team-topic-secret');
  const project = chat.ctx.useProject('Topic');
  const sam = { id: unique(), first_name: 'Sam', username: 'sam_support' };
  const vic = { id: unique(), first_name: 'Vic', username: 'vic_viewer' };
  const ada = { id: unique(), first_name: 'Ada', username: 'ada_admin' };
  const stranger = { id: unique(), first_name: 'Stan' };
  let support: { id: string; name: string };
  let admin: { id: string };
  let group: number;

  beforeAll(async () => {
    group = await chat.linkGroup(project);
    const supportMember = await signedInMember(chat.ctx.app, project, 'support');
    support = { id: supportMember.id, name: `support ${supportMember.email.split('-')[1]}` };
    await chat.linkMember(project, supportMember.id, sam);
    const viewer = await signedInMember(chat.ctx.app, project, 'viewer');
    await chat.linkMember(project, viewer.id, vic);
    admin = await signedInMember(chat.ctx.app, project, 'admin');
    await chat.linkMember(project, admin.id, ada);
  });

  /** A Telegram ticket with its topic: the customer's chat, the ticket and the topic's thread id. */
  async function ticketWithTopic(text: string) {
    const customer = unique();
    const ticket = await chat.createTicketThroughBot(project, customer, text);
    await chat.mirror(project);
    return { customer, ticket, thread: chat.threadOf(group, ticket.ticket_number) };
  }

  const details = (id: string) => chat.details(project, id);
  const credits = async () => (await project.api.get('/v1/credits').expect(200)).body;

  it("makes a linked support member's message a charged public reply from them, not echoed back", async () => {
    const { customer, ticket, thread } = await ticketWithTopic('Where is my order?');
    const before = (await credits()).free_used;
    await chat.post(chat.group.text(group, sam, 'It ships tomorrow', thread));
    const messages = (await details(ticket.id)).messages;
    expect(messages.at(-1)).toMatchObject({
      author: 'agent',
      member_id: support.id,
      text: 'It ships tomorrow',
      internal: false,
      delivery: 'pending',
    });
    expect((await credits()).free_used).toBe(before + 1);
    const replied = await chat.ctx.app
      .get(DataSource)
      .query(`SELECT payload FROM outbox_event WHERE aggregate_id = $1 AND event_type = 'ticket.replied'`, [ticket.id]);
    expect(replied.map((row: { payload: any }) => row.payload.message.text)).toContain('It ships tomorrow');
    await chat.ctx.app.get(TelegramDeliveryWorker).runOnce(project.project.id);
    expect(chat.fake.textsTo(customer)).toContain('It ships tomorrow');
    await chat.mirror(project);
    const texts = chat.topicCalls(group, thread).map((c) => String(c.body.text));
    expect(texts.some((text) => text.includes('It ships tomorrow'))).toBe(false);
    expect(texts).toContain('Status: new → in_progress');
  });

  it("keeps a member's files: stored with the reply and sent to the customer", async () => {
    const { customer, ticket, thread } = await ticketWithTopic('Send me the invoice');
    chat.fake.hostFile('topic-doc-1', Buffer.from('%PDF-1.4 invoice'), { extension: 'pdf' });
    const update = chat.group.message(
      group,
      sam,
      {
        caption: 'Here it is',
        document: {
          file_id: 'topic-doc-1',
          file_unique_id: 'u1',
          file_name: 'invoice.pdf',
          mime_type: 'application/pdf',
        },
      },
      thread,
    );
    await chat.post(update);
    const message = (await details(ticket.id)).messages.at(-1);
    expect(message).toMatchObject({ author: 'agent', member_id: support.id, text: 'Here it is' });
    expect(message.attachments).toEqual([
      expect.objectContaining({ type: 'document', file_name: 'invoice.pdf', mime_type: 'application/pdf', size: 16 }),
    ]);
    await chat.ctx.app.get(TelegramDeliveryWorker).runOnce(project.project.id);
    const sent = chat.fake.callsOf('sendDocument', customer).at(-1)!;
    expect(sent.body.caption).toBe('Here it is');
    expect(Object.values(sent.files)[0].data.toString()).toBe('%PDF-1.4 invoice');
  });

  it('makes "!" an internal note; commands and buttons act as the member', async () => {
    const { customer, ticket, thread } = await ticketWithTopic('Broken screen');
    await chat.post(chat.group.text(group, sam, '! customer is a VIP', thread));
    expect((await details(ticket.id)).messages.at(-1)).toMatchObject({
      author: 'agent',
      member_id: support.id,
      text: 'customer is a VIP',
      internal: true,
    });
    await chat.ctx.app.get(TelegramDeliveryWorker).runOnce(project.project.id);
    expect(chat.fake.textsTo(customer).some((text) => text.includes('VIP'))).toBe(false);

    await chat.post(chat.group.text(group, sam, '/take', thread));
    expect((await details(ticket.id)).assigned_to).toBe(support.id);
    await chat.post(chat.group.text(group, sam, '/priority urgent', thread));
    expect((await details(ticket.id)).priority).toBe('urgent');
    await chat.post(chat.group.text(group, sam, `/status@zapnoty_test_bot waiting`, thread));
    expect((await details(ticket.id)).status).toBe('waiting');
    await chat.post(chat.group.text(group, sam, '/status nonsense', thread));
    expect(chat.topicCalls(group, thread).at(-1)!.body.text).toContain('Commands: /take');
    await chat.post(chat.group.text(group, sam, '/close', thread));
    expect((await details(ticket.id)).status).toBe('closed');
    await chat.post(chat.group.text(group, sam, '/reopen', thread));
    expect((await details(ticket.id)).status).toBe('in_progress');

    // The header's buttons: the admin takes it, then closes it.
    const header = chat.topicCalls(group, thread).find((c) => c.body.reply_markup)!;
    await chat.post(chat.group.callback(group, ada, 'tc:take', header.result.message_id, thread));
    expect((await details(ticket.id)).assigned_to).toBe(admin.id);
    expect(chat.fake.callsOf('answerCallbackQuery').at(-1)!.body.text).toBe('Done');
    await chat.post(chat.group.callback(group, ada, 'tc:close', header.result.message_id, thread));
    expect((await details(ticket.id)).status).toBe('closed');
    const history = (await details(ticket.id)).status_history;
    expect(history.at(-1)).toMatchObject({ to: 'closed', member_id: admin.id });
    await chat.mirror(project);
    expect(chat.fake.forums.chats.get(group)!.topics.get(thread)!.closed).toBe(true);
    const texts = chat.topicCalls(group, thread).map((c) => String(c.body.text));
    expect(texts).toEqual(
      expect.arrayContaining([`Assigned to ${support.name}`, 'Priority: urgent (' + support.name + ')']),
    );
    expect(texts.some((text) => text.includes('VIP'))).toBe(false);
  });

  it('tells unlinked users and viewers once an hour; their messages reach no customer', async () => {
    const { customer, ticket, thread } = await ticketWithTopic('Login fails');
    const count = async () => (await details(ticket.id)).messages.length;
    const before = await count();
    await chat.post(chat.group.text(group, vic, 'I can answer this', thread));
    await chat.post(chat.group.text(group, vic, 'Hello?', thread));
    await chat.post(chat.group.text(group, stranger, 'Me too', thread));
    await chat.post(chat.group.text(group, stranger, 'Anyone?', thread));
    await chat.post(chat.group.callback(group, vic, 'tc:close', 1, thread));
    expect(await count()).toBe(before);
    expect((await details(ticket.id)).status).toBe('new');
    const notices = chat.topicCalls(group, thread).map((c) => String(c.body.text));
    expect(notices.filter((text) => text.startsWith('@vic_viewer'))).toEqual([
      '@vic_viewer, your message reached no customer: the viewer role cannot reply or change tickets.',
    ]);
    expect(notices.filter((text) => text.startsWith('Stan,'))).toHaveLength(1);
    expect(notices.find((text) => text.startsWith('Stan,'))).toContain('not linked');
    expect(chat.fake.callsOf('answerCallbackQuery').at(-1)!.body.text).toContain('viewer role');
    await chat.ctx.app.get(TelegramDeliveryWorker).runOnce(project.project.id);
    expect(chat.fake.textsTo(customer).some((text) => /answer this|Anyone/.test(text))).toBe(false);
  });

  it('ignores the General topic, unknown topics and bots', async () => {
    const { ticket, thread } = await ticketWithTopic('Ignored things');
    const before = (await details(ticket.id)).messages.length;
    const calls = chat.fake.calls.length;
    await chat.post(chat.group.text(group, sam, 'General chatter'));
    await chat.post(chat.group.text(group, sam, 'Unknown topic', 999_999));
    await chat.post(chat.group.text(group, { id: chat.fake.botUser.id, first_name: 'Bot', is_bot: true }, 'x', thread));
    expect((await details(ticket.id)).messages.length).toBe(before);
    expect(chat.fake.calls.length).toBe(calls);
  });

  it('says in the topic when no credit is left, and sends nothing', async () => {
    const { customer, ticket, thread } = await ticketWithTopic('Out of credit');
    await chat.ctx.app
      .get(DataSource)
      .query('UPDATE credit_account SET free_used = 100000 WHERE project_id = $1', [project.project.id]);
    const before = (await details(ticket.id)).messages.length;
    await chat.post(chat.group.text(group, sam, 'This costs a credit', thread));
    expect((await details(ticket.id)).messages.length).toBe(before);
    expect(chat.topicCalls(group, thread).at(-1)!.body.text).toContain('No credit left');
    await chat.ctx.app.get(TelegramDeliveryWorker).runOnce(project.project.id);
    expect(chat.fake.textsTo(customer)).not.toContain('This costs a credit');
    // A note is free.
    await chat.post(chat.group.text(group, sam, '!still noted', thread));
    expect((await details(ticket.id)).messages.at(-1).text).toBe('still noted');
  });
});
