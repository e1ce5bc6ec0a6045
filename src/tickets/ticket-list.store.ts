import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { type Sql, sqlOfPool } from '../common/database/sql.js';
import { chatIdTransformer } from '../subscribers/subscriber.entity.js';
import type { TicketPriority, TicketStatus, LastMessageFrom } from './ticket-enums.js';
import type { TicketView } from './ticket.mapper.js';
import { type Channel } from '../common/channels.js';
import {
  type ListOrder,
  type ListPosition,
  listOrderOf,
  type SlaFilter,
  type SortOrder,
  type TicketSort,
} from './ticket-list-cursor.js';

/**
 * The sort keys besides ticket_number (the tie-breaker of every sort, and the whole key of created_at: numbers
 * follow creation). Written exactly as the expression indexes of migration TicketListSorts, so the planner
 * walks those indexes. sla_due is the next unmet due time: the first reply's while there is none, else the
 * resolution's; closed tickets and tickets without targets sort as due at infinity (last in ascending order).
 */
const SORT_KEYS: Record<Exclude<TicketSort, 'created_at'>, { sql: string; type: string }> = {
  updated_at: { sql: 't.updated_at', type: 'timestamptz' },
  priority: {
    sql: "(CASE t.priority WHEN 'urgent' THEN 4 WHEN 'high' THEN 3 WHEN 'normal' THEN 2 ELSE 1 END)",
    type: 'int',
  },
  sla_due: {
    sql:
      "COALESCE(LEAST(CASE WHEN t.first_reply_at IS NULL AND t.status <> 'closed' THEN t.sla_first_reply_due_at END, " +
      "CASE WHEN t.status <> 'closed' THEN t.sla_resolve_due_at END), 'infinity'::timestamptz)",
    type: 'timestamptz',
  },
};

/** The ranks of SORT_KEYS.priority's expression. */
const PRIORITY_RANKS: Record<TicketPriority, number> = { urgent: 4, high: 3, normal: 2, low: 1 };

/** The filters of GET /v1/helpdesk/tickets (and the MCP list tool), already validated by the DTO. */
export interface TicketListFilter {
  status?: TicketStatus;
  /** A member id, or `none` for unassigned tickets. */
  assigned_to?: string;
  priority?: TicketPriority;
  channel?: Channel;
  ticket_type_id?: string;
  tag?: string;
  q?: string;
  /** The customer's (subscriber's) id. */
  customer_id?: string;
  /** `cf_<key>=<value>`: custom field values compared as text (checked against the project's fields). */
  custom_fields?: Record<string, string>;
  /** breached: the next due time has passed unmet; at_risk: it falls within the next hour. */
  sla?: SlaFilter;
  sort?: TicketSort;
  order?: SortOrder;
}

/**
 * The ticket list is the hottest read (agents' queue views poll it), so it is plain SQL rather than a
 * TypeORM query builder: building the query and hydrating 50 entities with a joined subscriber cost about
 * as much CPU as PostgreSQL spends answering it (bench/tickets-bench.mjs). The SQL stays in this one file.
 */
@Injectable()
export class TicketListStore {
  private readonly pool: Sql;

  constructor(@InjectDataSource() dataSource: DataSource) {
    this.pool = sqlOfPool(dataSource);
  }

  /** In the filter's sort order: `limit` rows after `offset`, or after the keyset position `after`. */
  page(
    projectId: string,
    filter: TicketListFilter,
    options: { limit: number; offset: number; after?: ListPosition },
  ): Promise<TicketListRow[]> {
    return this.pool.query<TicketListRow>(...new TicketListQuery(projectId, filter).page(options));
  }

  async count(projectId: string, filter: TicketListFilter): Promise<number> {
    const [row] = await this.pool.query<{ total: number }>(...new TicketListQuery(projectId, filter).count());
    return row.total;
  }
}

/** The list's statements for one project and filter. */
class TicketListQuery {
  private readonly conditions: string[] = ['t.project_id = $1'];
  private readonly params: unknown[];

  constructor(projectId: string, filter: TicketListFilter) {
    this.params = [projectId];
    if (filter.status) this.add('t.status = ?', filter.status);
    if (filter.assigned_to === 'none') this.conditions.push('t.assigned_to IS NULL');
    else if (filter.assigned_to) this.add('t.assigned_to = ?', filter.assigned_to);
    // As the sort key's rank, so the rank indexes serve the filter too (no second pair of priority indexes to
    // keep on every ticket write).
    if (filter.priority) this.add(`${SORT_KEYS.priority.sql} = ?::int`, PRIORITY_RANKS[filter.priority]);
    if (filter.channel) this.add('t.channel = ?', filter.channel);
    if (filter.ticket_type_id) this.add('t.ticket_type_id = ?', filter.ticket_type_id);
    if (filter.customer_id) this.add('t.subscriber_id = ?', filter.customer_id);
    for (const [key, value] of Object.entries(filter.custom_fields ?? {})) {
      this.params.push(key);
      this.add(`t.custom_fields ->> $${this.params.length} = ?`, value);
    }
    // `tags @>` and `search_vector @@` are what the GIN indexes answer; with an open status, the partial
    // (status, tags) and (status, search_vector) ones.
    if (filter.tag) this.add('t.tags @> ARRAY[?]::text[]', filter.tag);
    const q = filter.q?.trim();
    if (q) this.add("t.search_vector @@ websearch_to_tsquery('simple', ?)", q);
    if (filter.sla === 'breached') this.conditions.push(`${SORT_KEYS.sla_due.sql} < now()`);
    if (filter.sla === 'at_risk') {
      this.conditions.push(`${SORT_KEYS.sla_due.sql} >= now()`, `${SORT_KEYS.sla_due.sql} < now() + interval '1 hour'`);
    }
    this.order = listOrderOf(filter);
  }

