import { DateRangeTooLong, InvalidReportRange, MAX_REPORT_DAYS, UnknownTimeZone } from './reports.errors.js';
import type { ReportInterval } from './dto/report.dto.js';

const DAY_MS = 86_400_000;
/** Days of the default range, `to` included. */
const DEFAULT_DAYS = 30;
// An IANA name (Europe/Moscow, America/Argentina/Buenos_Aires, Etc/GMT+3, UTC). PostgreSQL would also take
// POSIX strings such as "+03:00" or "MSK-3", with the sign reversed; they are refused before they reach it.
const ZONE_NAME = /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+){0,2}$/;

export interface ResolvedWindow {
  from: string;
  to: string;
  interval: ReportInterval;
  stepDays: number;
  timeZone: string;
}

/** The zone's name as Intl knows it, or null when it is not an IANA time zone. */
export function ianaTimeZone(name: string): string | null {
  if (!ZONE_NAME.test(name)) return null;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

/** The local date (YYYY-MM-DD) of an instant in a time zone. */
export function localDate(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(instant);
  const part = (type: string): string => parts.find((item) => item.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

const dayNumber = (date: string): number => Date.parse(`${date}T00:00:00Z`) / DAY_MS;
const dateOfDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/**
 * The report's days and zone from the query: `to` defaults to today in the zone, `from` to 29 days before
 * `to`. from after to, more than MAX_REPORT_DAYS days, or a zone that is not IANA are refused (422).
 */
export function resolveReportWindow(
  query: { from?: string; to?: string; interval?: ReportInterval; timezone?: string },
  defaultTimeZone: string,
  now: Date,
): ResolvedWindow {
  const requestedZone = query.timezone ?? defaultTimeZone;
  const timeZone = ianaTimeZone(requestedZone);
  if (timeZone === null) throw new UnknownTimeZone(requestedZone);
  const to = query.to ?? (query.from && query.from > localDate(now, timeZone) ? query.from : localDate(now, timeZone));
  const from = query.from ?? dateOfDay(dayNumber(to) - (DEFAULT_DAYS - 1));
  const days = dayNumber(to) - dayNumber(from) + 1;
  if (days < 1) throw new InvalidReportRange();
  if (days > MAX_REPORT_DAYS) throw new DateRangeTooLong(days);
  const interval = query.interval ?? 'day';
  return { from, to, interval, stepDays: interval === 'week' ? 7 : 1, timeZone };
}
