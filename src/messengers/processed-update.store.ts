import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { runStatementBatch, type Statement } from '../common/database/statement-batch.js';

type Rows = Array<Record<string, unknown>>;

// A claim not completed within this time belongs to a process that died: the update may be retaken.
const ABANDONED_CLAIM_SECONDS = 300;
const CLAIM = `INSERT INTO messenger_processed_update (bot_key, update_id) VALUES ($1, $2)
  ON CONFLICT (bot_key, update_id) DO UPDATE SET claimed_at = now()
    WHERE messenger_processed_update.completed_at IS NULL
      AND messenger_processed_update.claimed_at < now() - interval '${ABANDONED_CLAIM_SECONDS} seconds'
  RETURNING update_id`;
const COMPLETE = `UPDATE messenger_processed_update SET completed_at = now() WHERE bot_key = $1 AND update_id = $2`;

/** The messenger updates claimed and completed (messenger_processed_update). */
@Injectable()
export class ProcessedUpdateStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Claims an update (an insert-or-ignore: `claimed` when this caller now owns it) and runs `opening` in the
   * same round trip; `opened` are their rows, in order.
   */
  async claimWith(
    botKey: string,
    updateId: string,
    opening: Statement[],
  ): Promise<{ claimed: boolean; opened: Rows[] }> {
    const [claimed, ...opened] = await runStatementBatch(this.dataSource, [[CLAIM, [botKey, updateId]], ...opening]);
    return { claimed: claimed.length > 0, opened };
  }

  /** The statement that marks a claimed update completed (to ride on a counted write, or run by `complete`). */
  completion(botKey: string, updateId: string): [string, string[]] {
    return [COMPLETE, [botKey, updateId]];
  }

  async complete(botKey: string, updateId: string): Promise<void> {
    await this.dataSource.query(...this.completion(botKey, updateId));
  }

  /** Gives up an uncompleted claim. */
  async release(botKey: string, updateId: string): Promise<void> {
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
