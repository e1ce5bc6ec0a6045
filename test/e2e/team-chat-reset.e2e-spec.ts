import request from 'supertest';
import { inviteTokenOf, signedInMember } from '../helpers/sessions.js';
import { useTeamChat } from '../helpers/team-chat.js';

// Telegram user ids unique per run: the database outlives the run.
const userBase = 930_000_000 + (Date.now() % 1_000_000) * 10;

/**
 * "Forgot password" through the bot: a member whose Telegram account is linked sends `/reset` to the bot in
 * private and gets a one-time password-reset link (24 h) for each project the account is linked in.
 */
describe('team chat: a linked member asks the bot for a password-reset link', () => {
  const chat = useTeamChat('777009:team-reset-token', 'team-reset-secret');
  const acme = chat.ctx.useProject('Acme reset');
  const globex = chat.ctx.useProject('Globex reset');

  const command = (userId: number, text: string) =>
    chat.post(
      chat.updates.message(userId, {
        text,
        entities: [{ type: 'bot_command', offset: 0, length: text.split(' ')[0].length }],
        from: { id: userId, first_name: 'Sam', username: `sam${userId}`, is_bot: false },
      }),
    );

  async function linkTelegram(member: { id: string; api: { post(path: string): Promise<any> } }, userId: number) {
    const issued = await member.api.post(`/v1/team/members/${member.id}/telegram-link`);
    await command(userId, `/start member_${issued.body.code}`);
  }

  it('sends a reset link per linked project to that account only; the link sets a new password once', async () => {
    const user = userBase + 1;
    const agent = await signedInMember(chat.ctx.app, acme, 'support', 'forgotten password 1');
    const sameInGlobex = await signedInMember(chat.ctx.app, globex, 'viewer', 'other password 22');
    await linkTelegram(agent, user);
    await linkTelegram(sameInGlobex, user);

    await command(user, '/reset');
    const answer = chat.fake.textsTo(user).at(-1)!;
    expect(answer).toContain('password-reset link');
    const links = [...answer.matchAll(/(Acme reset|Globex reset): (\S+\/reset\/\S+)/g)];
    expect(links.map((match) => match[1])).toEqual(['Acme reset', 'Globex reset']);

    const token = inviteTokenOf(links[0][2]);
    const server = chat.ctx.app.getHttpServer();
    const used = await request(server)
      .post('/v1/auth/accept-invite')
      .send({ token, password: 'remembered password 2' })
      .expect(200);
    expect(used.body.member.id).toBe(agent.id);
    await agent.api.get('/v1/auth/me').expect(401);
    await request(server).post('/v1/auth/accept-invite').send({ token, password: 'third password 333' }).expect(410);

    // Asking again at once: no new links (a stolen phone cannot flood anyone).
    await command(user, '/reset');
    expect(chat.fake.textsTo(user).at(-1)).toContain('a moment ago');
  });

  it('tells an account that is not linked how to get a link, and sends none', async () => {
    const stranger = userBase + 2;
    await command(stranger, '/reset');
    const answer = chat.fake.textsTo(stranger).at(-1)!;
    expect(answer).toContain('not linked to a team member');
    expect(answer).not.toMatch(/\/reset\//);
  });
});
