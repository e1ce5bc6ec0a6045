import { DataSource } from 'typeorm';
import { signedInMember, signedInOwner } from '../helpers/sessions.js';
import { useTeamChat } from '../helpers/team-chat.js';

const unique = () => 840_000 + Math.floor(Math.random() * 100_000);

describe('ownership transfer with a one-time code from the bot', () => {
  const chat = useTeamChat('777006:team-otp-token', 'team-otp-secret');

  /** A project whose signed-in owner has a linked Telegram account, and the admin who may become owner. */
  async function setUp(linked = true) {
    const project = await chat.ctx.project('OTP');
    const owner = await signedInOwner(chat.ctx.app, project);
    const admin = await signedInMember(chat.ctx.app, project, 'admin');
    const user = { id: unique(), first_name: 'Olga', username: 'olga_owner' };
    if (linked) await chat.linkMember(project, owner.id, user);
    return { project, owner, admin, user };
  }

  const codeIn = (text: string) => /\b(\d{6})\b/.exec(text)![1];

  it('sends a 6-digit code (10 minutes) and transfers with it; 4 wrong tries are allowed', async () => {
    const { project, owner, admin, user } = await setUp();
    const sent = await owner.api.post('/v1/team/transfer-ownership', { member_id: admin.id }).expect(202);
    expect(sent.body.otp_sent).toBe('telegram');
    const ttl = Date.parse(sent.body.expires_at) - Date.now();
    expect(ttl).toBeGreaterThan(9 * 60_000);
    expect(ttl).toBeLessThanOrEqual(10 * 60_000);
    const code = codeIn(chat.fake.textsTo(user.id).at(-1)!);
    const wrong = code === '000000' ? '111111' : '000000';
    for (let i = 0; i < 4; i++) {
      const refused = await owner.api
        .post('/v1/team/transfer-ownership/confirm', { member_id: admin.id, code: wrong })
        .expect(403);
      expect(refused.body.code).toBe('otp_mismatch');
    }
    const done = await owner.api.post('/v1/team/transfer-ownership/confirm', { member_id: admin.id, code }).expect(200);
    expect(done.body.owner).toMatchObject({ id: admin.id, role: 'owner' });
    expect(done.body.previous_owner).toMatchObject({ id: owner.id, role: 'admin' });
    // Used up.
    await admin.api.post('/v1/team/transfer-ownership/confirm', { member_id: owner.id, code }).expect(410);
    const members = (await project.api.get('/v1/team/members').expect(200)).body.members;
    expect(members.find((m: { id: string }) => m.id === admin.id).role).toBe('owner');
  });

  it('voids the code on the 5th wrong try (410), and refuses an expired one (410)', async () => {
    const { owner, admin, user } = await setUp();
    await owner.api.post('/v1/team/transfer-ownership', { member_id: admin.id }).expect(202);
    const code = codeIn(chat.fake.textsTo(user.id).at(-1)!);
    const wrong = code === '000000' ? '111111' : '000000';
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++)
      statuses.push(
        (await owner.api.post('/v1/team/transfer-ownership/confirm', { member_id: admin.id, code: wrong })).status,
      );
    expect(statuses).toEqual([403, 403, 403, 403, 410]);
    const gone = await owner.api.post('/v1/team/transfer-ownership/confirm', { member_id: admin.id, code }).expect(410);
    expect(gone.body.code).toBe('otp_gone');

    await owner.api.post('/v1/team/transfer-ownership', { member_id: admin.id }).expect(202);
    const fresh = codeIn(chat.fake.textsTo(user.id).at(-1)!);
    await chat.ctx.app
      .get(DataSource)
      .query(`UPDATE ownership_otp SET expires_at = now() - interval '1 second' WHERE owner_id = $1`, [owner.id]);
    await owner.api.post('/v1/team/transfer-ownership/confirm', { member_id: admin.id, code: fresh }).expect(410);
  });

  it('keeps the password form for owners without a linked account; checks who asks', async () => {
    const { project, owner, admin } = await setUp(false);
    const refused = await owner.api.post('/v1/team/transfer-ownership', { member_id: admin.id }).expect(422);
    expect(refused.body.code).toBe('password_required');
    await admin.api.post('/v1/team/transfer-ownership', { member_id: owner.id }).expect(403);
    await project.api.post('/v1/team/transfer-ownership', { member_id: admin.id }).expect(403);
    await owner.api.post('/v1/team/transfer-ownership/confirm', { member_id: admin.id, code: '12345' }).expect(422);
    await owner.api.post('/v1/team/transfer-ownership/confirm', { member_id: admin.id, code: '123456' }).expect(410);
    const done = await owner.api
      .post('/v1/team/transfer-ownership', { member_id: admin.id, password: owner.password })
      .expect(200);
    expect(done.body.owner).toMatchObject({ id: admin.id, role: 'owner' });
  });
});
