import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { type Sql, sqlOfPool } from '../common/database/sql.js';
import type { BusinessHours } from './business-time.js';

/** The figures of the SLA report, as the statement returns them (averages as numeric text or null). */
export interface SlaReportRow {
  total: number;
  closed: number;
  avg_first_response: string | number | null;
  avg_resolution: string | number | null;
  first_reply_breached: number;
  resolve_breached: number;
  csat_average: string | number | null;
  csat_ratings: number;
}

/** The read behind the SLA compliance report: one aggregate over a project's tickets. */
@Injectable()
export class SlaReportStore {
  private readonly sql: Sql;

  constructor(@InjectDataSource() dataSource: DataSource) {
    this.sql = sqlOfPool(dataSource);
  }

  /**
   * Counts and averages over the tickets created in [from, to] (either end open when null), breaches
   * judged against the given thresholds in hours (null: never breached). With business hours, due times
   * and the averages count business time only (the SQL functions of sql/business-time.sql).
   */
  async summarize(
    projectId: string,
    from: Date | null,
    to: Date | null,
    firstReplyHours: number | null,
    resolveHours: number | null,
    businessHours: BusinessHours | null,
  ): Promise<SlaReportRow> {
    // Without business hours, plain timestamp arithmetic (no function call per ticket).
    const elapsed = (to: string) =>
      businessHours
        ? `helpdesk_business_seconds(created_at, ${to}, $6::jsonb)`
        : `extract(epoch FROM ${to} - created_at)`;
    const due = (hours: string) =>
      businessHours ? `helpdesk_sla_due(created_at, ${hours}, $6::jsonb)` : `created_at + ${hours} * interval '1 hour'`;
    const [row] = await this.sql.query<SlaReportRow>(
      `SELECT count(*)::int AS total,
              count(*) FILTER (WHERE status = 'closed')::int AS closed,
              avg(${elapsed('first_reply_at')}) FILTER (WHERE first_reply_at IS NOT NULL) AS avg_first_response,
              avg(${elapsed('closed_at')}) FILTER (WHERE status = 'closed') AS avg_resolution,
              count(*) FILTER (WHERE $4::int IS NOT NULL
                AND coalesce(first_reply_at, now()) > ${due('$4::int')})::int
                AS first_reply_breached,
              count(*) FILTER (WHERE $5::int IS NOT NULL
                AND coalesce(CASE WHEN status = 'closed' THEN closed_at END, now()) > ${due('$5::int')})::int
                AS resolve_breached,
              avg(csat_rating) AS csat_average,
              count(csat_rating)::int AS csat_ratings
         FROM ticket
        WHERE project_id = $1
          AND ($2::timestamptz IS NULL OR created_at >= $2::timestamptz)
          AND ($3::timestamptz IS NULL OR created_at <= $3::timestamptz)`,
      [projectId, from, to, firstReplyHours, resolveHours, ...(businessHours ? [JSON.stringify(businessHours)] : [])],
    );
    return row;
  }
}
