import { type ReportSeedIds, reportSeeder, seedReportScenario } from '../helpers/report-seed.js';
import { TEST_PUBLIC_URL, signedInMember } from '../helpers/sessions.js';
import { useTestApp } from '../helpers/test-app.js';

const ERROR = { error: expect.any(String), retryable: false };
const MOSCOW = 'from=2026-11-02&to=2026-11-04&timezone=Europe/Moscow';

describe('GET /v1/helpdesk/reports', () => {
  const ctx = useTestApp({ PUBLIC_URL: TEST_PUBLIC_URL });
  const acme = ctx.useProject('Reports');
  const globex = ctx.useProject('Other');

  let ids: ReportSeedIds;

  beforeAll(async () => {
    ids = await seedReportScenario(ctx.app, acme, globex);
  });

  it('counts days in the requested time zone, with exact percentiles and empty days as zeros and nulls', async () => {
    const response = await acme.api.get(`/v1/helpdesk/reports?${MOSCOW}`).expect(200);
    expect(response.body).toMatchObject({
      from: '2026-11-02',
      to: '2026-11-04',
      interval: 'day',
      timezone: 'Europe/Moscow',
    });
    expect(response.body.series).toEqual([
      {
        start: '2026-11-02',
        created: 3,
        closed: 1,
        first_reply_p50_seconds: 1200,
        first_reply_p90_seconds: 3440, // 1200 + 0.8 × (4000 − 1200)
        resolution_p50_seconds: 7200,
        sla_met_percent: 66.67,
        csat_average: 5,
        csat_count: 1,
      },
      {
        start: '2026-11-03',
        created: 1,
        closed: 0,
        first_reply_p50_seconds: null,
        first_reply_p90_seconds: null,
        resolution_p50_seconds: null,
        sla_met_percent: 0,
        csat_average: null,
        csat_count: 0,
      },
      {
        start: '2026-11-04',
        created: 1,
        closed: 1,
        first_reply_p50_seconds: null,
        first_reply_p90_seconds: null,
        resolution_p50_seconds: 88260,
        sla_met_percent: 0,
        csat_average: 3,
        csat_count: 1,
      },
    ]);
  });

  it('moves the same tickets to other days in UTC', async () => {
    const response = await acme.api.get('/v1/helpdesk/reports?from=2026-11-01&to=2026-11-04').expect(200);
    expect(response.body.timezone).toBe('UTC');
    expect(response.body.series.map((bucket: { created: number }) => bucket.created)).toEqual([2, 3, 0, 2]);
    expect(response.body.series.map((bucket: { closed: number }) => bucket.closed)).toEqual([0, 1, 1, 0]);
  });

  it('counts a 25-hour day when daylight saving time ends (America/New_York, 1 November 2026)', async () => {
    const dst = await ctx.project('DST');
    const seed = reportSeeder(ctx.app, dst);
    await seed.ticket({ channel: 'virtual', createdAt: '2026-11-01T03:59:00Z' }); // 23:59 EDT, 31 October
    await seed.ticket({ channel: 'virtual', createdAt: '2026-11-01T04:30:00Z' }); // 00:30 EDT, 1 November
    await seed.ticket({ channel: 'virtual', createdAt: '2026-11-02T04:30:00Z' }); // 23:30 EST, 1 November
    await seed.ticket({ channel: 'virtual', createdAt: '2026-11-02T05:00:00Z' }); // 00:00 EST, 2 November
    const response = await dst.api
      .get('/v1/helpdesk/reports?from=2026-10-31&to=2026-11-02&timezone=America/New_York')
      .expect(200);
    expect(response.body.series.map((bucket: { created: number }) => bucket.created)).toEqual([1, 2, 1]);
  });

  it('reports every member with replies, closes, first reply median and CSAT, and no other project', async () => {
    const response = await acme.api.get(`/v1/helpdesk/reports?${MOSCOW}`).expect(200);
    expect(response.body.agents).toEqual([
      { member_id: ids.anna, name: 'Anna', replies: 2, closed: 2, first_reply_p50_seconds: 2300, csat_average: 4 },
      { member_id: ids.boris, name: 'Boris', replies: 1, closed: 0, first_reply_p50_seconds: 1200, csat_average: null },
      {
        member_id: acme.owner.id,
        name: 'Owner',
        replies: 0,
        closed: 0,
        first_reply_p50_seconds: null,
        csat_average: null,
      },
    ]);
  });

  it('counts created tickets per channel and per type, zeros included', async () => {
    const response = await acme.api.get(`/v1/helpdesk/reports?${MOSCOW}`).expect(200);
    expect(response.body.channels).toEqual([
      { channel: 'telegram', created: 2 },
      { channel: 'max', created: 1 },
      { channel: 'virtual', created: 2 },
    ]);
    expect(response.body.types).toEqual([
      { ticket_type_id: ids.bug, name: 'Bug', created: 2 },
      { ticket_type_id: ids.question, name: 'Question', created: 0 },
      { ticket_type_id: null, name: null, created: 3 },
    ]);
  });

  it('keeps each project to its own tickets, ratings and members', async () => {
    const response = await globex.api.get(`/v1/helpdesk/reports?${MOSCOW}`).expect(200);
    expect(response.body.series[0]).toMatchObject({ created: 1, closed: 1, first_reply_p50_seconds: 5 });
    expect(response.body.series[0].sla_met_percent).toBeNull(); // no SLA target in this project
    expect(response.body.agents.map((agent: { member_id: string }) => agent.member_id)).toEqual(
      expect.arrayContaining([ids.stranger]),
    );
    expect(response.body.agents.find((agent: { member_id: string }) => agent.member_id === ids.stranger)).toEqual(
      expect.objectContaining({ replies: 1, closed: 1 }),
    );
    expect(response.body.agents).toHaveLength(2);
    expect(response.body.types).toEqual([{ ticket_type_id: null, name: null, created: 1 }]);
  });

  it('forgets a deleted ticket everywhere, its CSAT rating included', async () => {
    const tenant = await ctx.project('Deleted ticket');
    const seed = reportSeeder(ctx.app, tenant);
    const closedAt = '2026-11-02T12:00:00Z';
    const kept = await seed.ticket({ channel: 'virtual', createdAt: '2026-11-02T09:00:00Z', closedAt });
    const deleted = await seed.ticket({ channel: 'virtual', createdAt: '2026-11-02T10:00:00Z', closedAt });
    await seed.rating(kept, closedAt, 5, '2026-11-02T13:00:00Z');
    await seed.rating(deleted, closedAt, 1, '2026-11-02T13:00:00Z');
    const day = 'from=2026-11-02&to=2026-11-02';
    const before = await tenant.api.get(`/v1/helpdesk/reports?${day}`).expect(200);
    expect(before.body.series[0]).toMatchObject({ created: 2, closed: 2, csat_average: 3, csat_count: 2 });
    await tenant.api.delete(`/v1/helpdesk/tickets/${deleted}`).expect(204);
    const after = await tenant.api.get(`/v1/helpdesk/reports?${day}`).expect(200);
    expect(after.body.series[0]).toMatchObject({ created: 1, closed: 1, csat_average: 5, csat_count: 1 });
  });

  it('groups by 7-day weeks counted from `from`, the last one short, empty weeks zero', async () => {
    const response = await acme.api
      .get('/v1/helpdesk/reports?from=2026-11-02&to=2026-11-17&interval=week&timezone=Europe/Moscow')
      .expect(200);
    expect(response.body.series).toEqual([
      expect.objectContaining({ start: '2026-11-02', created: 6, closed: 2, csat_count: 2, csat_average: 4 }),
      expect.objectContaining({ start: '2026-11-09', created: 0, closed: 0, first_reply_p50_seconds: null }),
      expect.objectContaining({ start: '2026-11-16', created: 0, sla_met_percent: null, csat_average: null }),
    ]);
  });

  it('answers every role signed in to the console, viewer included', async () => {
    const viewer = await signedInMember(ctx.app, acme, 'viewer');
    const response = await viewer.api.get(`/v1/helpdesk/reports?${MOSCOW}`).expect(200);
    expect(response.body.series[0].created).toBe(3);
    const csv = await viewer.api.get(`/v1/helpdesk/reports.csv?${MOSCOW}`).expect(200);
    expect(csv.text.split('\r\n')[1]).toMatch(/^2026-11-02,3,1,/);
  });

  it('defaults to the last 30 days up to today in UTC', async () => {
    const response = await acme.api.get('/v1/helpdesk/reports').expect(200);
    const today = new Date().toISOString().slice(0, 10);
    expect(response.body).toMatchObject({ to: today, interval: 'day', timezone: 'UTC' });
    expect(response.body.series).toHaveLength(30);
    expect(response.body.series[29].start).toBe(today);
  });

  it('accepts 400 days', async () => {
    const response = await acme.api.get('/v1/helpdesk/reports?from=2025-10-07&to=2026-11-10').expect(200);
    expect(response.body.series).toHaveLength(400);
    expect(response.body.series.reduce((sum: number, bucket: { created: number }) => sum + bucket.created, 0)).toBe(7);
  });

  it.each([
    ['from after to', 'from=2026-11-05&to=2026-11-04', 'invalid_date_range'],
    ['401 days', 'from=2025-10-06&to=2026-11-10', 'date_range_too_long'],
    ['an unknown time zone', 'timezone=Mars/Olympus_Mons', 'unknown_time_zone'],
    ['a POSIX offset instead of a zone name', 'timezone=%2B03:00', 'unknown_time_zone'],
    ['an abbreviation PostgreSQL reads as POSIX', 'timezone=MSK-3', 'unknown_time_zone'],
    ['a too long zone', `timezone=${'A'.repeat(65)}`, 'validation_failed'],
  ])('refuses %s with 422', async (_case, query, code) => {
    const response = await acme.api.get(`/v1/helpdesk/reports?${query}`).expect(422);
    expect(response.body).toMatchObject({ ...ERROR, code });
  });

  it.each([
    ['a month 13', 'from=2026-13-01'],
    ['February 30', 'to=2026-02-30'],
    ['a word', 'from=yesterday'],
    ['a date with a time', 'from=2026-11-01T00:00:00Z'],
    ['an unknown interval', 'interval=month'],
    ['a repeated parameter', 'from=2026-11-01&from=2026-11-02'],
    ['a repeated time zone', 'timezone=UTC&timezone=UTC'],
    ['an unknown parameter', 'group_by=agent'],
  ])('refuses %s with 400', async (_case, query) => {
    const response = await acme.api.get(`/v1/helpdesk/reports?${query}`).expect(400);
    expect(response.body).toEqual({ ...ERROR, code: 'validation_failed', details: expect.any(Array) });
  });
});
