/**
 * Business time: the weekly opening windows of a project in its IANA time zone, minus holidays.
 *
 * A window `{from, to}` opens at `from` local time on its weekday. When `to` is later than `from` it closes
 * the same day; when `to` is earlier it spans midnight and closes at `to` the next day ("22:00"–"06:00");
 * "24:00" closes at the end of the day; `from` equal to `to` is invalid. A holiday (a local date) removes
 * the windows that open on that date (a window of the evening before that spans into it still counts).
 * A local time that does not exist (a DST gap) is read with the offset before the change, an ambiguous one
 * (the hour repeated when clocks go back) as its later instant: the same choices PostgreSQL's
 * `timestamp AT TIME ZONE` makes, so the SQL twin of these functions (business-time.sql) agrees.
 */

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface BusinessWindow {
  from: string;
  to: string;
}

export interface BusinessHours {
  timezone: string;
  week: Record<Weekday, BusinessWindow[]>;
  holidays: string[];
}

/** Why a business_hours value is refused (each an error code of the settings endpoint). */
export type BusinessHoursProblem =
  | 'invalid_time_zone'
  | 'invalid_business_window'
  | 'overlapping_business_windows'
  | 'invalid_holiday_date'
  | 'empty_business_week';

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
const WEEK_MINUTES = 7 * 1440;
// Far enough for any real calendar; a week with openings always finds one within it.
const SEARCH_DAYS = 3 * 366;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$|^24:00$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterOf(timezone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timezone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: timezone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timezone, formatter);
  }
  return formatter;
}

export function isValidTimeZone(timezone: string): boolean {
  if (timezone.length === 0 || timezone.length > 64) return false;
  try {
    formatterOf(timezone);
    return true;
  } catch {
    return false;
  }
}

/** The local wall-clock time of an instant, as milliseconds of a UTC date with the same fields. */
function localWallMs(instantMs: number, timezone: string): number {
  const parts: Record<string, number> = {};
  for (const part of formatterOf(timezone).formatToParts(new Date(instantMs))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
}

// Offsets change only at quarter-hour instants (every rule in the tz database): one Intl call per quarter
// hour and zone, remembered, keeps a page of tickets' due times cheap.
const QUARTER_MS = 900_000;
const OFFSET_CACHE_LIMIT = 50_000;
const offsets = new Map<string, number>();

function offsetAt(instantMs: number, timezone: string): number {
  const quarter = Math.floor(instantMs / QUARTER_MS) * QUARTER_MS;
  const key = `${timezone}|${quarter}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    if (offsets.size >= OFFSET_CACHE_LIMIT) offsets.clear();
    offset = localWallMs(quarter, timezone) - quarter;
    offsets.set(key, offset);
  }
  return offset;
}

/** The instant of a local wall-clock time (ms of a UTC date with the same fields) in the time zone. */
export function instantOfLocal(wallMs: number, timezone: string): number {
  const before = offsetAt(wallMs - DAY_MS, timezone);
  const after = offsetAt(wallMs + DAY_MS, timezone);
  if (before === after && offsetAt(wallMs - before, timezone) === before) return wallMs - before;
  const candidates = [wallMs - before, wallMs - after].filter(
    (instant) => instant + offsetAt(instant, timezone) === wallMs,
  );
  // Ambiguous (clocks went back): the later instant; a gap (clocks went forward): the offset before.
  return candidates.length > 0 ? Math.max(...candidates) : wallMs - before;
}

function minutesOf(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/** A window's opening and closing minute counted from its own day's midnight (the close may be next day). */
function windowMinutes(window: BusinessWindow): [number, number] {
  const from = minutesOf(window.from);
  const to = minutesOf(window.to);
  return [from, to > from ? to : to + 1440];
}

function isValidDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

/** The first problem of a business_hours value, or null when it can be used. */
export function businessHoursProblem(hours: BusinessHours): BusinessHoursProblem | null {
  if (!isValidTimeZone(hours.timezone)) return 'invalid_time_zone';
  const spans: Array<[number, number]> = [];
  for (const [index, day] of WEEKDAYS.entries()) {
    for (const window of hours.week[day]) {
      if (!TIME.test(window.from) || !TIME.test(window.to) || window.from === '24:00') {
        return 'invalid_business_window';
      }
      if (window.from === window.to) return 'invalid_business_window';
      const [from, to] = windowMinutes(window);
      spans.push([index * 1440 + from, index * 1440 + to]);
    }
  }
  if (spans.length === 0) return 'empty_business_week';
  spans.sort((a, b) => a[0] - b[0]);
  for (let i = 1; i < spans.length; i += 1) if (spans[i][0] < spans[i - 1][1]) return 'overlapping_business_windows';
  // Sunday's window spanning midnight runs into Monday's first one.
  const last = spans[spans.length - 1];
  if (last[1] > WEEK_MINUTES && last[1] - WEEK_MINUTES > spans[0][0]) return 'overlapping_business_windows';
  if (!hours.holidays.every(isValidDate)) return 'invalid_holiday_date';
  return null;
}

/** The windows as instants [open, close) in time order, from the local day before `fromMs` onwards. */
function* windowsFrom(hours: BusinessHours, fromMs: number): Generator<[number, number]> {
  const holidays = new Set(hours.holidays);
  const localNow = localWallMs(fromMs, hours.timezone);
  const firstDay = Math.floor(localNow / DAY_MS) * DAY_MS - DAY_MS;
  let lastClose = -Infinity;
  for (let day = 0; day < SEARCH_DAYS; day += 1) {
    const dayMs = firstDay + day * DAY_MS;
    const date = new Date(dayMs).toISOString().slice(0, 10);
    if (holidays.has(date)) continue;
    const weekday = WEEKDAYS[(new Date(dayMs).getUTCDay() + 6) % 7];
    const windows = hours.week[weekday].map(windowMinutes).sort((a, b) => a[0] - b[0]);
    for (const [from, to] of windows) {
      const open = Math.max(instantOfLocal(dayMs + from * MINUTE_MS, hours.timezone), lastClose);
      const close = instantOfLocal(dayMs + to * MINUTE_MS, hours.timezone);
      if (close <= open) continue;
      lastClose = close;
      yield [open, close];
    }
  }
}

/**
 * The instant `seconds` of business time after `start` (the start itself when it is 0 and open), or null
 * when the calendar has no openings within three years.
 */
export function addBusinessSeconds(start: Date, seconds: number, hours: BusinessHours): Date | null {
  const startMs = start.getTime();
  let remaining = seconds * 1000;
  for (const [open, close] of windowsFrom(hours, startMs)) {
    if (close <= startMs) continue;
    const from = Math.max(open, startMs);
    if (remaining <= close - from) return new Date(from + remaining);
    remaining -= close - from;
  }
  return null;
}

/** Whole seconds of business time between two instants (0 when `to` is not after `from`). */
export function businessSecondsBetween(from: Date, to: Date, hours: BusinessHours): number {
  const fromMs = from.getTime();
  const toMs = to.getTime();
  if (toMs <= fromMs) return 0;
  let total = 0;
  for (const [open, close] of windowsFrom(hours, fromMs)) {
    if (open >= toMs) break;
    if (close <= fromMs) continue;
    total += Math.min(close, toMs) - Math.max(open, fromMs);
  }
  return Math.floor(total / 1000);
}

/** Whether `at` falls inside an opening window. */
export function isBusinessTime(at: Date, hours: BusinessHours): boolean {
  const atMs = at.getTime();
  for (const [open, close] of windowsFrom(hours, atMs)) {
    if (open > atMs) return false;
    if (close > atMs) return true;
  }
  return false;
}
