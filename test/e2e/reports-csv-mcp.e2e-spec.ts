import { callTool, useMcpTenants } from '../helpers/mcp-client.js';
import { seedReportScenario } from '../helpers/report-seed.js';

const MOSCOW = 'from=2026-11-02&to=2026-11-04&timezone=Europe/Moscow';

describe('reports as CSV and through MCP', () => {
  const mcp = useMcpTenants();
  const { acme, globex } = mcp;

  beforeAll(async () => {
    await seedReportScenario(mcp.ctx.app, acme, globex);
  });

  describe('GET /v1/helpdesk/reports.csv', () => {
    it('answers the same series as the JSON report, one UTF-8 row per bucket, nulls as empty fields', async () => {
      const json = await acme.api.get(`/v1/helpdesk/reports?${MOSCOW}`).expect(200);
      const csv = await acme.api.get(`/v1/helpdesk/reports.csv?${MOSCOW}`).expect(200);
      expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(csv.headers['content-disposition']).toBe('attachment; filename="report-2026-11-02-2026-11-04.csv"');
      expect(csv.text).toBe(
        [
          'start,created,closed,first_reply_p50_seconds,first_reply_p90_seconds,resolution_p50_seconds,' +
            'sla_met_percent,csat_average,csat_count',
          '2026-11-02,3,1,1200,3440,7200,66.67,5,1',
          '2026-11-03,1,0,,,,0,,0',
          '2026-11-04,1,1,,,88260,0,3,1',
          '',
        ].join('\r\n'),
      );
      const [header, ...rows] = csv.text.trim().split('\r\n');
      const columns = header.split(',');
      const parsed = rows.map((row) =>
        Object.fromEntries(
          row.split(',').map((value, index) => {
            const column = columns[index];
            return [column, value === '' ? null : column === 'start' ? value : Number(value)];
          }),
        ),
      );
      expect(parsed).toEqual(json.body.series);
    });

    it('is each project its own, and refuses bad input like the JSON report', async () => {
      const other = await globex.api.get(`/v1/helpdesk/reports.csv?${MOSCOW}`).expect(200);
      expect(other.text.split('\r\n')[1]).toBe('2026-11-02,1,1,5,5,3600,,,0');
      const late = await acme.api.get('/v1/helpdesk/reports.csv?from=2026-11-05&to=2026-11-04').expect(422);
      expect(late.body).toEqual({ error: expect.any(String), retryable: false, code: 'invalid_date_range' });
      const zone = await acme.api.get('/v1/helpdesk/reports.csv?timezone=Nowhere/City').expect(422);
      expect(zone.body.code).toBe('unknown_time_zone');
      await acme.api.get('/v1/helpdesk/reports.csv?from=2026-11').expect(400);
    });
  });

  describe('MCP get_report', () => {
    it('is listed as a read-only tool', async () => {
      const { tools } = await mcp.acmeClient.listTools();
      const tool = tools.find((item) => item.name === 'get_report');
      expect(tool?.annotations?.readOnlyHint).toBe(true);
      expect(Object.keys(tool?.inputSchema.properties ?? {}).sort()).toEqual(['from', 'interval', 'timezone', 'to']);
    });

    it('answers what the REST report answers, for the calling project only', async () => {
      const args = { from: '2026-11-02', to: '2026-11-04', timezone: 'Europe/Moscow' };
      const rest = await acme.api.get(`/v1/helpdesk/reports?${MOSCOW}`).expect(200);
      const tool = await callTool(mcp.acmeClient, 'get_report', args);
      expect(tool.isError).toBe(false);
      expect(tool.json).toEqual(rest.body);
      const other = await callTool(mcp.globexClient, 'get_report', args);
      expect(other.json.series.map((bucket: { created: number }) => bucket.created)).toEqual([1, 0, 0]);
    });

    it('answers "how was last week" by week', async () => {
      const tool = await callTool(mcp.acmeClient, 'get_report', {
        from: '2026-11-02',
        to: '2026-11-08',
        interval: 'week',
        timezone: 'Europe/Moscow',
      });
      expect(tool.json.series).toEqual([expect.objectContaining({ start: '2026-11-02', created: 6, closed: 2 })]);
    });

    it('returns the REST error text for bad input', async () => {
      const rest = await acme.api.get('/v1/helpdesk/reports?from=2026-11-05&to=2026-11-04').expect(422);
      const tool = await callTool(mcp.acmeClient, 'get_report', { from: '2026-11-05', to: '2026-11-04' });
      expect(tool).toEqual(expect.objectContaining({ isError: true, text: rest.body.error }));
      const zone = await callTool(mcp.acmeClient, 'get_report', { timezone: 'Mars/Base' });
      expect(zone.isError).toBe(true);
      expect(zone.text).toContain('time zone');
      const malformed = await callTool(mcp.acmeClient, 'get_report', { from: 'last week' });
      expect(malformed).toEqual(
        expect.objectContaining({ isError: true, text: expect.stringContaining('YYYY-MM-DD') }),
      );
    });
  });
});
