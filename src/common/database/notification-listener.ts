import pg from 'pg';
import type { DataSource } from 'typeorm';

const RECONNECT_MS = 1_000;

/**
 * A dedicated connection that LISTENs on one channel and reconnects (after a second) when it drops; the
 * outbox workers' wake-ups (OutboxWakeup) and the live event streams (EventStreamHub) both hear commits
 * through one. NOTIFY is delivered only on commit; the listeners keep polling as the safety net, so a
 * notification lost while reconnecting only delays. `onListening` runs after each (re)connection: what was
 * notified while the connection was down must be looked for.
 */
export class NotificationListener {
  private client: pg.Client | null = null;
  private reconnectTimer: NodeJS.Timeout | null = null;
  private stopped = true;

  constructor(
    private readonly channel: string,
    /** Read when connecting: the embedded database's address is known only once it has started. */
    private readonly database: { readonly url: string },
    private readonly onNotification: (payload: string | undefined) => void,
    private readonly options: { dataSource?: DataSource; onListening?: () => void } = {},
  ) {}

  start(): void {
    this.stopped = false;
    this.connect();
    this.hearNotificationsOnPool();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    const client = this.client;
    this.client = null;
    if (client) await quietEnd(client);
  }

  private connect(): void {
    if (this.stopped) return;
    const client = new pg.Client({ connectionString: this.database.url });
    this.client = client;
    const retry = () => {
      if (this.client !== client) return;
      this.client = null;
      void quietEnd(client);
      if (!this.stopped) this.reconnectTimer = setTimeout(() => this.connect(), RECONNECT_MS).unref();
    };
    client.on('notification', (message) => {
      if (message.channel === this.channel) this.onNotification(message.payload);
    });
    client.on('error', retry);
    client.on('end', retry);
    client
      .connect()
      .then(() => client.query(`LISTEN ${this.channel}`))
      .then(() => this.options.onListening?.())
      .catch(retry);
  }

  /**
   * Embedded PGlite is one session: a NOTIFY is delivered to the connection that committed it, not to the
   * LISTEN connection. Listening on the pool's connections too makes this process's own commits heard at
   * once there; on a real PostgreSQL pool connections never LISTEN, so this hears nothing extra.
   */
  private hearNotificationsOnPool(): void {
    const driver = this.options.dataSource?.driver as { master?: pg.Pool & { _clients?: pg.PoolClient[] } } | undefined;
    const pool = driver?.master;
    if (!pool) return;
    const hear = (client: pg.PoolClient) =>
      client.on('notification', (message) => {
        if (message.channel === this.channel) this.onNotification(message.payload);
      });
    for (const client of pool._clients ?? []) hear(client);
    pool.on('connect', hear);
  }
}

/** Ends a client whose errors no longer matter (a late error must not be unhandled). */
async function quietEnd(client: pg.Client): Promise<void> {
  client.removeAllListeners();
  client.on('error', () => undefined);
  await client.end().catch(() => undefined);
}
