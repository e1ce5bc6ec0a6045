import { Injectable } from '@nestjs/common';
import { type Sql } from '../common/database/sql.js';
import type { CsatSource } from './csat-rating.entity.js';

export interface NewCsatRating {
  projectId: string;
  ticketId: string;
  /** The closing being rated: one rating per closing. */
  closedAt: Date | string;
  rating: number;
  source: CsatSource;
}

/** The csat_rating rows: one customer rating per closing of a ticket. */
@Injectable()
export class CsatRatingStore {
  /** Stores the rating in the transaction of `sql`; false when this closing was already rated. */
  async insertOncePerClosing(sql: Sql, rating: NewCsatRating): Promise<boolean> {
    const inserted = await sql.query(
      `INSERT INTO csat_rating (project_id, ticket_id, closed_at, rating, source) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (ticket_id, closed_at) DO NOTHING RETURNING id`,
      [rating.projectId, rating.ticketId, rating.closedAt, rating.rating, rating.source],
    );
    return inserted.length > 0;
  }
}
