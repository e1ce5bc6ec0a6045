import { useTestApp } from '../helpers/test-app.js';

/**
 * A query parameter given twice (`?a=1&a=2`) reaches a handler as an array. Every route's query is a DTO
 * checked by the global ValidationPipe, so a repeated or unknown parameter is a 400 in the error shape,
 * never a 5xx from a handler that expected a string.
 */
describe('repeated query parameters', () => {
  const ctx = useTestApp({ WORKERS_ENABLED: 'false' });
  const acme = ctx.useProject('Repeated Params');

  const refusedWith400 = async (path: string) => {
    const response = await acme.api.get(path);
    expect({ path, status: response.status }).toEqual({ path, status: 400 });
    expect(response.body).toEqual(
      expect.objectContaining({ error: expect.any(String), retryable: false, code: 'validation_failed' }),
    );
  };

  it('refuses a repeated last_event_id on GET /v1/events with 400 validation_failed', async () => {
    await refusedWith400('/v1/events?last_event_id=1&last_event_id=2');
    await refusedWith400('/v1/events?last_event_id=1&last_event_id=1');
    await refusedWith400('/v1/events?last_event_id[]=1');
    await refusedWith400('/v1/events?last_event_id=abc');
    await refusedWith400('/v1/events?unknown=1');
  });

  it('refuses a repeated parameter on every other route that reads the query', async () => {
    await refusedWith400('/v1/helpdesk/tickets?status=new&status=closed');
    await refusedWith400('/v1/helpdesk/tickets?limit=1&limit=2');
    await refusedWith400('/v1/helpdesk/tickets?cursor=a&cursor=b');
    await refusedWith400('/v1/helpdesk/sla?from=2026-01-01&from=2026-02-01');
    await refusedWith400('/v1/webhook/deliveries?event=ticket.created&event=ticket.replied');
  });
});
