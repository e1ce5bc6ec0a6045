import { Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';

/** A NOTIFY to send once a write has committed: the channel and its payload. */
export type Wake = readonly [channel: string, payload: string];

/** The least time between two wake-up statements of one process. */
const MIN_INTERVAL_MS = 10;

const NOTIFY_ALL = `SELECT count(pg_notify(wake.channel, wake.payload)) AS woken
  FROM unnest($1::text[], $2::text[]) AS wake (channel, payload)`;

/**
 * Sends the wake-ups of committed counted writes (UnitOfWork.write) as NOTIFY after their COMMIT, in one
 * statement of its own: at once when none went out in the last 10 ms, else gathered until then, so a busy
 * process sends at most 100 of these statements a second however many writes it commits.
 *
 * Why not NOTIFY inside the write: PostgreSQL serialises the commits of all transactions that sent a
 * NOTIFY on one database-wide lock, held through each commit's WAL flush, so concurrent writes lose group
 * commit (pgbench of the Telegram transaction: 574–746 tps with the NOTIFY inside against 805–890 without;
 * docs/performance.md). A NOTIFY in a transaction that wrote nothing holds that lock only for an instant.
 *
 * A wake is only a hint: the outbox workers poll every 250 ms and the live-event hub every second, so a
 * wake lost with a crashing process delays the events it announced, and loses nothing. A failed send is
 * logged and dropped for the same reason.
 */
export class CommitWakes {
  private pending = new Map<string, Wake>();
  private scheduled = false;
  private sending = false;
  private lastSentAt = 0;

  private readonly logger = new Logger(CommitWakes.name);

  constructor(private readonly dataSource: DataSource) {}

  /** Queues the wakes of a write that has just committed. */
  add(wakes: readonly Wake[]): void {
    for (const wake of wakes) this.pending.set(`${wake[0]}\u0000${wake[1]}`, wake);
    this.schedule();
  }

  private schedule(): void {
    if (this.scheduled || this.sending || this.pending.size === 0) return;
    this.scheduled = true;
    const run = () => {
      this.scheduled = false;
      void this.send();
    };
    const wait = this.lastSentAt + MIN_INTERVAL_MS - Date.now();
    // Even at once: after the I/O callbacks of this turn, so the writes that committed in it go together.
    if (wait <= 0) setImmediate(run);
    else setTimeout(run, wait).unref();
  }

  private async send(): Promise<void> {
    const wakes = [...this.pending.values()];
    this.pending = new Map();
    this.sending = true;
    this.lastSentAt = Date.now();
    try {
      if (this.dataSource.isInitialized) {
        await this.dataSource.query(NOTIFY_ALL, [wakes.map((wake) => wake[0]), wakes.map((wake) => wake[1])]);
      }
    } catch (error) {
      this.logger.warn(`wake-up NOTIFY failed (pollers will pick the events up): ${(error as Error).message}`);
    } finally {
      this.sending = false;
      this.schedule();
    }
  }
}

const wakesByDataSource = new WeakMap<DataSource, CommitWakes>();

/** The data source's wake sender (one per data source, so one NOTIFY statement per turn). */
export function commitWakesOf(dataSource: DataSource): CommitWakes {
  let wakes = wakesByDataSource.get(dataSource);
  if (!wakes) {
    wakes = new CommitWakes(dataSource);
    wakesByDataSource.set(dataSource, wakes);
  }
  return wakes;
}
