import { DataSource } from 'typeorm';
import { signedInMember } from '../helpers/sessions.js';
import { BOT_USERNAME, useTeamChat } from '../helpers/team-chat.js';

const lead = { id: 900_001, first_name: 'Lead', username: 'lead_tg' };
// Chat ids unique per run: the database outlives the run, and a group serves one project.
const base = -1_000_000_000_000 - (Date.now() % 1_000_000) * 1000;
const group = (n: number) => base - n;

describe('team chat: linking the group and members (Telegram forum group)', () => {
  const chat = useTeamChat('777001:team-link-token', 'team-link-secret');
  const project = chat.ctx.useProject('Acme support');

  it('links a forum supergroup with /start@bot <code>; the code is one-time, 1 h, hashed at rest', async () => {
    const issued = await project.api.post('/v1/helpdesk/team-chat/link-code').expect(201);
    expect(issued.body.telegram_link).toBe(`https://t.me/${BOT_USERNAME}?startgroup=${issued.body.code}`);
    const ttl = Date.parse(issued.body.expires_at) - Date.now();
    expect(ttl).toBeGreaterThan(59 * 60_000);
    expect(ttl).toBeLessThanOrEqual(60 * 60_000);
    const stored = await chat.ctx.app
      .get(DataSource)
      .query('SELECT code_hash FROM team_chat_link_code WHERE project_id = $1', [project.project.id]);
    expect(stored.map((row: { code_hash: string }) => row.code_hash)).not.toContain(issued.body.code);

    chat.fake.forums.add(group(100500), { title: 'Acme team' });
    await chat.post(chat.group.start(group(100500), lead, issued.body.code, { bot: BOT_USERNAME }));
    expect(chat.fake.textsTo(group(100500)).at(-1)).toContain('team chat of "Acme support"');
    const linked = (await project.api.get('/v1/helpdesk/team-chat').expect(200)).body;
    expect(linked).toEqual({
      linked: true,
      chat_id: group(100500),
      title: 'Support team',
      linked_at: expect.any(String),
      status: 'ok',
    });

    // The same code again, in another group: used up.
    chat.fake.forums.add(group(100501));
    await chat.post(chat.group.start(group(100501), lead, issued.body.code));
    expect(chat.fake.textsTo(group(100501)).at(-1)).toContain('unknown, already used or expired');
    expect((await project.api.get('/v1/helpdesk/team-chat').expect(200)).body.chat_id).toBe(group(100500));
  });

  it('explains how to turn topics on in a group without them, and links nothing', async () => {
    const other = await chat.ctx.project('No topics');
    const { code } = (await other.api.post('/v1/helpdesk/team-chat/link-code').expect(201)).body;
    chat.fake.forums.add(group(100600), { isForum: false });
    await chat.post(chat.group.start(group(100600), lead, code, { isForum: false }));
    expect(chat.fake.textsTo(group(100600)).at(-1)).toContain('Topics are off');
    expect((await other.api.get('/v1/helpdesk/team-chat').expect(200)).body).toMatchObject({ linked: false });
    // The code was not used up: it links once the group has topics.
    chat.fake.forums.add(group(100601));
    await chat.post(chat.group.start(group(100601), lead, code));
    expect((await other.api.get('/v1/helpdesk/team-chat').expect(200)).body).toMatchObject({ linked: true });
  });

  it('refuses an expired code and a /start addressed to another bot', async () => {
    const other = await chat.ctx.project('Expired');
    const { code } = (await other.api.post('/v1/helpdesk/team-chat/link-code').expect(201)).body;
    await chat.ctx.app
      .get(DataSource)
      .query(`UPDATE team_chat_link_code SET expires_at = now() - interval '1 second' WHERE project_id = $1`, [
        other.project.id,
      ]);
    chat.fake.forums.add(group(100700));
    await chat.post(chat.group.start(group(100700), lead, code, { bot: 'some_other_bot' }));
    expect(chat.fake.textsTo(group(100700))).toEqual([]);
    await chat.post(chat.group.start(group(100700), lead, code));
    expect(chat.fake.textsTo(group(100700)).at(-1)).toContain('unknown, already used or expired');
    expect((await other.api.get('/v1/helpdesk/team-chat').expect(200)).body.linked).toBe(false);
  });

  it('lets admins+ issue group codes and unlink; support is refused; other projects see nothing', async () => {
    const support = await signedInMember(chat.ctx.app, project, 'support');
    await support.api.post('/v1/helpdesk/team-chat/link-code').expect(403);
    await support.api.delete('/v1/helpdesk/team-chat').expect(403);
    expect((await support.api.get('/v1/helpdesk/team-chat').expect(200)).body.linked).toBe(true);
    const other = await chat.ctx.project('Other');
    expect((await other.api.get('/v1/helpdesk/team-chat').expect(200)).body).toEqual({
      linked: false,
      chat_id: null,
      title: null,
      linked_at: null,
      status: null,
    });
    const admin = await signedInMember(chat.ctx.app, project, 'admin');
    await admin.api.delete('/v1/helpdesk/team-chat').expect(204);
    expect((await project.api.get('/v1/helpdesk/team-chat').expect(200)).body.linked).toBe(false);
  });

  it('links a member through /start member_<code>; members show telegram; unlink', async () => {
    const support = await signedInMember(chat.ctx.app, project, 'support');
    const issued = await support.api.post(`/v1/team/members/${support.id}/telegram-link`).expect(201);
    expect(issued.body.telegram_link).toBe(`https://t.me/${BOT_USERNAME}?start=member_${issued.body.code}`);
    const user = { id: 900_100, first_name: 'Sam', username: 'sam_tg' };
    await chat.post(
      chat.updates.message(user.id, {
        text: `/start member_${issued.body.code}`,
        entities: [{ type: 'bot_command', offset: 0, length: 6 }],
        from: { ...user, is_bot: false },
      }),
    );
    expect(chat.fake.textsTo(user.id).at(-1)).toContain(`linked to ${support.role} `);
    const members = (await project.api.get('/v1/team/members').expect(200)).body.members;
    expect(members.find((m: { id: string }) => m.id === support.id).telegram).toEqual({
      user_id: 900_100,
      username: 'sam_tg',
      notifications: { assigned: true, customer_replied: true },
    });
    expect(members.find((m: { id: string }) => m.id === project.owner.id).telegram).toBeNull();

    // One use only; a customer chat is not opened by it.
    await chat.post(
      chat.updates.message(user.id, {
        text: `/start member_${issued.body.code}`,
        entities: [{ type: 'bot_command', offset: 0, length: 6 }],
      }),
    );
    expect(chat.fake.textsTo(user.id).at(-1)).toContain('unknown, already used or expired');

    // Support may not touch another member's link; another project's member is 404.
    const viewer = await signedInMember(chat.ctx.app, project, 'viewer');
    await support.api.post(`/v1/team/members/${viewer.id}/telegram-link`).expect(403);
    await support.api.delete(`/v1/team/members/${viewer.id}/telegram`).expect(403);
    const other = await chat.ctx.project('Other members');
    await other.api.post(`/v1/team/members/${support.id}/telegram-link`).expect(404);
    await other.api.delete(`/v1/team/members/${support.id}/telegram`).expect(404);

    await support.api.delete(`/v1/team/members/${support.id}/telegram`).expect(204);
    const after = (await project.api.get('/v1/team/members').expect(200)).body.members;
    expect(after.find((m: { id: string }) => m.id === support.id).telegram).toBeNull();
  });
});
