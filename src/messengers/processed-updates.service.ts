import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../common/database/unit-of-work.js';
import type { Statement } from '../common/database/statement-batch.js';

/** Statements sent with an update's claim, and how their rows (a list per statement) become a typed value. */
export interface OpeningReads<Opened> {
  statements: Statement[];
  read(rows: Array<Array<Record<string, unknown>>>): Opened;
}
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
   * The "claim" stage: runs `handle` for an update unless it is a duplicate (false then). The claim (an
   * insert-or-ignore: true when this caller now owns the update) goes in one round trip with `opening`'s
   * statements, those the handling starts with (the chat and its open tickets): `handle` gets them read.
   * They are reads, or writes that repeat harmlessly, so a duplicate's copy of them does no harm. Completed
   * by the first ticket write of the update, in that write's commit (the stored message and the mark commit
   * together),
   * or after `handle` when it wrote no ticket; released when `handle` fails before any write committed,
   * so the messenger's redelivery runs it again. A failure after that write (a bot reply that could not be
   * sent) is not retried: the customer's message is in the ticket.
   */
  async handleOnce<Opened>(
    botKey: string,
    updateId: string,
    opening: OpeningReads<Opened>,
    handle: (opened: Opened) => Promise<void>,
  ): Promise<boolean> {
    const { claimed, opened: rows } = await this.store.claimWith(botKey, updateId, opening.statements);
    if (!claimed) return false;
    const opened = opening.read(rows);
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
