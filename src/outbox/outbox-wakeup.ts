import pg from 'pg';
import type { DataSource } from 'typeorm';
import type { OutboxTopic } from './outbox-event.entity.js';
import { OUTBOX_NOTIFY_CHANNEL } from './outbox-events.js';
import { listenForOutboxWakes } from './outbox.store.js';

const LISTEN_RECONNECT_MS = 1_000;

/**
 * Lets an outbox worker sleep between polls and wake the moment a row of its topic commits: a dedicated
 * connection LISTENs for the NOTIFY that OutboxService sends (delivered only on commit), reconnecting
 * when it drops. Polling stays the safety net, so a lost notification only delays, never loses.
 */
export class OutboxWakeup {
  private wakeUp: (() => void) | null = null;
  private wakeRequested = false;
  private stopped = false;
  private listener: pg.Client | null = null;
  private reconnectTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly topic: OutboxTopic,
    /** Read when connecting: the embedded database's address is known only once it has started. */
    private readonly database: { readonly url: string },
    private readonly dataSource?: DataSource,
  ) {}

  start(): void {
    this.stopped = false;
    this.listen();
    this.hearNotificationsOnPool();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.wake();
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    const listener = this.listener;
    this.listener = null;
    if (listener) {
      listener.removeAllListeners();
      listener.on('error', () => undefined);
      await listener.end().catch(() => undefined);
    }
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

  private listen(): void {
    if (this.stopped) return;
    const client = new pg.Client({ connectionString: this.database.url });
    this.listener = client;
    const retry = () => {
      if (this.listener !== client) return;
      this.listener = null;
      client.removeAllListeners();
      client.on('error', () => undefined);
      void client.end().catch(() => undefined);
      if (!this.stopped) this.reconnectTimer = setTimeout(() => this.listen(), LISTEN_RECONNECT_MS);
    };
    client.on('notification', (message) => {
      if (message.payload === this.topic) this.wake();
    });
    client.on('error', retry);
    client.on('end', retry);
    client
      .connect()
      .then(() => listenForOutboxWakes(client))
      .then(() => this.wake())
      .catch(retry);
  }

  /**
   * Embedded PGlite is one session: a NOTIFY is delivered to the connection that committed it, not to the
   * LISTEN connection. Listening on the pool's connections too makes this process's own commits wake it
   * at once there; on a real PostgreSQL pool connections never LISTEN, so this hears nothing extra.
   */
  private hearNotificationsOnPool(): void {
    const pool = (
      this.dataSource?.driver as unknown as { master?: pg.Pool & { _clients?: pg.PoolClient[] } } | undefined
    )?.master;
    if (!pool) return;
    const hear = (client: pg.PoolClient) =>
      client.on('notification', (message) => {
        if (message.channel === OUTBOX_NOTIFY_CHANNEL && message.payload === this.topic) this.wake();
      });
    for (const client of pool._clients ?? []) hear(client);
    pool.on('connect', hear);
  }
}
