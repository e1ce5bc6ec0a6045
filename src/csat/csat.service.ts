import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthenticatedProject } from '../common/auth/authenticated-project.js';
import { sqlOfManager } from '../common/database/sql.js';
import type { TicketResponse } from '../tickets/dto/ticket-response.dto.js';
import { TicketsService } from '../tickets/tickets.service.js';
import type { CsatSource } from './csat-rating.entity.js';
import { CsatRatingStore } from './csat-rating.store.js';
import { CsatAlreadyRated, CsatNotVirtual, CsatTicketNotClosed, InvalidCsatRating } from './csat.errors.js';
import { CSAT_MAX, CSAT_MIN } from './dto/csat.dto.js';

@Injectable()
export class CsatService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tickets: TicketsService,
    private readonly ratings: CsatRatingStore,
  ) {}

  /**
   * Records a customer's 1–5 rating of a closed ticket: stored in csat_rating, fires ticket.csat_received.
   * One rating per closing (a second → 409; after reopening and closing again a new one is accepted).
   * `source` is where the customer rated: `api` (virtual-channel tickets only) or the messenger's survey.
   */
  async recordCsatRating(
    project: AuthenticatedProject,
    ticketId: string,
    rating: number,
    source: CsatSource,
  ): Promise<TicketResponse> {
    if (!Number.isInteger(rating) || rating < CSAT_MIN || rating > CSAT_MAX)
      throw new InvalidCsatRating(CSAT_MIN, CSAT_MAX);
    return this.dataSource.transaction(async (manager) => {
      const sql = sqlOfManager(manager);
      const ticket = await this.tickets.lockForUpdate(project, sql, ticketId);
      if (source === 'api' && ticket.channel !== 'virtual') throw new CsatNotVirtual();
      if (ticket.status !== 'closed' || ticket.closed_at === null) throw new CsatTicketNotClosed();
      const stored = await this.ratings.insertOncePerClosing(sql, {
        projectId: project.id,
        ticketId: ticket.id,
        closedAt: ticket.closed_at,
        rating,
        source,
      });
      if (!stored) throw new CsatAlreadyRated();
      return this.tickets.setCsatRating(project, sql, ticket.id, rating);
    });
  }
}
