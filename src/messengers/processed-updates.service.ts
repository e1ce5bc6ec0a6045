import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { joinFirstCountedWrite } from '../common/database/counted-write.js';
import { runStatementBatch, type Statement } from '../common/database/statement-batch.js';

// A claim not completed within this time belongs to a process that died: the update may be retaken.
const ABANDONED_CLAIM_SECONDS = 300;
const CLAIM = `INSERT INTO messenger_processed_update (bot_key, update_id) VALUES ($1, $2)
  ON CONFLICT (bot_key, update_id) DO UPDATE SET claimed_at = now()
    WHERE messenger_processed_update.completed_at IS NULL
      AND messenger_processed_update.claimed_at < now() - interval '${ABANDONED_CLAIM_SECONDS} seconds'
  RETURNING update_id`;
const COMPLETE = `UPDATE messenger_processed_update SET completed_at = now() WHERE bot_key = $1 AND update_id = $2`;

/**
 * Exactly-once processing of messenger updates across retries and server processes: an update is
 * claimed with an insert-or-ignore before its effects run, completed after them, and released when
 * they fail so the messenger's redelivery runs it again.
 */
@Injectable()
export class ProcessedUpdatesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Runs `handle` for an update unless it is a duplicate (false then). The claim (an insert-or-ignore: true
   * when this caller now owns the update) goes in one round trip with `opening`, the statements the
   * handling starts with (the chat and its open tickets): `handle` gets their rows. They are reads, or
   * writes that repeat harmlessly, so a duplicate's copy of them does no harm. Completed by the first
   * ticket write of the update, in that write's commit (the stored message and the mark commit together),
   * or after `handle` when it wrote no ticket; released when `handle` fails before any write committed,
   * so the messenger's redelivery runs it again. A failure after that write (a bot reply that could not be
   * sent) is not retried: the customer's message is in the ticket.
   */
  async handleOnce(
    botKey: string,
    updateId: string,
    handle: (opened: Array<Array<Record<string, unknown>>>) => Promise<void>,
    opening: Statement[],
  ): Promise<boolean> {
    const [claimed, ...opened] = await runStatementBatch(this.dataSource, [[CLAIM, [botKey, updateId]], ...opening]);
    if (claimed.length === 0) return false;
    const completion: [string, string[]] = [COMPLETE, [botKey, updateId]];
    let committed: boolean;
    try {
      ({ committed } = await joinFirstCountedWrite(...completion, () => handle(opened)));
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
