/** The browser's own time zone: the report counts days as the person reading it lives them. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** YYYY-MM-DD of a local date. */
export function isoDay(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export interface ReportRange {
  from: string;
  to: string;
  interval: 'day' | 'week';
}

/** The last `days` days up to today; weeks once the range is longer than two months. */
export function lastDays(days: number, today = new Date()): ReportRange {
  const from = new Date(today.getFullYear(), today.getMonth(), today.getDate() - (days - 1));
  return { from: isoDay(from), to: isoDay(today), interval: days > 62 ? 'week' : 'day' };
}

export const PRESET_DAYS = [7, 30, 90, 365] as const;
