import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { sqlOfManager } from '../common/database/sql.js';

/** What the report is about: a project, the local days from..to, and the zone they are counted in. */
export interface ReportWindow {
  projectId: string;
  /** YYYY-MM-DD, both included. */
  from: string;
  to: string;
  /** 1 (day buckets) or 7 (week buckets counted from `from`). */
  stepDays: number;
  timeZone: string;
}

export interface ReportBucketRow {
  start: string;
  created: number;
  closed: number;
  first_reply_p50: number | null;
  first_reply_p90: number | null;
  resolution_p50: number | null;
  sla_met: number;
  csat_average: number | null;
  csat_count: number;
}

export interface ReportAgentRow {
  member_id: string;
  name: string;
  replies: number;
  closed: number;
  first_reply_p50: number | null;
  csat_average: number | null;
}

export interface ReportRows {
  series: ReportBucketRow[];
  agents: ReportAgentRow[];
  /** Only channels that have tickets. */
  channels: Array<{ channel: string; created: number }>;
  types: Array<{ ticket_type_id: string | null; name: string | null; created: number }>;
}

// $2/$3 are the local first and last day, $4 the zone, $5 the bucket length in days: the range is
// [from 00:00, to + 1 day 00:00) local time.
// Both ends are read once from `edges`: AT TIME ZONE is not folded into a constant, and per row it is a
// zone lookup.
const LOWER = `(SELECT lower_at FROM edges)`;
const UPPER = `(SELECT upper_at FROM edges)`;
const inRange = (column: string): string => `(${column} >= ${LOWER} AND ${column} < ${UPPER})`;
// The bucket (0-based) of an instant in the range: a binary search over the buckets' first instants
// (edges.starts), which costs less per row than converting each instant to local time.
const bucketOf = (column: string): string => `(width_bucket(${column}, edges.starts) - 1)`;
// date_part is double precision; extract() would compute a numeric per row.
const seconds = (later: string, earlier: string): string => `date_part('epoch', ${later} - ${earlier})`;

/*
 * One statement: the project's tickets created or closed in the window are read once (`scope`, with their
 * buckets and durations) and every figure is grouped from that. SLA breaches as in tickets/sla.ts against
 * $6/$7 hours (null: never breached). CSAT per bucket: ratings given in it; per agent: the (latest) rating
 * of their tickets closed in the window, read from `scope` rather than by looking up every rating's ticket.
 */
