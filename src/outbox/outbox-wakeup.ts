import type { DataSource } from 'typeorm';
import { NotificationListener } from '../common/database/notification-listener.js';
import type { OutboxTopic } from './outbox-event.entity.js';
import { OUTBOX_NOTIFY_CHANNEL } from './outbox-events.js';

/**
 * Lets an outbox worker sleep between polls and wake the moment a row of its topic commits: a dedicated
 * connection LISTENs for the NOTIFY that OutboxService sends (delivered only on commit), reconnecting
 * when it drops. Polling stays the safety net, so a lost notification only delays, never loses.
 */
export class OutboxWakeup {
  private wakeUp: (() => void) | null = null;
  private wakeRequested = false;
  private stopped = false;
  private readonly listener: NotificationListener;

  constructor(
    private readonly topic: OutboxTopic,
    /** Read when connecting: the embedded database's address is known only once it has started. */
    database: { readonly url: string },
    dataSource?: DataSource,
  ) {
    // A (re)connected listener wakes the worker: rows may have committed while it was not listening.
    this.listener = new NotificationListener(
      OUTBOX_NOTIFY_CHANNEL,
      database,
      (payload) => {
        if (payload === this.topic) this.wake();
      },
      { dataSource, onListening: () => this.wake() },
    );
  }

  start(): void {
    this.stopped = false;
    this.listener.start();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.wake();
    await this.listener.stop();
  }

  /** Resolves after `ms`, or earlier when woken (a wake that came while awake is not lost). */
  sleep(ms: number): Promise<void> {
    if (this.wakeRequested || this.stopped) {
      this.wakeRequested = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wakeUp = null;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wakeUp = done;
    });
  }

  /** Forgets a wake that came in already: the caller is about to look at everything committed so far. */
  clearPending(): void {
    this.wakeRequested = false;
  }

  wake(): void {
    if (this.wakeUp) this.wakeUp();
    else this.wakeRequested = true;
  }
}
