import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { type Sql, sqlOfPool } from '../common/database/sql.js';

/** What every report statement is about: a project, the local days from..to, and the zone they are counted in. */
export interface ReportWindow {
  projectId: string;
  /** YYYY-MM-DD, both included. */
  from: string;
  to: string;
  /** 1 (day buckets) or 7 (week buckets counted from `from`). */
  stepDays: number;
  timeZone: string;
}

type Numeric = string | number | null;

export interface ReportBucketRow {
  start: string;
  created: number;
  closed: number;
  first_reply_p50: Numeric;
  first_reply_p90: Numeric;
  resolution_p50: Numeric;
  sla_met: number;
  csat_average: Numeric;
  csat_count: number;
}

export interface ReportAgentRow {
  member_id: string;
  name: string;
  replies: number;
  closed: number;
  first_reply_p50: Numeric;
  csat_average: Numeric;
}

export interface ReportChannelRow {
  channel: string;
  created: number;
}

export interface ReportTypeRow {
  ticket_type_id: string | null;
  name: string | null;
  created: number;
}

// $2/$3 are the local first and last day, $4 the zone, $5 the bucket length in days: the range is
// [from 00:00, to + 1 day 00:00) local time.
const LOWER = `(($2::date)::timestamp AT TIME ZONE $4::text)`;
const UPPER = `(($3::date + 1)::timestamp AT TIME ZONE $4::text)`;
const inRange = (column: string): string => `${column} >= ${LOWER} AND ${column} < ${UPPER}`;
// The bucket of an instant: whole local days since `from`, divided by the bucket length in days.
const bucketOf = (column: string): string => `((((${column}) AT TIME ZONE $4::text)::date - $2::date) / $5::int)`;
const seconds = (later: string, earlier: string): string => `extract(epoch FROM ${later} - ${earlier})::float8`;

/**
 * The reads behind GET /v1/helpdesk/reports. Percentiles are PostgreSQL's percentile_cont; buckets are local
 * days (or 7-day spans) of the window's time zone, every bucket present through generate_series.
 */
@Injectable()
export class ReportsStore {
  private readonly sql: Sql;

  constructor(@InjectDataSource() dataSource: DataSource) {
    this.sql = sqlOfPool(dataSource);
  }

  /**
   * One row per bucket, oldest first. created, first reply and SLA: tickets created in the bucket; closed and
   * resolution: tickets whose last close is in it; CSAT: ratings given in it. SLA breaches as in
   * tickets/sla.ts, against the given thresholds in hours (null: that target is never breached).
   */
  series(
    window: ReportWindow,
    firstReplyHours: number | null,
    resolveHours: number | null,
  ): Promise<ReportBucketRow[]> {
    return this.sql.query<ReportBucketRow>(
      `WITH created AS (
         SELECT ${bucketOf('created_at')} AS bucket,
                count(*)::int AS created,
                percentile_cont(0.5) WITHIN GROUP (ORDER BY ${seconds('first_reply_at', 'created_at')})
                  AS first_reply_p50,
                percentile_cont(0.9) WITHIN GROUP (ORDER BY ${seconds('first_reply_at', 'created_at')})
                  AS first_reply_p90,
                count(*) FILTER (WHERE NOT (
                  ($6::int IS NOT NULL
                    AND coalesce(first_reply_at, now()) > created_at + $6::int * interval '1 hour')
                  OR ($7::int IS NOT NULL
                    AND coalesce(CASE WHEN status = 'closed' THEN closed_at END, now())
                      > created_at + $7::int * interval '1 hour')))::int AS sla_met
           FROM ticket
          WHERE project_id = $1 AND ${inRange('created_at')}
          GROUP BY 1),
       closed AS (
         SELECT ${bucketOf('closed_at')} AS bucket,
                count(*)::int AS closed,
                percentile_cont(0.5) WITHIN GROUP (ORDER BY ${seconds('closed_at', 'created_at')}) AS resolution_p50
           FROM ticket
          WHERE project_id = $1 AND status = 'closed' AND ${inRange('closed_at')}
          GROUP BY 1),
       csat AS (
         SELECT ${bucketOf('created_at')} AS bucket, avg(rating) AS csat_average, count(*)::int AS csat_count
           FROM csat_rating
          WHERE project_id = $1 AND ${inRange('created_at')}
          GROUP BY 1)
       SELECT to_char(day, 'YYYY-MM-DD') AS start,
              coalesce(created.created, 0) AS created,
              coalesce(closed.closed, 0) AS closed,
              created.first_reply_p50, created.first_reply_p90, closed.resolution_p50,
              coalesce(created.sla_met, 0) AS sla_met,
              csat.csat_average,
              coalesce(csat.csat_count, 0) AS csat_count
         FROM generate_series($2::date::timestamp, $3::date::timestamp, $5::int * interval '1 day') AS day
         LEFT JOIN created ON created.bucket = (day::date - $2::date) / $5::int
         LEFT JOIN closed ON closed.bucket = (day::date - $2::date) / $5::int
         LEFT JOIN csat ON csat.bucket = (day::date - $2::date) / $5::int
        ORDER BY day`,
      [window.projectId, window.from, window.to, window.timeZone, window.stepDays, firstReplyHours, resolveHours],
    );
  }