const REPORT_SQL = `
WITH days AS (
  SELECT day, ordinality - 1 AS bucket
    FROM generate_series($2::date::timestamp, $3::date::timestamp, $5::int * interval '1 day')
         WITH ORDINALITY AS days(day, ordinality)),
edges AS (
  SELECT array_agg(day AT TIME ZONE $4::text ORDER BY day) AS starts,
         ($2::date)::timestamp AT TIME ZONE $4::text AS lower_at,
         ($3::date + 1)::timestamp AT TIME ZONE $4::text AS upper_at
    FROM days),
scope AS MATERIALIZED (
  SELECT CASE WHEN ${inRange('created_at')} THEN ${bucketOf('created_at')} END AS created_bucket,
         CASE WHEN status = 'closed' AND ${inRange('closed_at')} THEN ${bucketOf('closed_at')} END AS closed_bucket,
         ${seconds('first_reply_at', 'created_at')} AS first_reply_seconds,
         ${seconds('closed_at', 'created_at')} AS resolution_seconds,
         NOT (($6::int IS NOT NULL AND coalesce(first_reply_at, now()) > created_at + $6::int * interval '1 hour')
           OR ($7::int IS NOT NULL AND coalesce(CASE WHEN status = 'closed' THEN closed_at END, now())
                > created_at + $7::int * interval '1 hour')) AS sla_met,
         assigned_to, channel, ticket_type_id, csat_rating
    FROM ticket, edges
   WHERE project_id = $1 AND (${inRange('created_at')} OR (status = 'closed' AND ${inRange('closed_at')}))),
created AS (
  SELECT created_bucket AS bucket, count(*)::int AS created,
         percentile_cont(0.5) WITHIN GROUP (ORDER BY first_reply_seconds) AS first_reply_p50,
         percentile_cont(0.9) WITHIN GROUP (ORDER BY first_reply_seconds) AS first_reply_p90,
         count(*) FILTER (WHERE sla_met)::int AS sla_met
    FROM scope WHERE created_bucket IS NOT NULL GROUP BY created_bucket),
closed AS (
  SELECT closed_bucket AS bucket, count(*)::int AS closed,
         percentile_cont(0.5) WITHIN GROUP (ORDER BY resolution_seconds) AS resolution_p50
    FROM scope WHERE closed_bucket IS NOT NULL GROUP BY closed_bucket),
csat AS (
  SELECT ${bucketOf('created_at')} AS bucket, avg(rating)::float8 AS csat_average, count(*)::int AS csat_count
    FROM csat_rating, edges
   WHERE project_id = $1 AND ${inRange('created_at')}
   GROUP BY 1),
series AS (
  SELECT to_char(day, 'YYYY-MM-DD') AS start,
         coalesce(created.created, 0) AS created, coalesce(closed.closed, 0) AS closed,
         created.first_reply_p50, created.first_reply_p90, closed.resolution_p50,
         coalesce(created.sla_met, 0) AS sla_met, csat.csat_average, coalesce(csat.csat_count, 0) AS csat_count
    FROM days
    LEFT JOIN created ON created.bucket = days.bucket
    LEFT JOIN closed ON closed.bucket = days.bucket
    LEFT JOIN csat ON csat.bucket = days.bucket),
members AS (SELECT id, name FROM team_member WHERE project_id = $1),
-- One pass per agent: the first-reply median over the tickets created in the window, the closed count and
-- CSAT over those closed in it (FILTER), rather than two groupings that each sort the window's tickets.
agent_stats AS (
  SELECT assigned_to AS member_id,
         percentile_cont(0.5) WITHIN GROUP (ORDER BY first_reply_seconds) FILTER (WHERE created_bucket IS NOT NULL)
           AS first_reply_p50,
         count(*) FILTER (WHERE closed_bucket IS NOT NULL)::int AS closed,
         avg(csat_rating) FILTER (WHERE closed_bucket IS NOT NULL)::float8 AS csat_average
    FROM scope WHERE assigned_to IS NOT NULL GROUP BY assigned_to),
agents AS (
  SELECT members.id AS member_id, members.name,
         (SELECT count(*)::int FROM ticket_message
           WHERE member_id = members.id AND author = 'agent' AND NOT internal AND ${inRange('created_at')})
           AS replies,
         coalesce(agent_stats.closed, 0) AS closed,
         agent_stats.first_reply_p50,
         agent_stats.csat_average
    FROM members
    LEFT JOIN agent_stats ON agent_stats.member_id = members.id),
-- Created per channel and type counted in one grouping (at most channels × types rows), summed both ways.
mix AS (
  SELECT channel, ticket_type_id, count(*)::int AS created
    FROM scope WHERE created_bucket IS NOT NULL GROUP BY channel, ticket_type_id),
types AS (SELECT ticket_type_id, sum(created)::int AS created FROM mix GROUP BY 1)
SELECT
  (SELECT json_agg(series ORDER BY start) FROM series) AS series,
  (SELECT coalesce(json_agg(agents ORDER BY lower(name), member_id), '[]') FROM agents) AS agents,
  (SELECT coalesce(json_agg(channels), '[]') FROM (
     SELECT channel, sum(created)::int AS created FROM mix GROUP BY channel
   ) AS channels) AS channels,
  (SELECT json_agg(json_build_object('ticket_type_id', id, 'name', name, 'created', created)
                   ORDER BY untyped, sort_order, name_key, id)
     FROM (SELECT ticket_type.id, ticket_type.name, coalesce(types.created, 0) AS created, 0 AS untyped,
                  ticket_type.sort_order, ticket_type.name_key
             FROM ticket_type LEFT JOIN types ON types.ticket_type_id = ticket_type.id
            WHERE ticket_type.project_id = $1 AND (ticket_type.deleted_at IS NULL OR types.created > 0)
           UNION ALL
           SELECT NULL, NULL, coalesce((SELECT created FROM types WHERE ticket_type_id IS NULL), 0), 1, 0, ''
          ) AS rows) AS types`;

/** The read behind GET /v1/helpdesk/reports: percentiles by percentile_cont, buckets by generate_series. */
@Injectable()
export class ReportsStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  report(window: ReportWindow, firstReplyHours: number | null, resolveHours: number | null): Promise<ReportRows> {
    return this.dataSource.transaction(async (manager) => {
      const sql = sqlOfManager(manager);
      // Measured (bench/reports.mjs): the planner's cost for a year of 100,000 tickets crosses JIT's
      // thresholds and compiling took over a second, far more than running; the sorts of the percentiles
      // spilled to disk at the default 4 MB. Both only for this transaction.
      await sql.query(`SELECT set_config('jit', 'off', true), set_config('work_mem', '32MB', true)`);
      const [rows] = await sql.query<ReportRows>(REPORT_SQL, [
        window.projectId,
        window.from,
        window.to,
        window.timeZone,
        window.stepDays,
        firstReplyHours,
        resolveHours,
      ]);
      return rows;
    });
  }
}
