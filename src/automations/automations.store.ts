import { Injectable } from '@nestjs/common';
import { type Sql } from '../common/database/sql.js';
import type { LocalizedText } from '../settings/helpdesk-settings.entity.js';

// Any constants; the same in every process, so only one process runs each check at a time.
export const AUTO_CLOSE_LOCK_KEY = 728_310_031;
export const OUT_OF_HOURS_LOCK_KEY = 728_310_032;

/** The project of a candidate ticket, as AuthenticatedProject needs it. */
interface CandidateProject {
  ticket_id: string;
  project_id: string;
  slug: string;
  name: string;
}

export interface QuietWaitingTicket extends CandidateProject {
  days: number;
  last_message_at: Date | null;
}

export interface OutOfHoursTicket extends CandidateProject {
  reply: LocalizedText;
}

// A customer message older than this when the check first sees it gets no auto-reply: turning the setting
// on must not answer yesterday's night.
const OUT_OF_HOURS_LOOKBACK = "interval '1 day'";

/** The reads of the automation checks and the out-of-hours reply markers. */
@Injectable()
export class AutomationsStore {
  /** Takes a check's transaction-scoped advisory lock; false when another process holds it. */
  async tryLock(sql: Sql, key: number): Promise<boolean> {
    const [{ locked }] = await sql.query<{ locked: boolean }>('SELECT pg_try_advisory_xact_lock($1) AS locked', [key]);
    return locked;
  }

  /**
   * Waiting tickets of projects with auto_close_waiting_days with no customer message for that many days
   * before `now`: the customer's last message (or the ticket's last message of any author, or its creation,
   * whichever says so first) is older than that. A customer's new message reopens a waiting ticket, so a
   * waiting ticket's customer has been quiet since it was put there.
   */
  listQuietWaiting(sql: Sql, now: Date, limit: number): Promise<QuietWaitingTicket[]> {
    return sql.query<QuietWaitingTicket>(
      `SELECT t.id AS ticket_id, p.id AS project_id, p.slug, p.name, s.auto_close_waiting_days AS days,
              t.last_message_at
         FROM helpdesk_settings s
         JOIN project p ON p.id = s.project_id
         JOIN ticket t ON t.project_id = s.project_id AND t.status = 'waiting'
         LEFT JOIN LATERAL (
              SELECT max(m.created_at) AS at FROM ticket_message m
               WHERE m.ticket_id = t.id AND m.author = 'customer') customer ON true
        WHERE s.auto_close_waiting_days IS NOT NULL
          AND least(coalesce(t.last_message_at, t.created_at), coalesce(customer.at, t.created_at))
              < $1::timestamptz - s.auto_close_waiting_days * interval '1 day'
        ORDER BY t.last_message_at NULLS FIRST, t.id
        LIMIT $2`,
      [now, limit],
    );
  }

  /**
   * Open tickets whose last message is a customer's, written within the last day outside the project's
   * business hours (helpdesk_business_add of 0 s moves a time outside hours to the next opening), that have
   * not had the out-of-hours reply yet.
   */
  listOutOfHours(sql: Sql, now: Date, limit: number): Promise<OutOfHoursTicket[]> {
    return sql.query<OutOfHoursTicket>(
      `SELECT t.id AS ticket_id, p.id AS project_id, p.slug, p.name, s.out_of_hours_reply AS reply
         FROM helpdesk_settings s
         JOIN project p ON p.id = s.project_id
         JOIN ticket t ON t.project_id = s.project_id
         LEFT JOIN ticket_out_of_hours_reply sent ON sent.ticket_id = t.id
        WHERE s.out_of_hours_reply IS NOT NULL AND s.business_hours IS NOT NULL
          AND t.status <> 'closed' AND t.last_message_from = 'customer'
          AND t.last_message_at > $1::timestamptz - ${OUT_OF_HOURS_LOOKBACK}
          AND sent.ticket_id IS NULL
          AND helpdesk_business_add(t.last_message_at, 0, s.business_hours) IS DISTINCT FROM t.last_message_at
        ORDER BY t.last_message_at
        LIMIT $2`,
      [now, limit],
    );
  }
}
