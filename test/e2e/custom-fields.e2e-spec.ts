import { signedInMember, TEST_PUBLIC_URL } from '../helpers/sessions.js';
import { type TestProject, useTestApp } from '../helpers/test-app.js';
import { createTicket, NO_SUCH_ID } from '../helpers/tickets.js';

describe('custom fields', () => {
  const ctx = useTestApp({ PUBLIC_URL: TEST_PUBLIC_URL, WORKERS_ENABLED: 'false' });
  const other = ctx.useProject('Other fields');

  async function projectWithFields(): Promise<TestProject> {
    const project = await ctx.project('Fields');
    const fields = [
      { key: 'order_id', label: 'Order', type: 'text', required_to_close: true },
      { key: 'amount', label: 'Amount', type: 'number' },
      { key: 'vip', label: 'VIP', type: 'checkbox' },
      { key: 'due', label: 'Due', type: 'date' },
      { key: 'platform', label: 'Platform', type: 'select', options: ['Android', 'iOS', 'Web'] },
    ];
    for (const field of fields) await project.api.post('/v1/helpdesk/custom-fields', field).expect(201);
    return project;
  }

  it('manages fields (admin+ writes, every role reads), keys unique per project', async () => {
    const project = await ctx.project('Field admin');
    const created = (
      await project.api
        .post('/v1/helpdesk/custom-fields', {
          key: 'platform',
          label: 'Платформа',
          type: 'select',
          options: ['A', 'B'],
        })
        .expect(201)
    ).body;
    expect(created).toEqual({
      id: expect.any(String),
      key: 'platform',
      label: 'Платформа',
      type: 'select',
      options: ['A', 'B'],
      required_to_close: false,
      enabled: true,
    });
    const taken = await project.api.post('/v1/helpdesk/custom-fields', { key: 'platform', label: 'X', type: 'text' });
    expect(taken.status).toBe(409);
    expect(taken.body.code).toBe('custom_field_key_taken');
    await other.api.post('/v1/helpdesk/custom-fields', { key: 'platform', label: 'X', type: 'text' }).expect(201);

    for (const body of [
      { key: 'Bad Key', label: 'X', type: 'text' },
      { key: 'x'.repeat(41), label: 'X', type: 'text' },
      { key: 'ok', label: 'X', type: 'colour' },
      { key: 'ok', label: 'X', type: 'text', options: 'A' },
    ])
      expect([400, 422]).toContain((await project.api.post('/v1/helpdesk/custom-fields', body)).status);
    for (const body of [
      { key: 'ok', label: 'X', type: 'select' },
      { key: 'ok', label: 'X', type: 'text', options: ['A'] },
      { key: 'ok', label: 'X', type: 'select', options: ['A', 'A'] },
    ]) {
      const refused = await project.api.post('/v1/helpdesk/custom-fields', body).expect(422);
      expect(refused.body.code).toBe('invalid_custom_field_definition');
    }

    const url = `/v1/helpdesk/custom-fields/${created.id}`;
    const updated = (
      await project.api.put(url, { label: 'Platform', options: ['A', 'B', 'C'], required_to_close: true }).expect(200)
    ).body;
    expect(updated).toMatchObject({ label: 'Platform', options: ['A', 'B', 'C'], required_to_close: true });
    expect((await project.api.put(url, { type: 'text' }).expect(422)).body.code).toBe(
      'invalid_custom_field_definition',
    );
    await project.api.put(url, { key: 'platform', type: 'select' }).expect(200);

    const viewer = await signedInMember(ctx.app, project, 'viewer');
    const support = await signedInMember(ctx.app, project, 'support');
    const listed = (await viewer.api.get('/v1/helpdesk/custom-fields').expect(200)).body.custom_fields;
    expect(listed.map((f: { key: string }) => f.key)).toEqual(['platform']);
    const denied = await support.api.post('/v1/helpdesk/custom-fields', { key: 'x', label: 'X', type: 'text' });
    expect(denied.status).toBe(403);
    await support.api.put(url, { label: 'Nope' }).expect(403);
    await support.api.delete(url).expect(403);

    await other.api.put(url, { label: 'Hijack' }).expect(404);
    await other.api.delete(url).expect(404);
    await project.api.put(`/v1/helpdesk/custom-fields/${NO_SUCH_ID}`, { label: 'X' }).expect(404);
    await project.api.delete(url).expect(204);
    await project.api.delete(url).expect(404);
    expect((await project.api.get('/v1/helpdesk/custom-fields').expect(200)).body.custom_fields).toEqual([]);
  });

  it('stores values on create and PATCH, and refuses wrong types, unknown keys and options', async () => {
    const project = await projectWithFields();
    const ticket = await createTicket(project.api, {
      custom_fields: { order_id: 'A-1042', amount: 12.5, vip: true, due: '2026-12-31', platform: 'iOS' },
    });
    expect(ticket.custom_fields).toEqual({
      order_id: 'A-1042',
      amount: 12.5,
      vip: true,
      due: '2026-12-31',
      platform: 'iOS',
    });
    const url = `/v1/helpdesk/tickets/${ticket.id}`;
    expect((await project.api.get(url).expect(200)).body.custom_fields.platform).toBe('iOS');

    const patched = (
      await project.api.patch(url, { custom_fields: { platform: 'Web', amount: null, vip: false } }).expect(200)
    ).body;
    expect(patched.custom_fields).toEqual({ order_id: 'A-1042', vip: false, due: '2026-12-31', platform: 'Web' });

    for (const custom_fields of [
      { amount: '12' },
      { vip: 'yes' },
      { due: '2026-02-30' },
      { due: 'tomorrow' },
      { platform: 'Windows' },
      { order_id: 5 },
      { unknown_key: 'x' },
    ]) {
      const refused = await project.api.patch(url, { custom_fields }).expect(422);
      expect(refused.body).toMatchObject({ code: 'invalid_custom_field', retryable: false });
      const onCreate = await project.api.post('/v1/helpdesk/tickets', { text: 'Hi', custom_fields }).expect(422);
      expect(onCreate.body.code).toBe('invalid_custom_field');
    }
    await project.api.patch(url, { custom_fields: 'A-1' }).expect(400);
    expect((await project.api.get(url).expect(200)).body.custom_fields).toEqual(patched.custom_fields);
    // Another project's field keys are unknown here.
    await other.api.post('/v1/helpdesk/tickets', { text: 'Hi', custom_fields: { amount: 1 } }).expect(422);
  });

  it('refuses to close a ticket with a required field unset, through PATCH status and bulk', async () => {
    const project = await projectWithFields();
    const missing = await createTicket(project.api, { custom_fields: { platform: 'Web' } });
    const complete = await createTicket(project.api, { custom_fields: { order_id: 'B-1' } });

    const refused = await project.api
      .patch(`/v1/helpdesk/tickets/${missing.id}/status`, { status: 'closed' })
      .expect(422);
    expect(refused.body).toMatchObject({ code: 'custom_field_required', retryable: false });
    expect(refused.body.error).toContain('order_id');
    const bulk = await project.api
      .post('/v1/helpdesk/tickets/bulk', { ticket_ids: [missing.id, complete.id], action: 'close' })
      .expect(422);
    expect(bulk.body.code).toBe('custom_field_required');
    for (const id of [missing.id, complete.id])
      expect((await project.api.get(`/v1/helpdesk/tickets/${id}`).expect(200)).body.status).toBe('new');

    await project.api.patch(`/v1/helpdesk/tickets/${complete.id}/status`, { status: 'closed' }).expect(200);
    await project.api.patch(`/v1/helpdesk/tickets/${missing.id}`, { custom_fields: { order_id: 'C-7' } }).expect(200);
    await project.api
      .post('/v1/helpdesk/tickets/bulk', { ticket_ids: [missing.id], action: 'close' })
      .expect(200, { affected: 1 });
    // Other status changes are not held back.
    const open = await createTicket(project.api);
    await project.api.patch(`/v1/helpdesk/tickets/${open.id}/status`, { status: 'waiting' }).expect(200);
  });

  it('filters the list by cf_<key>=<value>', async () => {
    const project = await projectWithFields();
    const ios = await createTicket(project.api, { custom_fields: { platform: 'iOS', vip: true, amount: 3 } });
    const web = await createTicket(project.api, { custom_fields: { platform: 'Web', vip: false } });
    await createTicket(project.api);
    const ids = async (query: string) =>
      (await project.api.get(`/v1/helpdesk/tickets?${query}`).expect(200)).body.tickets.map(
        (t: { id: string }) => t.id,
      );
    expect(await ids('cf_platform=iOS')).toEqual([ios.id]);
    expect(await ids('cf_vip=false')).toEqual([web.id]);
    expect(await ids('cf_amount=3&cf_platform=iOS')).toEqual([ios.id]);
    expect(await ids('cf_platform=Web&status=closed')).toEqual([]);
    const total = (await project.api.get('/v1/helpdesk/tickets?cf_platform=Web').expect(200)).body.total;
    expect(total).toBe(1);
    expect((await project.api.get('/v1/helpdesk/tickets?cf_nope=1').expect(422)).body.code).toBe(
      'invalid_custom_field',
    );
    await project.api.get('/v1/helpdesk/tickets?unknown=1').expect(400);
  });
});
