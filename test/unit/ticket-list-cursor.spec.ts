import { decodeCursor, encodeCursor, listOrderOf } from '../../src/tickets/ticket-list-cursor.js';

describe('ticket list cursors', () => {
  it('keeps the short form for the default order, readable by earlier releases', () => {
    const cursor = encodeCursor({ key: null, ticketNumber: 42 });
    expect(Buffer.from(cursor, 'base64url').toString()).toBe('n:42');
    expect(decodeCursor(cursor)).toEqual({ key: null, ticketNumber: 42 });
  });

  it('round-trips the sort key and number of every sort', () => {
    const cases = [
      [{ sort: 'created_at', order: 'asc' }, null],
      [{ sort: 'updated_at', order: 'desc' }, '2026-03-09 09:30:00.123456+00'],
      [{ sort: 'priority', order: 'asc' }, '4'],
      [{ sort: 'sla_due', order: 'asc' }, 'infinity'],
    ] as const;
    for (const [filter, key] of cases) {
      const order = listOrderOf(filter);
      expect(decodeCursor(encodeCursor({ key, ticketNumber: 7 }, order), order)).toEqual({ key, ticketNumber: 7 });
    }
  });

  it('refuses a cursor of another sort or order (422) and a forged key (400)', () => {
    const priority = listOrderOf({ sort: 'priority' });
    const cursor = encodeCursor({ key: '3', ticketNumber: 9 }, priority);
    expect(() => decodeCursor(cursor, listOrderOf({ sort: 'priority', order: 'asc' }))).toThrow(
      expect.objectContaining({ status: 422, code: 'cursor_sort_mismatch' }),
    );
    expect(() => decodeCursor(cursor)).toThrow(expect.objectContaining({ status: 422 }));
    expect(() => decodeCursor(encodeCursor({ key: null, ticketNumber: 1 }), priority)).toThrow(
      expect.objectContaining({ code: 'cursor_sort_mismatch' }),
    );
    const forged = Buffer.from("s:priority:desc:9:1' OR 1=1").toString('base64url');
    expect(() => decodeCursor(forged, priority)).toThrow(expect.objectContaining({ status: 400 }));
  });
});
