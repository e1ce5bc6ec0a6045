import { DataSource } from 'typeorm';
import { addBusinessSeconds, type BusinessHours, businessSecondsBetween } from '../../src/sla/business-time.js';
import { useTestApp } from '../helpers/test-app.js';
import { createTicket } from '../helpers/tickets.js';

const nineToSix = [{ from: '09:00', to: '18:00' }];
const OFFICE = {
  timezone: 'UTC',
  week: { mon: nineToSix, tue: nineToSix, wed: nineToSix, thu: nineToSix, fri: nineToSix },
  holidays: [],
};
const fullWeek = (week: Record<string, Array<{ from: string; to: string }>>): BusinessHours['week'] => ({
  mon: [],
  tue: [],
  wed: [],
  thu: [],
  fri: [],
  sat: [],
  sun: [],
  ...week,
});

describe('business hours', () => {
  const ctx = useTestApp();
  const acme = ctx.useProject();
  const db = () => ctx.app.get(DataSource);

  it('stores business hours with every weekday filled in and returns them', async () => {
    const response = await acme.api
      .put('/v1/helpdesk/settings', { business_hours: { ...OFFICE, holidays: ['2026-12-31', '2026-01-01'] } })
      .expect(200);
    expect(response.body.business_hours).toEqual({
      timezone: 'UTC',
      week: { ...fullWeek({}), ...OFFICE.week },
      holidays: ['2026-01-01', '2026-12-31'],
    });
    const cleared = await acme.api.put('/v1/helpdesk/settings', { business_hours: null }).expect(200);
    expect(cleared.body.business_hours).toBeNull();
  });

  const refused: Array<[string, unknown, string]> = [
    ['an unknown time zone', { ...OFFICE, timezone: 'Mars/Olympus' }, 'invalid_time_zone'],
    ['from equal to to', { ...OFFICE, week: { mon: [{ from: '09:00', to: '09:00' }] } }, 'invalid_business_window'],
    ['a malformed time', { ...OFFICE, week: { mon: [{ from: '9am', to: '18:00' }] } }, 'invalid_business_window'],
    [
      'overlapping windows',
      { ...OFFICE, week: { mon: [nineToSix[0], { from: '17:00', to: '20:00' }] } },
      'overlapping_business_windows',
    ],
    [
      'a night window running into the next morning',
      { ...OFFICE, week: { mon: [{ from: '22:00', to: '10:00' }], tue: nineToSix } },
      'overlapping_business_windows',
    ],
    ['a date that does not exist', { ...OFFICE, holidays: ['2026-02-30'] }, 'invalid_holiday_date'],
    ['a week without windows', { ...OFFICE, week: {} }, 'empty_business_week'],
  ];

  it.each(refused)('refuses %s with 422', async (_name, value, code) => {
    const response = await acme.api.put('/v1/helpdesk/settings', { business_hours: value }).expect(422);
    expect(response.body.code).toBe(code);
  });

  it('answers 400 for a malformed business_hours', async () => {
    for (const value of ['09-18', { timezone: 'UTC' }, { ...OFFICE, week: { monday: nineToSix } }]) {
      await acme.api.put('/v1/helpdesk/settings', { business_hours: value }).expect(400);
    }
  });

  it('dues a ticket created Friday 17:30 with a 1 h first-reply SLA on Monday 09:30', async () => {
    const project = await ctx.project();
    await project.api.put('/v1/helpdesk/settings', { sla_first_reply_hours: 1, business_hours: OFFICE }).expect(200);
    const ticket = await createTicket(project.api);
    await db().query(`UPDATE ticket SET created_at = '2026-03-06T17:30:00Z' WHERE id = $1`, [ticket.id]);
    const read = await project.api.get(`/v1/helpdesk/tickets/${ticket.id}`).expect(200);
    expect(read.body.sla.first_reply_due_at).toBe('2026-03-09T09:30:00.000Z');
    const [stored] = await db().query(`SELECT sla_first_reply_due_at FROM ticket WHERE id = $1`, [ticket.id]);
    expect(stored.sla_first_reply_due_at.toISOString()).toBe('2026-03-09T09:30:00.000Z');

    // Turning business hours off recomputes the open ticket's stored due time: plain hours again.
    await project.api.put('/v1/helpdesk/settings', { business_hours: null }).expect(200);
    const plain = await project.api.get(`/v1/helpdesk/tickets/${ticket.id}`).expect(200);
    expect(plain.body.sla.first_reply_due_at).toBe('2026-03-06T18:30:00.000Z');
    const [again] = await db().query(`SELECT sla_first_reply_due_at FROM ticket WHERE id = $1`, [ticket.id]);
    expect(again.sla_first_reply_due_at.toISOString()).toBe('2026-03-06T18:30:00.000Z');
  });

  it('flags a breach only after business time ran out', async () => {
    const project = await ctx.project();
    await project.api.put('/v1/helpdesk/settings', { sla_first_reply_hours: 1, business_hours: OFFICE }).expect(200);
    const ticket = await createTicket(project.api);
    // Created in the night two years on: due after the next opening, so not breached yet however late it is now.
    await db().query(`UPDATE ticket SET created_at = now() + interval '2 years' WHERE id = $1`, [ticket.id]);
    expect((await project.api.get(`/v1/helpdesk/tickets/${ticket.id}`)).body.sla.first_reply_breached).toBe(false);
    await db().query(`UPDATE ticket SET created_at = '2026-03-06T17:30:00Z' WHERE id = $1`, [ticket.id]);
    expect((await project.api.get(`/v1/helpdesk/tickets/${ticket.id}`)).body.sla.first_reply_breached).toBe(true);
  });

  it('counts the SLA report in business time', async () => {
    const project = await ctx.project();
    await project.api
      .put('/v1/helpdesk/settings', { sla_first_reply_hours: 1, sla_resolve_hours: 8, business_hours: OFFICE })
      .expect(200);
    const ticket = await createTicket(project.api);
    // Created Friday 17:30, answered Monday 09:15: 45 business minutes (within the 1 h target).
    await db().query(
      `UPDATE ticket SET created_at = '2026-03-06T17:30:00Z', first_reply_at = '2026-03-09T09:15:00Z',
              status = 'closed', closed_at = '2026-03-09T17:30:00Z' WHERE id = $1`,
      [ticket.id],
    );
    const report = await project.api.get('/v1/helpdesk/sla').expect(200);
    expect(report.body).toEqual(
      expect.objectContaining({
        tickets_total: 1,
        avg_first_response_seconds: 45 * 60,
        avg_resolution_seconds: 9 * 3600,
        first_reply_breached: 0,
        resolve_breached: 1,
      }),
    );
  });

  it('computes the same due times in PostgreSQL as in TypeScript', async () => {
    const newYork: BusinessHours = {
      timezone: 'America/New_York',
      week: fullWeek({ mon: nineToSix, tue: nineToSix, wed: nineToSix, thu: nineToSix, fri: nineToSix }),
      holidays: ['2026-11-26'],
    };
    const nights: BusinessHours = {
      timezone: 'Europe/Berlin',
      week: fullWeek({ sat: [{ from: '22:00', to: '06:00' }], sun: [{ from: '00:30', to: '03:30' }] }),
      holidays: [],
    };
    const cases: Array<[string, number, BusinessHours]> = [
      ['2026-03-06T22:00:00Z', 2 * 3600, newYork],
      ['2026-10-30T21:00:00Z', 13 * 3600, newYork],
      ['2026-11-25T20:00:00Z', 3 * 3600, newYork],
      ['2026-03-28T12:00:00Z', 7 * 3600, nights],
      ['2026-10-24T23:00:00Z', 5 * 3600, nights],
      ['2026-03-04T10:00:00Z', 0, newYork],
    ];
    for (const [start, seconds, hours] of cases) {
      const [row] = await db().query(
        `SELECT helpdesk_business_add($1, $2, $3::jsonb) AS due,
                helpdesk_business_seconds($1, helpdesk_business_add($1, $2, $3::jsonb), $3::jsonb) AS back`,
        [start, seconds, JSON.stringify(hours)],
      );
      const expected = addBusinessSeconds(new Date(start), seconds, hours)!;
      expect({ start, due: row.due.toISOString() }).toEqual({ start, due: expected.toISOString() });
      expect(row.back).toBe(businessSecondsBetween(new Date(start), expected, hours));
    }
  });
});
