import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../common/database/unit-of-work.js';
import type { Statement } from '../common/database/statement-batch.js';
import { ProcessedUpdateStore } from './processed-update.store.js';

/**
 * Exactly-once processing of messenger updates across retries and server processes: an update is
 * claimed with an insert-or-ignore before its effects run, completed after them, and released when
 * they fail so the messenger's redelivery runs it again.
 */
@Injectable()
export class ProcessedUpdatesService {
  constructor(
    private readonly store: ProcessedUpdateStore,
    private readonly unitOfWork: UnitOfWork,
  ) {}

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
    const { claimed, opened } = await this.store.claimWith(botKey, updateId, opening);
    if (!claimed) return false;
    let committed: boolean;
    try {
      ({ committed } = await this.unitOfWork.joinFirstWrite(...this.store.completion(botKey, updateId), () =>
        handle(opened),
      ));
    } catch (error) {
      await this.store.release(botKey, updateId);
      throw error;
    }
    if (!committed) await this.store.complete(botKey, updateId);
    return true;
  }

  /** Old ids can go: messengers stop redelivering an update after a day at most. */
  prune(): Promise<void> {
    return this.store.prune();
  }
}
