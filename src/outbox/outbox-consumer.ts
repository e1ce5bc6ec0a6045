import { Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { ClaimedOutboxEvent } from './outbox-claim.js';
import type { OutboxTopic } from './outbox-event.entity.js';
import { OutboxStore } from './outbox.store.js';
import { OutboxWakeup } from './outbox-wakeup.js';

/** What a feature plugs into the outbox consumer: how to deliver one claimed row of its topic. */
export interface OutboxHandler {
  readonly topic: OutboxTopic;
  /** How long a claimed row stays invisible to other processes: longer than any delivery can take. */
  readonly leaseMs: number;
  /** Rows delivered at once by this process; a slow target holds one slot, not the others. */
  readonly concurrency: number;
  /**
   * Delivers one claimed row and records its outcome (done, retry with backoff, failed), fenced on the lease.
   * `batch` is the claim it came in (to load what rows share, once). Aborted on shutdown: give the row back.
   * A throw is logged; the lease then runs out and the row is delivered again (at-least-once).
   */
  deliver(event: ClaimedOutboxEvent, batch: OutboxBatch, signal: AbortSignal): Promise<void>;
  /** Redacts secrets (a bot token in a URL) from error messages before they are logged. */
  redact?(message: string): string;
}

/** The rows claimed together, with a per-batch cache for what they share (the projects' webhooks, …). */
export class OutboxBatch {
  private readonly cache = new Map<string, Promise<unknown>>();
  constructor(readonly events: ClaimedOutboxEvent[]) {}

  /** Computes `load` once per batch and key; every row of the batch awaits the same promise. */
  shared<T>(key: string, load: () => Promise<T>): Promise<T> {
    if (!this.cache.has(key)) this.cache.set(key, load());
    return this.cache.get(key) as Promise<T>;
  }
}

// NOTIFY wakes the consumer at once; polling covers a lost LISTEN connection, retries coming due and rows
// another process released.
const POLL_INTERVAL_MS = 250;
// After a wake, wait this long before claiming: under load every commit and every finished delivery wakes
// the loop, and one claim for what gathered meanwhile costs the database about what one claim per wake did.
const CLAIM_GATHER_MS = 5;
const CLAIM_FAILURE_PAUSE_MS = 1_000;
// On shutdown, in-flight deliveries get this long to finish; the rest are aborted and released.
const SHUTDOWN_GRACE_MS = 2_000;

/**
 * The one outbox consumer: claims due rows of a topic (lease, per-aggregate order: `OutboxStore.claim`), keeps
 * up to `concurrency` deliveries in flight, claims more as slots free up, and sleeps until a NOTIFY of its
 * topic or the poll interval. Webhooks, Telegram and Max each run one; safe in several processes at once.
 */
export class OutboxConsumer {
  private readonly logger: Logger;
  private readonly claimBatchMin: number;
  private readonly inFlight = new Map<string, { abort: AbortController; done: Promise<void> }>();
  private readonly wakeup: OutboxWakeup;
  private readonly store: OutboxStore;
  private running = false;
  private loopDone: Promise<void> = Promise.resolve();

  constructor(
    private readonly handler: OutboxHandler,
    dataSource: DataSource,
    database: { readonly url: string },
  ) {
    this.logger = new Logger(`Outbox:${handler.topic}`);
    this.claimBatchMin = Math.max(1, Math.floor(handler.concurrency / 4));
    this.store = new OutboxStore(dataSource);
    this.wakeup = new OutboxWakeup(handler.topic, database, dataSource);
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.wakeup.start();
    this.loopDone = this.loop();
  }

  /** Wakes the loop now (a finished row may unblock the next row of its aggregate). */
  wake(): void {
    this.wakeup.wake();
  }

  /**
   * Delivers everything due now (optionally of one project) and waits for every outcome: for tests and
   * scripts that run with WORKERS_ENABLED=false. Returns the number of rows handled.
   */
  async runOnce(projectId?: string): Promise<number> {
    let handled = 0;
    for (;;) {
      const claimed = await this.claim(this.handler.concurrency, projectId);
      if (claimed.length === 0) return handled;
      handled += claimed.length;
      const batch = new OutboxBatch(claimed);
      await Promise.all(claimed.map((event) => this.deliver(event, batch, new AbortController().signal)));
    }
  }

  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    await this.wakeup.stop();
    await this.loopDone;
    const deadline = Date.now() + SHUTDOWN_GRACE_MS;
    while (this.inFlight.size > 0 && Date.now() < deadline)
      await Promise.race([...[...this.inFlight.values()].map((entry) => entry.done), sleep(20)]);
    for (const { abort } of this.inFlight.values()) abort.abort();
    await Promise.all([...this.inFlight.values()].map((entry) => entry.done));
  }

  private claim(limit: number, projectId?: string): Promise<ClaimedOutboxEvent[]> {
    return this.store.claim({
      topic: this.handler.topic,
      limit,
      leaseMs: this.handler.leaseMs,
      projectId,
    });
  }

  private async loop(): Promise<void> {
    const concurrency = this.handler.concurrency;
    while (this.running) {
      const free = concurrency - this.inFlight.size;
      let claimedAll = false;
      // A claim costs about the same for 1 row as for 64: under load, claim once a quarter of the slots is free.
      if (free > 0 && (free >= this.claimBatchMin || this.inFlight.size === 0)) {
        try {
          const claimed = await this.claim(free);
          if (claimed.length > 0) this.launch(claimed);
          claimedAll = claimed.length > 0 && claimed.length === free;
        } catch (error) {
          this.logger.error({ msg: 'claiming outbox events failed', error: this.redact(error) });
          await this.wakeup.sleep(CLAIM_FAILURE_PAUSE_MS);
          continue;
        }
      }
      // A full batch means more may be waiting (and slots free as deliveries end): go round again at once.
      if (!claimedAll || concurrency - this.inFlight.size < this.claimBatchMin) {
        await this.wakeup.sleep(POLL_INTERVAL_MS);
        await sleep(CLAIM_GATHER_MS);
        // The claim that follows sees every row committed before this point; only later wakes count.
        this.wakeup.clearPending();
      }
    }
  }

  private launch(claimed: ClaimedOutboxEvent[]): void {
    const batch = new OutboxBatch(claimed);
    for (const event of claimed) {
      const abort = new AbortController();
      const done = this.deliver(event, batch, abort.signal).finally(() => {
        this.inFlight.delete(event.id);
        this.wakeup.wake();
      });
      this.inFlight.set(event.id, { abort, done });
    }
  }

  private async deliver(event: ClaimedOutboxEvent, batch: OutboxBatch, signal: AbortSignal): Promise<void> {
    try {
      await this.handler.deliver(event, batch, signal);
    } catch (error) {
      // A database failure mid-delivery: the lease runs out and the row is delivered again.
      this.logger.error({
        msg: 'outbox delivery crashed',
        outbox_id: event.id,
        event_type: event.eventType,
        error: this.redact(error),
      });
    }
  }

  private redact(error: unknown): string {
    const message = (error as Error)?.message ?? String(error);
    return this.handler.redact ? this.handler.redact(message) : message;
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
