import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { type Sql, sqlOfPool } from '../common/database/sql.js';

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
   * judged against the given thresholds in hours (null: never breached).
   */
  async summarize(
    projectId: string,
    from: Date | null,
    to: Date | null,
    firstReplyHours: number | null,
    resolveHours: number | null,
  ): Promise<SlaReportRow> {
    const [row] = await this.sql.query<SlaReportRow>(
      `SELECT count(*)::int AS total,
              count(*) FILTER (WHERE status = 'closed')::int AS closed,
              avg(extract(epoch FROM first_reply_at - created_at)) AS avg_first_response,
              avg(extract(epoch FROM closed_at - created_at)) FILTER (WHERE status = 'closed') AS avg_resolution,
              count(*) FILTER (WHERE $4::int IS NOT NULL
                AND coalesce(first_reply_at, now()) > created_at + $4::int * interval '1 hour')::int
                AS first_reply_breached,
              count(*) FILTER (WHERE $5::int IS NOT NULL
                AND coalesce(CASE WHEN status = 'closed' THEN closed_at END, now())
                  > created_at + $5::int * interval '1 hour')::int
                AS resolve_breached,
              avg(csat_rating) AS csat_average,
              count(csat_rating)::int AS csat_ratings
         FROM ticket
        WHERE project_id = $1
          AND ($2::timestamptz IS NULL OR created_at >= $2::timestamptz)
          AND ($3::timestamptz IS NULL OR created_at <= $3::timestamptz)`,
      [projectId, from, to, firstReplyHours, resolveHours],
    );
    return row;
  }
}
