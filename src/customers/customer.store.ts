import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { type Sql, sqlOfPool } from '../common/database/sql.js';
import type { Channel } from '../common/channels.js';
import type { TicketStatus } from '../tickets/ticket-enums.js';

/** A live customer with their ticket counts, as the customer reads select it. */
export interface CustomerRow {
  id: string;
  channel: Channel;
  chat_id: string | null;
  first_name: string | null;
  last_name: string | null;
  username: string | null;
  lang: string | null;
  agent_blocked: boolean;
  note: string | null;
  created_at: Date;
  last_seen_at: Date;
  /** last_seen_at in microseconds since the epoch: the exact keyset position (a Date keeps milliseconds). */
  seen_us: string;
  open_tickets: number;
  total_tickets: number;
  csat_average: string | null;
}

export interface CustomerTicketRow {
  id: string;
  ticket_number: number;
  subject: string | null;
  status: TicketStatus;
  created_at: Date;
}

export interface CustomerListFilter {
  q?: string;
  channel?: Channel;
  blocked?: boolean;
}

/** The keyset position after a customer: (last_seen_at, id), newest first. */
export interface CustomerCursor {
  seenMicros: string;
  id: string;
}

/**
 * The customer reads: `subscriber` rows that were not erased, with counts over their tickets (the
 * (project_id, subscriber_id, ticket_number) index answers them). Writes are SubscribersService's.
 */
@Injectable()
export class CustomerStore {
  private readonly pool: Sql;

  constructor(@InjectDataSource() dataSource: DataSource) {
    this.pool = sqlOfPool(dataSource);
  }

  /** Most recently seen first; `q` is a case-insensitive prefix of a name, the username or the chat id. */
  page(projectId: string, filter: CustomerListFilter, limit: number, after?: CustomerCursor): Promise<CustomerRow[]> {
    const params: unknown[] = [projectId];
    const conditions = ['s.project_id = $1', 's.erased_at IS NULL'];
    const add = (condition: (n: string) => string, value: unknown) => {
      params.push(value);
      conditions.push(condition(`$${params.length}`));
    };
    if (filter.channel) add((n) => `s.channel = ${n}`, filter.channel);
    if (filter.blocked !== undefined) add((n) => `s.agent_blocked = ${n}`, filter.blocked);
    const q = filter.q?.trim().replace(/^@/, '');
    if (q) {
      const prefix = `${q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      add(
        (n) =>
          `(lower(s.first_name) LIKE ${n} OR lower(s.last_name) LIKE ${n} OR lower(s.username) LIKE ${n}
            OR s.chat_id::text LIKE ${n}
            OR lower(concat_ws(' ', s.first_name, s.last_name)) LIKE ${n})`,
        prefix,
      );
    }
    if (after) {
      params.push(after.seenMicros, after.id);
      conditions.push(
        `(s.last_seen_at, s.id) < ('epoch'::timestamptz + $${params.length - 1}::bigint * interval '1 microsecond',
                                   $${params.length}::uuid)`,
      );
    }
    params.push(limit);
    return this.pool.query<CustomerRow>(
      `${SELECT_CUSTOMER} WHERE ${conditions.join(' AND ')}
        ORDER BY s.last_seen_at DESC, s.id DESC LIMIT $${params.length}`,
      params,
    );
  }

  async find(projectId: string, subscriberId: string, sql: Sql = this.pool): Promise<CustomerRow | undefined> {
    const [row] = await sql.query<CustomerRow>(
      `${SELECT_CUSTOMER} WHERE s.project_id = $1 AND s.id = $2 AND s.erased_at IS NULL`,
      [projectId, subscriberId],
    );
    return row;
  }

  /** The customer's newest tickets. */
  recentTickets(projectId: string, subscriberId: string, limit: number, sql: Sql = this.pool) {
    return sql.query<CustomerTicketRow>(
      `SELECT id, ticket_number, subject, status, created_at FROM ticket
        WHERE project_id = $1 AND subscriber_id = $2 ORDER BY ticket_number DESC LIMIT $3`,
      [projectId, subscriberId, limit],
    );
  }
}

const SELECT_CUSTOMER = `SELECT s.id, s.channel, s.chat_id, s.first_name, s.last_name, s.username, s.lang,
       s.agent_blocked, s.note, s.created_at, s.last_seen_at,
       (extract(epoch FROM s.last_seen_at) * 1000000)::bigint::text AS seen_us,
       c.open_tickets, c.total_tickets, c.csat_average
  FROM subscriber s
  CROSS JOIN LATERAL (
    SELECT count(*) FILTER (WHERE t.status <> 'closed')::int AS open_tickets, count(*)::int AS total_tickets,
           round(avg(t.csat_rating), 2)::text AS csat_average
      FROM ticket t WHERE t.project_id = s.project_id AND t.subscriber_id = s.id) c`;
