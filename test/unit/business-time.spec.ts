import {
  addBusinessSeconds,
  type BusinessHours,
  businessHoursProblem,
  businessSecondsBetween,
  isBusinessTime,
  type Weekday,
} from '../../src/sla/business-time.js';

const HOUR = 3600;
const at = (iso: string) => new Date(iso);

function week(days: Partial<Record<Weekday, Array<[string, string]>>>): BusinessHours['week'] {
  const all = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
  return Object.fromEntries(
    all.map((day) => [day, (days[day] ?? []).map(([from, to]) => ({ from, to }))]),
  ) as BusinessHours['week'];
}

const nineToSix: Array<[string, string]> = [['09:00', '18:00']];
const office = (timezone: string, holidays: string[] = []): BusinessHours => ({
  timezone,
  week: week({ mon: nineToSix, tue: nineToSix, wed: nineToSix, thu: nineToSix, fri: nineToSix }),
  holidays,
});

describe('addBusinessSeconds', () => {
  it('moves Friday 17:30 + 1 h on a Mon–Fri 09–18 week to Monday 09:30 (UTC)', () => {
    // 2026-03-06 is a Friday.
    expect(addBusinessSeconds(at('2026-03-06T17:30:00Z'), HOUR, office('UTC'))).toEqual(at('2026-03-09T09:30:00Z'));
  });

  it('counts in the project time zone (Europe/Moscow, UTC+3)', () => {
    // Friday 17:30 Moscow = 14:30 UTC; Monday 09:30 Moscow = 06:30 UTC.
    expect(addBusinessSeconds(at('2026-03-06T14:30:00Z'), HOUR, office('Europe/Moscow'))).toEqual(
      at('2026-03-09T06:30:00Z'),
    );
  });

  it('starts at the next opening when created before hours', () => {
    expect(addBusinessSeconds(at('2026-03-04T03:00:00Z'), 2 * HOUR, office('UTC'))).toEqual(at('2026-03-04T11:00:00Z'));
  });

  it('skips holidays', () => {
    const hours = office('UTC', ['2026-03-09']);
    expect(addBusinessSeconds(at('2026-03-06T17:30:00Z'), HOUR, hours)).toEqual(at('2026-03-10T09:30:00Z'));
  });

  it('keeps 09:00 local across the spring-forward weekend in America/New_York', () => {
    // Clocks go forward on Sunday 2026-03-08: Friday 17:00 EST = 22:00 UTC, Monday 10:00 EDT = 14:00 UTC.
    expect(addBusinessSeconds(at('2026-03-06T22:00:00Z'), 2 * HOUR, office('America/New_York'))).toEqual(
      at('2026-03-09T14:00:00Z'),
    );
  });

  it('keeps 09:00 local across the fall-back weekend in America/New_York', () => {
    // Clocks go back on Sunday 2026-11-01: Friday 17:00 EDT = 21:00 UTC, Monday 10:00 EST = 15:00 UTC.
    expect(addBusinessSeconds(at('2026-10-30T21:00:00Z'), 2 * HOUR, office('America/New_York'))).toEqual(
      at('2026-11-02T15:00:00Z'),
    );
  });

  it('counts the real length of a window that contains a DST change', () => {
    // A Sunday 00:00–06:00 window on 2026-03-08 in New York is 5 real hours long (02:00 does not exist).
    const hours: BusinessHours = {
      timezone: 'America/New_York',
      week: week({ sun: [['00:00', '06:00']] }),
      holidays: [],
    };
    const sundayMidnight = at('2026-03-08T05:00:00Z');
    expect(businessSecondsBetween(sundayMidnight, at('2026-03-09T00:00:00Z'), hours)).toBe(5 * HOUR);
    // 5 h used up on that Sunday, the 6th hour opens the next Sunday at 00:00 EDT (04:00 UTC).
    expect(addBusinessSeconds(sundayMidnight, 6 * HOUR, hours)).toEqual(at('2026-03-15T05:00:00Z'));
  });

  it('follows a window spanning midnight', () => {
    const hours: BusinessHours = {
      timezone: 'UTC',
      week: week({ mon: [['22:00', '06:00']], tue: [['22:00', '06:00']] }),
      holidays: [],
    };
    // Monday 2026-03-09 23:00 + 3 h → Tuesday 02:00 (same window).
    expect(addBusinessSeconds(at('2026-03-09T23:00:00Z'), 3 * HOUR, hours)).toEqual(at('2026-03-10T02:00:00Z'));
    // Tuesday 05:00 + 2 h: 1 h left in Monday's window, the next opens Tuesday 22:00 → 23:00.
    expect(addBusinessSeconds(at('2026-03-10T05:00:00Z'), 2 * HOUR, hours)).toEqual(at('2026-03-10T23:00:00Z'));
    expect(isBusinessTime(at('2026-03-10T03:00:00Z'), hours)).toBe(true);
    expect(isBusinessTime(at('2026-03-10T12:00:00Z'), hours)).toBe(false);
  });

  it('lets a holiday remove the windows that open on it, not the night spilling into it', () => {
    const hours: BusinessHours = {
      timezone: 'UTC',
      week: week({ mon: [['22:00', '06:00']], tue: [['22:00', '06:00']] }),
      holidays: ['2026-03-10'],
    };
    expect(isBusinessTime(at('2026-03-10T03:00:00Z'), hours)).toBe(true);
    expect(isBusinessTime(at('2026-03-10T23:00:00Z'), hours)).toBe(false);
  });

  it('returns the start itself for zero seconds inside hours', () => {
    expect(addBusinessSeconds(at('2026-03-04T10:00:00Z'), 0, office('UTC'))).toEqual(at('2026-03-04T10:00:00Z'));
  });

  it('closes a window at the end of the day with 24:00', () => {
    const hours: BusinessHours = { timezone: 'UTC', week: week({ wed: [['20:00', '24:00']] }), holidays: [] };
    expect(addBusinessSeconds(at('2026-03-04T21:00:00Z'), 3 * HOUR, hours)).toEqual(at('2026-03-04T24:00:00Z'));
  });
});

