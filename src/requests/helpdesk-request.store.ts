import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { MessengerChannel } from '../common/channels.js';
import { type Sql } from '../common/database/sql.js';
import { HelpdeskRequest } from './helpdesk-request.entity.js';

export interface NewHelpdeskRequestRow {
  id: string;
  projectId: string;
  requestedChannel: MessengerChannel | null;
  ticketTypeId: string | null;
}

/** The helpdesk_request rows: deep-link requests and how they were answered. */
@Injectable()
export class HelpdeskRequestStore {
  constructor(@InjectRepository(HelpdeskRequest) private readonly requests: Repository<HelpdeskRequest>) {}

  /** A pending request that expires `ttlSeconds` from now by the database clock. */
  async insertPending(row: NewHelpdeskRequestRow, ttlSeconds: number): Promise<void> {
    await this.requests.insert({
      ...row,
      status: 'pending',
      // The database clock decides expiry everywhere, so several servers agree.
      expiresAt: () => `now() + interval '${ttlSeconds} seconds'`,
    } as never);
  }

  findInProject(projectId: string, requestId: string): Promise<HelpdeskRequest | null> {
    return this.requests.findOneBy({ id: requestId, projectId });
  }

  findById(requestId: string): Promise<HelpdeskRequest | null> {
    return this.requests.findOneBy({ id: requestId });
  }

  /**
   * Marks a pending, unexpired request accepted; false when it was no longer pending: a conditional
   * UPDATE, so two taps cannot both win.
   */
  async accept(
    sql: Sql,
    requestId: string,
    subscriberId: string,
    channel: MessengerChannel,
    chatId: string,
  ): Promise<boolean> {
    const rows = await sql.query(
      `UPDATE helpdesk_request
          SET status = 'accepted', subscriber_id = $2, channel = $3, chat_id = $4, resolved_at = now()
        WHERE id = $1 AND status = 'pending' AND expires_at > now()
        RETURNING id`,
      [requestId, subscriberId, channel, chatId],
    );
    return rows.length > 0;
  }

  /** Marks a pending, unexpired request cancelled; false when it was no longer pending. */
  async cancel(requestId: string, channel: MessengerChannel, chatId: string): Promise<boolean> {
    const result = await this.requests
      .createQueryBuilder()
      .update(HelpdeskRequest)
      .set({ status: 'cancelled', channel, chatId, resolvedAt: () => 'now()' })
      .where(`id = :requestId AND status = 'pending' AND expires_at > now()`, { requestId })
      .execute();
    return (result.affected ?? 0) > 0;
  }
}
