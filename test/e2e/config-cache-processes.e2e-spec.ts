import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { startServerProcess, type ServerProcess } from '../helpers/server-process.js';
import { createTestApp, createTestProject, type TestProject } from '../helpers/test-app.js';

/**
 * Settings and routing rules are cached per process. A change made through one server process must be
 * seen by another on its very next request: each request's auth statement reads the project's
 * config_version, which the change raised in its own transaction.
 */
describe('settings and routing rules changed in one process, used by another', () => {
  let app: NestExpressApplication;
  let other: ServerProcess;
  let acme: TestProject;

  beforeAll(async () => {
    app = await createTestApp({ WORKERS_ENABLED: 'false' });
    acme = await createTestProject(app, 'Acme');
    other = await startServerProcess(
      { DATABASE_URL: process.env.DATABASE_URL, DEMO_PROJECT: 'false', WORKERS_ENABLED: 'false' },
      60_000,
    );
  }, 90_000);
  afterAll(async () => {
    await other.stop('SIGTERM');
    await app.close();
  });

  const auth = () => ({ Authorization: `Bearer ${acme.apiKey}` });
  const createInOther = (body: object = { text: 'My order is late' }) =>
    request(other.url).post('/v1/helpdesk/tickets').set(auth()).send(body);

  it('refuses ticket creation in the other process right after the helpdesk is switched off here', async () => {
    // The other process reads and caches the settings first.
    await createInOther().expect(201);
    await createInOther().expect(201);
    await acme.api.put('/v1/helpdesk/settings', { helpdesk_enabled: false }).expect(200);
    const refused = await createInOther().expect(403);
    expect(refused.body.code).toBe('helpdesk_disabled');
    await request(other.url).put('/v1/helpdesk/settings').set(auth()).send({ helpdesk_enabled: true }).expect(200);
    // And the other way round: the change made there is seen here.
    await acme.api.post('/v1/helpdesk/tickets', { text: 'again' }).expect(201);
  });

  it('shows SLA thresholds changed here in the next response of the other process', async () => {
    const before = await createInOther().expect(201);
    expect(before.body.sla).toEqual(expect.objectContaining({ first_reply_due_at: null }));
    await acme.api.put('/v1/helpdesk/settings', { sla_first_reply_hours: 2 }).expect(200);
    const after = await createInOther().expect(201);
    expect(after.body.sla.first_reply_due_at).not.toBeNull();
    await acme.api.put('/v1/helpdesk/settings', { sla_first_reply_hours: null }).expect(200);
  });

  it('routes the next ticket created in the other process by a rule added, changed and removed here', async () => {
    expect((await createInOther({ text: 'refund please' }).expect(201)).body.priority).toBe('normal');
    const rule = await acme.api
      .post('/v1/helpdesk/routing-rules', {
        name: 'refunds',
        condition: { text_contains: 'refund' },
        action: { set_priority: 'urgent' },
      })
      .expect(201);
    expect((await createInOther({ text: 'refund please' }).expect(201)).body.priority).toBe('urgent');
    await acme.api.put(`/v1/helpdesk/routing-rules/${rule.body.id}`, { action: { set_priority: 'high' } }).expect(200);
    expect((await createInOther({ text: 'refund please' }).expect(201)).body.priority).toBe('high');
    await acme.api.put(`/v1/helpdesk/routing-rules/${rule.body.id}`, { enabled: false }).expect(200);
    expect((await createInOther({ text: 'refund please' }).expect(201)).body.priority).toBe('normal');
    await acme.api.put(`/v1/helpdesk/routing-rules/${rule.body.id}`, { enabled: true }).expect(200);
    expect((await createInOther({ text: 'refund please' }).expect(201)).body.priority).toBe('high');
    await acme.api.delete(`/v1/helpdesk/routing-rules/${rule.body.id}`).expect(204);
    expect((await createInOther({ text: 'refund please' }).expect(201)).body.priority).toBe('normal');
  });

  it('keeps projects apart: a rule of another project never routes this one', async () => {
    const globex = await createTestProject(app, 'Globex');
    await globex.api
      .post('/v1/helpdesk/routing-rules', {
        name: 'all',
        condition: { text_contains: 'refund' },
        action: { add_tag: 'globex' },
      })
      .expect(201);
    const ticket = await createInOther({ text: 'refund please' }).expect(201);
    expect(ticket.body.tags).toEqual([]);
  });
});