describe('businessSecondsBetween', () => {
  it('counts only open hours over a weekend', () => {
    expect(businessSecondsBetween(at('2026-03-06T17:00:00Z'), at('2026-03-09T10:00:00Z'), office('UTC'))).toBe(
      2 * HOUR,
    );
  });

  it('is zero when the end is not after the start', () => {
    expect(businessSecondsBetween(at('2026-03-06T17:00:00Z'), at('2026-03-06T16:00:00Z'), office('UTC'))).toBe(0);
  });

  it('agrees with addBusinessSeconds in a DST week (America/New_York, November)', () => {
    const hours = office('America/New_York');
    const start = at('2026-10-29T20:00:00Z');
    const due = addBusinessSeconds(start, 13 * HOUR, hours)!;
    expect(businessSecondsBetween(start, due, hours)).toBe(13 * HOUR);
  });
});

describe('businessHoursProblem', () => {
  it('accepts a plain office week', () => {
    expect(businessHoursProblem(office('Europe/Berlin', ['2026-12-25']))).toBeNull();
  });

  it('refuses an unknown time zone', () => {
    expect(businessHoursProblem(office('Mars/Olympus'))).toBe('invalid_time_zone');
  });

  it('refuses a window with from equal to to, or a malformed time', () => {
    expect(businessHoursProblem({ ...office('UTC'), week: week({ mon: [['09:00', '09:00']] }) })).toBe(
      'invalid_business_window',
    );
    expect(businessHoursProblem({ ...office('UTC'), week: week({ mon: [['9:00', '18:00']] }) })).toBe(
      'invalid_business_window',
    );
    expect(businessHoursProblem({ ...office('UTC'), week: week({ mon: [['24:00', '18:00']] }) })).toBe(
      'invalid_business_window',
    );
  });

  it('refuses overlapping windows, within a day and across midnight (Sunday into Monday too)', () => {
    const overlap = (days: Partial<Record<Weekday, Array<[string, string]>>>) =>
      businessHoursProblem({ timezone: 'UTC', week: week(days), holidays: [] });
    expect(
      overlap({
        mon: [
          ['09:00', '13:00'],
          ['12:00', '18:00'],
        ],
      }),
    ).toBe('overlapping_business_windows');
    expect(overlap({ mon: [['22:00', '06:00']], tue: [['05:00', '10:00']] })).toBe('overlapping_business_windows');
    expect(overlap({ sun: [['22:00', '06:00']], mon: [['05:00', '10:00']] })).toBe('overlapping_business_windows');
    expect(
      overlap({
        mon: [
          ['09:00', '13:00'],
          ['13:00', '18:00'],
        ],
      }),
    ).toBeNull();
  });

  it('refuses bad holiday dates and a week without any window', () => {
    expect(businessHoursProblem(office('UTC', ['2026-02-30']))).toBe('invalid_holiday_date');
    expect(businessHoursProblem(office('UTC', ['26-01-01']))).toBe('invalid_holiday_date');
    expect(businessHoursProblem({ timezone: 'UTC', week: week({}), holidays: [] })).toBe('empty_business_week');
  });
});