  /**
   * Every member of the project: public replies written in the window; closes, first replies and CSAT of
   * the tickets assigned to them (closed in, created in, rated in the window).
   */
  agents(window: ReportWindow): Promise<ReportAgentRow[]> {
    return this.sql.query<ReportAgentRow>(
      `WITH members AS (SELECT id, name FROM team_member WHERE project_id = $1),
       replies AS (
         SELECT member_id, count(*)::int AS replies
           FROM ticket_message
          WHERE member_id IN (SELECT id FROM members) AND author = 'agent' AND NOT internal
            AND ${inRange('created_at')}
          GROUP BY member_id),
       first_replies AS (
         SELECT assigned_to AS member_id,
                percentile_cont(0.5) WITHIN GROUP (ORDER BY ${seconds('first_reply_at', 'created_at')})
                  AS first_reply_p50
           FROM ticket
          WHERE project_id = $1 AND assigned_to IS NOT NULL AND ${inRange('created_at')}
          GROUP BY assigned_to),
       closes AS (
         SELECT assigned_to AS member_id, count(*)::int AS closed
           FROM ticket
          WHERE project_id = $1 AND assigned_to IS NOT NULL AND status = 'closed' AND ${inRange('closed_at')}
          GROUP BY assigned_to),
       ratings AS (
         SELECT ticket.assigned_to AS member_id, avg(csat_rating.rating) AS csat_average
           FROM csat_rating JOIN ticket ON ticket.id = csat_rating.ticket_id
          WHERE csat_rating.project_id = $1 AND ticket.project_id = $1 AND ticket.assigned_to IS NOT NULL
            AND ${inRange('csat_rating.created_at')}
          GROUP BY ticket.assigned_to)
       SELECT members.id AS member_id, members.name,
              coalesce(replies.replies, 0) AS replies,
              coalesce(closes.closed, 0) AS closed,
              first_replies.first_reply_p50,
              ratings.csat_average
         FROM members
         LEFT JOIN replies ON replies.member_id = members.id
         LEFT JOIN first_replies ON first_replies.member_id = members.id
         LEFT JOIN closes ON closes.member_id = members.id
         LEFT JOIN ratings ON ratings.member_id = members.id
        ORDER BY lower(members.name), members.id`,
      [window.projectId, window.from, window.to, window.timeZone],
    );
  }

  /** Tickets created in the window per channel (only channels that have some). */
  channels(window: ReportWindow): Promise<ReportChannelRow[]> {
    return this.sql.query<ReportChannelRow>(
      `SELECT channel, count(*)::int AS created
         FROM ticket
        WHERE project_id = $1 AND ${inRange('created_at')}
        GROUP BY channel`,
      [window.projectId, window.from, window.to, window.timeZone],
    );
  }

  /**
   * Tickets created in the window per type: every type of the project (a deleted one only when it has
   * tickets here), by its current name, then the tickets without a type.
   */
  types(window: ReportWindow): Promise<ReportTypeRow[]> {
    return this.sql.query<ReportTypeRow>(
      `WITH counts AS (
         SELECT ticket_type_id, count(*)::int AS created
           FROM ticket
          WHERE project_id = $1 AND ${inRange('created_at')}
          GROUP BY ticket_type_id)
       SELECT ticket_type_id, name, created FROM (
         SELECT ticket_type.id AS ticket_type_id, ticket_type.name, coalesce(counts.created, 0) AS created,
                0 AS untyped, ticket_type.sort_order, ticket_type.name_key
           FROM ticket_type LEFT JOIN counts ON counts.ticket_type_id = ticket_type.id
          WHERE ticket_type.project_id = $1 AND (ticket_type.deleted_at IS NULL OR counts.created > 0)
         UNION ALL
         SELECT NULL, NULL, coalesce((SELECT created FROM counts WHERE ticket_type_id IS NULL), 0), 1, 0, ''
       ) AS rows
        ORDER BY untyped, sort_order, name_key, ticket_type_id`,
      [window.projectId, window.from, window.to, window.timeZone],
    );
  }
}
