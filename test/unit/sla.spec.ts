import { computeSla, secondsBetween } from '../../src/tickets/sla.js';

const created = new Date('2026-03-05T12:00:00.000Z');
const at = (iso: string) => new Date(iso);

describe('computeSla', () => {
  it('gives no due times and no breaches when both thresholds are null', () => {
    expect(
      computeSla(
        { createdAt: created, firstReplyAt: null, closedAt: null },
        { firstReplyHours: null, resolveHours: null },
        at('2030-01-01T00:00:00Z'),
      ),
    ).toEqual({
      first_reply_due_at: null,
      resolve_due_at: null,
      first_reply_breached: false,
      resolve_breached: false,
    });
  });

  it('counts due times from creation', () => {
    const sla = computeSla(
      { createdAt: created, firstReplyAt: null, closedAt: null },
      { firstReplyHours: 4, resolveHours: 24 },
      created,
    );
    expect(sla.first_reply_due_at).toBe('2026-03-05T16:00:00.000Z');
    expect(sla.resolve_due_at).toBe('2026-03-06T12:00:00.000Z');
    expect(sla.first_reply_breached).toBe(false);
    expect(sla.resolve_breached).toBe(false);
  });

  it('is breached when still unmet after the due time, and not exactly at it', () => {
    const thresholds = { firstReplyHours: 4, resolveHours: 24 };
    const ticket = { createdAt: created, firstReplyAt: null, closedAt: null };
    expect(computeSla(ticket, thresholds, at('2026-03-05T16:00:00.000Z')).first_reply_breached).toBe(false);
    expect(computeSla(ticket, thresholds, at('2026-03-05T16:00:00.001Z')).first_reply_breached).toBe(true);
    expect(computeSla(ticket, thresholds, at('2026-03-06T12:00:00.001Z')).resolve_breached).toBe(true);
  });

  it('judges a met target by when it was met, not by now', () => {
    const thresholds = { firstReplyHours: 4, resolveHours: 24 };
    const late = computeSla(
      { createdAt: created, firstReplyAt: at('2026-03-05T17:00:00Z'), closedAt: at('2026-03-07T00:00:00Z') },
      thresholds,
      at('2026-03-05T17:00:00Z'),
    );
    expect(late.first_reply_breached).toBe(true);
    expect(late.resolve_breached).toBe(true);
    const inTime = computeSla(
      { createdAt: created, firstReplyAt: at('2026-03-05T13:00:00Z'), closedAt: at('2026-03-05T20:00:00Z') },
      thresholds,
      at('2027-01-01T00:00:00Z'),
    );
    expect(inTime.first_reply_breached).toBe(false);
    expect(inTime.resolve_breached).toBe(false);
  });

  it('applies each threshold independently', () => {
    const sla = computeSla(
      { createdAt: created, firstReplyAt: null, closedAt: null },
      { firstReplyHours: null, resolveHours: 1 },
      at('2026-03-05T14:00:00Z'),
    );
    expect(sla).toEqual({
      first_reply_due_at: null,
      resolve_due_at: '2026-03-05T13:00:00.000Z',
      first_reply_breached: false,
      resolve_breached: true,
    });
  });
});

describe('secondsBetween', () => {
  it('is null until the later instant exists, then whole seconds', () => {
    expect(secondsBetween(created, null)).toBeNull();
    expect(secondsBetween(created, at('2026-03-05T12:01:30.900Z'))).toBe(90);
  });
});