  private readonly order: ListOrder;

  /** In the list's order: `limit` rows after `offset`, or after the keyset position `after`. */
  page(options: { limit: number; offset: number; after?: ListPosition }): [string, unknown[]] {
    const params = [...this.params];
    const conditions = [...this.conditions];
    const key = this.order.sort === 'created_at' ? null : SORT_KEYS[this.order.sort];
    const direction = this.order.order === 'desc' ? 'DESC' : 'ASC';
    const comparison = this.order.order === 'desc' ? '<' : '>';
    if (options.after !== undefined) {
      params.push(options.after.ticketNumber);
      const number = `$${params.length}`;
      if (key) {
        params.push(options.after.key);
        conditions.push(`(${key.sql}, t.ticket_number) ${comparison} ($${params.length}::${key.type}, ${number})`);
      } else conditions.push(`t.ticket_number ${comparison} ${number}`);
    }
    params.push(options.offset, options.limit);
    const orderBy = key ? `${key.sql} ${direction}, t.ticket_number ${direction}` : `t.ticket_number ${direction}`;
    const sortKey = key ? `, (${key.sql})::text AS sort_key` : '';
    const sql =
      `SELECT ${LIST_COLUMNS}${sortKey} FROM ticket t JOIN subscriber s ON s.id = t.subscriber_id
         WHERE ${conditions.join(' AND ')} ` +
      `ORDER BY ${orderBy} OFFSET $${params.length - 1} LIMIT $${params.length}`;
    return [sql, params];
  }

  /** COUNT(*): nothing to de-duplicate, and the (project_id, status, …) btree indexes can answer it alone. */
  count(): [string, unknown[]] {
    return [`SELECT COUNT(*)::int AS total FROM ticket t WHERE ${this.conditions.join(' AND ')}`, [...this.params]];
  }

  private add(condition: string, value: unknown): void {
    this.params.push(value);
    this.conditions.push(condition.replace('?', `$${this.params.length}`));
  }
}

/** A ticket's columns and its customer's names, as `ticketFromListRow` reads them (lists and single loads). */
export const LIST_COLUMNS = [
  't.id',
  't.project_id',
  't.ticket_number',
  't.subject',
  't.status',
  't.priority',
  't.channel',
  't.chat_id',
  't.subscriber_id',
  't.ticket_type_id',
  't.ticket_type_name',
  't.assigned_to',
  't.tags',
  't.csat_rating',
  't.first_reply_at',
  't.closed_at',
  't.last_message_at',
  't.last_message_from',
  't.created_at',
  't.updated_at',
  't.custom_fields',
  's.first_name AS customer_first_name',
  's.username AS customer_username',
].join(', ');

export interface TicketListRow {
  id: string;
  project_id: string;
  ticket_number: number;
  subject: string | null;
  status: TicketStatus;
  priority: TicketPriority;
  channel: Channel;
  chat_id: string | null;
  subscriber_id: string;
  ticket_type_id: string | null;
  ticket_type_name: string | null;
  assigned_to: string | null;
  tags: string[];
  csat_rating: number | null;
  first_reply_at: Date | null;
  closed_at: Date | null;
  last_message_at: Date | null;
  last_message_from: LastMessageFrom | null;
  created_at: Date;
  updated_at: Date;
  custom_fields: Record<string, unknown>;
  customer_first_name: string | null;
  customer_username: string | null;
  /** The sort key as text, for the next cursor (absent when sorted by created_at). */
  sort_key?: string;
}

export function ticketFromListRow(row: TicketListRow): TicketView {
  return {
    id: row.id,
    projectId: row.project_id,
    ticketNumber: row.ticket_number,
    subject: row.subject,
    status: row.status,
    priority: row.priority,
    channel: row.channel,
    chatId: chatIdTransformer.from(row.chat_id),
    subscriberId: row.subscriber_id,
    subscriber: { firstName: row.customer_first_name, username: row.customer_username },
    ticketTypeId: row.ticket_type_id,
    ticketTypeName: row.ticket_type_name,
    assignedTo: row.assigned_to,
    tags: row.tags,
    csatRating: row.csat_rating,
    firstReplyAt: row.first_reply_at,
    closedAt: row.closed_at,
    lastMessageAt: row.last_message_at,
    lastMessageFrom: row.last_message_from,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    customFields: row.custom_fields ?? {},
  };
}

/** Where a page ending with this row ends, for its next cursor. */
export function positionOfRow(row: TicketListRow): ListPosition {
  return { key: row.sort_key ?? null, ticketNumber: row.ticket_number };
}
