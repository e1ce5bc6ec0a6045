import { useTestApp } from '../helpers/test-app.js';

describe('helpdesk settings', () => {
  const ctx = useTestApp();
  const acme = ctx.useProject();

  it('starts a new project with the default settings', async () => {
    const project = await ctx.project();
    const response = await project.api.get('/v1/helpdesk/settings').expect(200);
    expect(response.body).toEqual({
      helpdesk_enabled: true,
      helpdesk_welcome_message: { ru: expect.any(String), en: expect.any(String) },
      helpdesk_close_message: { ru: expect.any(String), en: expect.any(String) },
      sla_first_reply_hours: null,
      sla_resolve_hours: null,
      helpdesk_ticket_types_enabled: false,
      helpdesk_allow_create: true,
      helpdesk_allow_view: true,
      csat_enabled: false,
      csat_message_template: expect.any(String),
      helpdesk_unanswered_hours: 24,
      business_hours: null,
      out_of_hours_reply: null,
      auto_close_waiting_days: null,
      auto_assign_on_reply: false,
      updated_at: expect.any(String),
    });
  });

  const goodValues: Array<[string, unknown]> = [
    ['helpdesk_enabled', false],
    ['helpdesk_welcome_message', { ru: 'Привет! Опишите проблему', en: 'Hi! Describe the problem' }],
    ['helpdesk_close_message', { ru: 'Закрыто', en: 'Closed' }],
    ['sla_first_reply_hours', 4],
    ['sla_first_reply_hours', null],
    ['sla_resolve_hours', 24],
    ['sla_resolve_hours', null],
    ['helpdesk_ticket_types_enabled', true],
    ['helpdesk_allow_create', false],
    ['helpdesk_allow_view', false],
    ['csat_enabled', true],
    ['csat_message_template', 'Rate us from 1 to 5'],
    ['csat_message_template', 'x'.repeat(1024)],
    ['helpdesk_unanswered_hours', 12],
    ['helpdesk_unanswered_hours', 48],
    ['helpdesk_unanswered_hours', null],
  ];

  it.each(goodValues)('stores %s = %j and returns it, leaving the other fields alone', async (field, value) => {
    const before = (await acme.api.get('/v1/helpdesk/settings').expect(200)).body;
    const response = await acme.api.put('/v1/helpdesk/settings', { [field]: value }).expect(200);
    expect(response.body[field]).toEqual(value);
    const after = (await acme.api.get('/v1/helpdesk/settings').expect(200)).body;
    expect(after).toEqual({ ...before, [field]: value, updated_at: expect.any(String) });
  });

  const badValues: Array<[string, unknown, number]> = [
    ['helpdesk_enabled', 'yes', 400],
    ['helpdesk_enabled', null, 400],
    ['helpdesk_welcome_message', 'Hello', 400],
    ['helpdesk_welcome_message', { ru: 'only russian' }, 400],
    ['helpdesk_welcome_message', { ru: 'a', en: 5 }, 400],
    ['helpdesk_welcome_message', { ru: 'a', en: 'b', de: 'c' }, 400],
    ['helpdesk_welcome_message', { ru: 'x'.repeat(4097), en: 'b' }, 422],
    ['helpdesk_close_message', ['ru', 'en'], 400],
    ['sla_first_reply_hours', -1, 422],
    ['sla_first_reply_hours', 0, 422],
    ['sla_first_reply_hours', 1.5, 400],
    ['sla_first_reply_hours', '4', 400],
    ['sla_resolve_hours', -24, 422],
    ['sla_resolve_hours', 100000, 422],
    ['helpdesk_ticket_types_enabled', 1, 400],
    ['helpdesk_allow_create', 'true', 400],
    ['helpdesk_allow_view', null, 400],
    ['csat_enabled', 'on', 400],
    ['csat_message_template', 'x'.repeat(1025), 422],
    ['csat_message_template', 5, 400],
    ['helpdesk_unanswered_hours', 13, 422],
    ['helpdesk_unanswered_hours', 0, 422],
    ['helpdesk_unanswered_hours', '24', 400],
    ['unknown_setting', true, 400],
  ];

  it.each(badValues)('rejects %s = %j with %i and changes nothing', async (field, value, status) => {
    const before = (await acme.api.get('/v1/helpdesk/settings').expect(200)).body;
    const response = await acme.api.put('/v1/helpdesk/settings', { [field]: value }).expect(status);
    expect(response.body).toEqual(
      expect.objectContaining({ error: expect.stringContaining(field.split('.')[0]), retryable: false }),
    );
    expect((await acme.api.get('/v1/helpdesk/settings').expect(200)).body).toEqual(before);
  });

  it('changes several fields in one request', async () => {
    const body = {
      sla_first_reply_hours: 2,
      sla_resolve_hours: 48,
      csat_enabled: false,
      helpdesk_unanswered_hours: 24,
    };
    const response = await acme.api.put('/v1/helpdesk/settings', body).expect(200);
    expect(response.body).toEqual(expect.objectContaining(body));
  });

  it("keeps one project's settings away from another", async () => {
    const other = await ctx.project();
    await other.api.put('/v1/helpdesk/settings', { sla_first_reply_hours: 99 }).expect(200);
    expect((await acme.api.get('/v1/helpdesk/settings').expect(200)).body.sla_first_reply_hours).not.toBe(99);
  });
});
