import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { STREAM_HORIZON_SQL } from '../outbox/stream-positions.js';

/** How many events one read of a project's stream returns at most. */
export const EVENT_PAGE_SIZE = 500;

export interface StreamEventRow {
  stream_position: string;
  event_type: string;
  payload: unknown;
  /** The horizon read with the page: only positions below it are final (see stream-positions.ts). */
  horizon: string;
}

/** The reads of GET /v1/events: stream positions and events from the outbox, live member sessions. */
@Injectable()
export class EventStreamStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The stream horizon now: every position below it is final. */
  async horizon(): Promise<bigint> {
    const rows: Array<{ horizon: string }> = await this.dataSource.query(`SELECT ${STREAM_HORIZON_SQL} AS horizon`);
    return BigInt(rows[0].horizon);
  }

  /** The project's events after `from`, by position, one page (EVENT_PAGE_SIZE) at most. */
  eventsAfter(projectId: string, from: bigint): Promise<StreamEventRow[]> {
    return this.dataSource.query(
      `SELECT stream_position, event_type, payload, ${STREAM_HORIZON_SQL} AS horizon FROM outbox_event
             WHERE project_id = $1 AND stream_position > $2 AND topic = 'webhook'
             ORDER BY stream_position LIMIT ${EVENT_PAGE_SIZE}`,
      [projectId, from.toString()],
    );
  }

  /** The newest stream position of each project (null when it has no event): one index probe each. */
  lastPositions(projectIds: string[]): Promise<Array<{ project_id: string; last_position: string | null }>> {
    return this.dataSource.query(
      `SELECT project.id AS project_id,
              (SELECT max(stream_position) FROM outbox_event
                WHERE project_id = project.id AND stream_position IS NOT NULL) AS last_position
         FROM unnest($1::uuid[]) AS project (id)`,
      [projectIds],
    );
  }

  /** Of these member sessions, the ids of those neither signed out, removed nor expired. */
  async liveSessionIds(sessionIds: string[]): Promise<Set<string>> {
    const alive: Array<{ id: string }> = await this.dataSource.query(
      'SELECT id FROM member_session WHERE id = ANY($1::uuid[]) AND expires_at > now()',
      [sessionIds],
    );
    return new Set(alive.map((row) => row.id));
  }
}
