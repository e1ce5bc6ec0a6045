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

/** The buckets' first instants and labels, and the window's ends: [from 00:00, to + 1 day 00:00) local time. */
interface ReportEdges {
  starts: Date[];
  labels: string[];
  lower_at: Date;
  upper_at: Date;
}

// $1/$2 are the local first and last day, $3 the zone, $4 the bucket length in days. The settings are set
// here, in the report's own transaction, before its statement is planned (measured with bench/reports.mjs):
// the planner's cost for a year of 100,000 tickets crosses JIT's thresholds and compiling took over a second,
// far more than running; the percentile sorts of a year spilled to disk at the default 4 MB; and at the
// default random_page_cost (4, a spinning disk's) the planner sometimes read the window's tickets from the
// table rather than from ticket_report_idx, which costs far more CPU per row than it estimates (a year's report
// took 266 ms instead of 150), while a year's index pages are read in key order and mostly cached.
const EDGES_SQL = `
SELECT array_agg(day AT TIME ZONE $3::text ORDER BY day) AS starts,
       array_agg(to_char(day, 'YYYY-MM-DD') ORDER BY day) AS labels,
       ($1::date)::timestamp AT TIME ZONE $3::text AS lower_at,
       ($2::date + 1)::timestamp AT TIME ZONE $3::text AS upper_at,
       (SELECT set_config('jit', 'off', true) || set_config('work_mem', '32MB', true)
          || set_config('random_page_cost', '1.1', true)) AS settings
  FROM generate_series($1::date::timestamp, $2::date::timestamp, $4::int * interval '1 day') AS day`;

// The report's statement binds the edges as parameters: $2 the buckets' first instants, $3/$4 the window's
// ends; $5/$6 the SLA hours (null: never breached).
const inWindow = (column: string): string => `(${column} >= $3 AND ${column} < $4)`;
// The bucket (0-based) of an instant in the window: a binary search over the buckets' first instants, which
// costs less per row than converting each instant to local time.
const bucketOf = (column: string): string => `(width_bucket(${column}, $2::timestamptz[]) - 1)`;
// date_part is double precision; extract() would compute a numeric per row.
const seconds = (later: string, earlier: string): string => `date_part('epoch', ${later} - ${earlier})`;
const CREATED = `project_id = $1 AND ${inWindow('created_at')}`;
// created_at < $4 always holds for a ticket closed in the window; said, it bounds the index range read.
const CLOSED = `project_id = $1 AND status = 'closed' AND ${inWindow('closed_at')} AND created_at < $4`;
// SLA breaches as in tickets/sla.ts.
const SLA_MET = `NOT (
  ($5::int IS NOT NULL AND coalesce(first_reply_at, now()) > created_at + $5::int * interval '1 hour')
  OR ($6::int IS NOT NULL AND coalesce(CASE WHEN status = 'closed' THEN closed_at END, now())
      > created_at + $6::int * interval '1 hour'))`;

/*
 * One statement of independent parts, each a grouping of its own rows turned into one JSON array, joined by
 * UNION ALL: PostgreSQL runs such parts at once in its parallel workers (Parallel Append), so the three
 * sorts behind the percentiles (created per bucket, closed per bucket, first reply per agent) are not done
 * one after the other. CSAT per bucket: ratings given in it; per agent: the (latest) rating of their tickets
 * closed in the window.
 */
const REPORT_SQL = `
SELECT json_object_agg(part, coalesce(rows, '[]')) AS parts FROM (
  SELECT 'created' AS part, json_agg(part_rows) AS rows FROM (
    SELECT ${bucketOf('created_at')} AS bucket, count(*)::int AS created,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY ${seconds('first_reply_at', 'created_at')}) AS first_reply_p50,
           percentile_cont(0.9) WITHIN GROUP (ORDER BY ${seconds('first_reply_at', 'created_at')}) AS first_reply_p90,
           count(*) FILTER (WHERE ${SLA_MET})::int AS sla_met
      FROM ticket WHERE ${CREATED} GROUP BY 1) AS part_rows
  UNION ALL
  SELECT 'closed', json_agg(part_rows) FROM (
    SELECT ${bucketOf('closed_at')} AS bucket, count(*)::int AS closed,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY ${seconds('closed_at', 'created_at')}) AS resolution_p50
      FROM ticket WHERE ${CLOSED} GROUP BY 1) AS part_rows
  UNION ALL
  SELECT 'csat', json_agg(part_rows) FROM (
    SELECT ${bucketOf('created_at')} AS bucket, avg(rating)::float8 AS csat_average, count(*)::int AS csat_count
      FROM csat_rating WHERE ${CREATED} GROUP BY 1) AS part_rows
  UNION ALL
  SELECT 'agent_first_reply', json_agg(part_rows) FROM (
    SELECT assigned_to AS member_id,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY ${seconds('first_reply_at', 'created_at')}) AS first_reply_p50
      FROM ticket WHERE ${CREATED} AND assigned_to IS NOT NULL GROUP BY 1) AS part_rows
  UNION ALL
  SELECT 'agent_closed', json_agg(part_rows) FROM (
    SELECT assigned_to AS member_id, count(*)::int AS closed, avg(csat_rating)::float8 AS csat_average
      FROM ticket WHERE ${CLOSED} AND assigned_to IS NOT NULL GROUP BY 1) AS part_rows
  UNION ALL
  SELECT 'replies', json_agg(part_rows) FROM (
    SELECT member_id, count(*)::int AS replies
      FROM ticket_message
     WHERE member_id IN (SELECT id FROM team_member WHERE project_id = $1)
       AND author = 'agent' AND NOT internal AND ${inWindow('created_at')}
     GROUP BY 1) AS part_rows
  UNION ALL
  SELECT 'mix', json_agg(part_rows) FROM (
    SELECT channel, ticket_type_id, count(*)::int AS created FROM ticket WHERE ${CREATED} GROUP BY 1, 2) AS part_rows
  UNION ALL
  SELECT 'members', json_agg(part_rows ORDER BY lower(name), id) FROM (
    SELECT id, name FROM team_member WHERE project_id = $1) AS part_rows
  UNION ALL
  SELECT 'types', json_agg(part_rows ORDER BY sort_order, name_key, id) FROM (
    SELECT id, name, deleted_at IS NOT NULL AS deleted, sort_order, name_key
      FROM ticket_type WHERE project_id = $1) AS part_rows
) AS parts`;

