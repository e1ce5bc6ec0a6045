import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export interface OutboxBacklogRow {
  topic: string;
  pending: number;
  overdue_seconds: number | null;
}

/** What /metrics reads from the outbox on each scrape. */
@Injectable()
export class OutboxBacklogStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Per topic: the pending rows (counted up to `cap`) and how long the longest-due one has been due.
   * The statement uses the partial pending indexes only.
   */
  backlog(topics: readonly string[], cap: number): Promise<OutboxBacklogRow[]> {
    return this.dataSource.query(
      `SELECT t.topic,
                  (SELECT count(*)::int FROM (SELECT 1 FROM outbox_event o WHERE o.status = 'pending'
                    AND o.topic = t.topic LIMIT $2) capped) AS pending,
                  (SELECT extract(epoch FROM now() - min(o.next_attempt_at))::float FROM outbox_event o
                    WHERE o.status = 'pending' AND o.topic = t.topic AND o.next_attempt_at <= now()) AS overdue_seconds
             FROM unnest($1::text[]) AS t(topic)`,
      [[...topics], cap],
    );
  }
}
