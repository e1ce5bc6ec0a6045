import type { ReportBucketResponse } from './dto/report.dto.js';

/** The columns of reports.csv, in order: the fields of a series bucket. */
export const REPORT_CSV_COLUMNS = [
  'start',
  'created',
  'closed',
  'first_reply_p50_seconds',
  'first_reply_p90_seconds',
  'resolution_p50_seconds',
  'sla_met_percent',
  'csat_average',
  'csat_count',
] as const satisfies ReadonlyArray<keyof ReportBucketResponse>;

function field(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** RFC 4180 text: a header row, then one row per bucket; a null is an empty field. */
export function reportSeriesCsv(series: ReportBucketResponse[]): string {
  const rows = [
    REPORT_CSV_COLUMNS.join(','),
    ...series.map((bucket) => REPORT_CSV_COLUMNS.map((column) => field(bucket[column])).join(',')),
  ];
  return `${rows.join('\r\n')}\r\n`;
}