/** The parts as REPORT_SQL answers them, before they are put together. */
interface ReportParts {
  created: Array<Pick<ReportBucketRow, 'created' | 'first_reply_p50' | 'first_reply_p90' | 'sla_met'> & Bucket>;
  closed: Array<Pick<ReportBucketRow, 'closed'> & { resolution_p50: number } & Bucket>;
  csat: Array<Pick<ReportBucketRow, 'csat_average' | 'csat_count'> & Bucket>;
  agent_first_reply: Array<{ member_id: string; first_reply_p50: number | null }>;
  agent_closed: Array<{ member_id: string; closed: number; csat_average: number | null }>;
  replies: Array<{ member_id: string; replies: number }>;
  mix: Array<{ channel: string; ticket_type_id: string | null; created: number }>;
  members: Array<{ id: string; name: string }>;
  types: Array<{ id: string; name: string; deleted: boolean }>;
}
type Bucket = { bucket: number };

/** The read behind GET /v1/helpdesk/reports: percentiles by percentile_cont, buckets by generate_series. */
@Injectable()
export class ReportsStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  report(window: ReportWindow, firstReplyHours: number | null, resolveHours: number | null): Promise<ReportRows> {
    // Repeatable read: the two statements see the same tickets.
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const sql = sqlOfManager(manager);
      const [edges] = await sql.query<ReportEdges>(EDGES_SQL, [
        window.from,
        window.to,
        window.timeZone,
        window.stepDays,
      ]);
      const [{ parts }] = await sql.query<{ parts: ReportParts }>(REPORT_SQL, [
        window.projectId,
        edges.starts,
        edges.lower_at,
        edges.upper_at,
        firstReplyHours,
        resolveHours,
      ]);
      return reportRows(edges.labels, parts);
    });
  }
}

/** The report from its parts: every bucket (zeros where nothing happened), every member, every live type. */
function reportRows(labels: string[], parts: ReportParts): ReportRows {
  const byBucket = <T extends Bucket>(rows: T[]): Map<number, T> => new Map(rows.map((row) => [row.bucket, row]));
  const byMember = <T extends { member_id: string }>(rows: T[]): Map<string, T> =>
    new Map(rows.map((row) => [row.member_id, row]));
  const [created, closed, csat] = [byBucket(parts.created), byBucket(parts.closed), byBucket(parts.csat)];
  const series = labels.map((start, bucket): ReportBucketRow => {
    const [opened, finished, rated] = [created.get(bucket), closed.get(bucket), csat.get(bucket)];
    return {
      start,
      created: opened?.created ?? 0,
      closed: finished?.closed ?? 0,
      first_reply_p50: opened?.first_reply_p50 ?? null,
      first_reply_p90: opened?.first_reply_p90 ?? null,
      resolution_p50: finished?.resolution_p50 ?? null,
      sla_met: opened?.sla_met ?? 0,
      csat_average: rated?.csat_average ?? null,
      csat_count: rated?.csat_count ?? 0,
    };
  });
  const [firstReplies, closedByAgent, replies] = [
    byMember(parts.agent_first_reply),
    byMember(parts.agent_closed),
    byMember(parts.replies),
  ];
  const agents = parts.members.map(({ id, name }): ReportAgentRow => ({
    member_id: id,
    name,
    replies: replies.get(id)?.replies ?? 0,
    closed: closedByAgent.get(id)?.closed ?? 0,
    first_reply_p50: firstReplies.get(id)?.first_reply_p50 ?? null,
    csat_average: closedByAgent.get(id)?.csat_average ?? null,
  }));
  const createdByChannel = new Map<string, number>();
  const createdByType = new Map<string | null, number>();
  for (const { channel, ticket_type_id, created: count } of parts.mix) {
    createdByChannel.set(channel, (createdByChannel.get(channel) ?? 0) + count);
    createdByType.set(ticket_type_id, (createdByType.get(ticket_type_id) ?? 0) + count);
  }
  const types = parts.types
    .map(({ id, name, deleted }) => ({
      ticket_type_id: id as string | null,
      name,
      deleted,
      created: createdByType.get(id) ?? 0,
    }))
    .filter(({ deleted, created: count }) => !deleted || count > 0)
    .map(({ ticket_type_id, name, created: count }) => ({
      ticket_type_id,
      name: name as string | null,
      created: count,
    }));
  types.push({ ticket_type_id: null, name: null, created: createdByType.get(null) ?? 0 });
  return {
    series,
    agents,
    channels: [...createdByChannel].map(([channel, count]) => ({ channel, created: count })),
    types,
  };
}
