import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { joinFirstCountedWrite } from '../common/database/counted-write.js';

const COMPLETE = `UPDATE messenger_processed_update SET completed_at = now() WHERE bot_key = $1 AND update_id = $2`;
// A claim not completed within this time belongs to a process that died: the update may be retaken.
const ABANDONED_CLAIM_SECONDS = 300;

/**
 * Exactly-once processing of messenger updates across retries and server processes: an update is
 * claimed with an insert-or-ignore before its effects run, completed after them, and released when
 * they fail so the messenger's redelivery runs it again.
 */
@Injectable()
export class ProcessedUpdatesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** True when this caller now owns the update; false for a duplicate (done or in progress elsewhere). */
  private async claim(botKey: string, updateId: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `INSERT INTO messenger_processed_update (bot_key, update_id) VALUES ($1, $2)
       ON CONFLICT (bot_key, update_id) DO UPDATE SET claimed_at = now()
         WHERE messenger_processed_update.completed_at IS NULL
           AND messenger_processed_update.claimed_at < now() - interval '${ABANDONED_CLAIM_SECONDS} seconds'
       RETURNING update_id`,
      [botKey, updateId],
    );
    return rows.length > 0;
  }

  /**
   * Runs `handle` for an update unless it is a duplicate (false then). Completed by the first ticket write
   * of the update, in that write's commit (the stored message and the mark commit together), or after
   * `handle` when it wrote no ticket; released when `handle` fails before any write committed, so the
   * messenger's redelivery runs it again. A failure after that write (a bot reply that could not be sent)
   * is not retried: the customer's message is in the ticket.
   */
  async handleOnce(botKey: string, updateId: string, handle: () => Promise<void>): Promise<boolean> {
    if (!(await this.claim(botKey, updateId))) return false;
    const completion: [string, string[]] = [COMPLETE, [botKey, updateId]];
    let committed: boolean;
    try {
      ({ committed } = await joinFirstCountedWrite(...completion, handle));
    } catch (error) {
      await this.release(botKey, updateId);
      throw error;
    }
    if (!committed) await this.dataSource.query(...completion);
    return true;
  }

  private async release(botKey: string, updateId: string): Promise<void> {
    await this.dataSource.query(
      `DELETE FROM messenger_processed_update WHERE bot_key = $1 AND update_id = $2 AND completed_at IS NULL`,
      [botKey, updateId],
    );
  }

  /** Old ids can go: messengers stop redelivering an update after a day at most. */
  async prune(): Promise<void> {
    await this.dataSource.query(`DELETE FROM messenger_processed_update WHERE claimed_at < now() - interval '7 days'`);
  }
}
