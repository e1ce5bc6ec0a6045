import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { btree_gin } from '@electric-sql/pglite/contrib/btree_gin';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

/**
 * PostgreSQL compiled to WASM (PGlite), persisted in `dataDir`, served on a loopback port so the ordinary
 * `pg` driver and TypeORM use it unchanged. PGlite is one session: the socket server queues a second
 * connection while another holds a transaction, so code inside a transaction must use its EntityManager.
 */
export async function startEmbeddedPostgres(dataDir: string): Promise<EmbeddedPostgres> {
  const directory = resolve(dataDir);
  mkdirSync(directory, { recursive: true });
  const releaseLock = lockDataDir(directory);
  // btree_gin: the migrations create it for the open-ticket (status, tags) GIN indexes.
  const db = await PGlite.create(directory, { extensions: { btree_gin } });
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 100 });
  keepExtendedQueriesTogether(server, db);
  await server.start();
  const address = server.getServerConn();
  return {
    url: `postgres://postgres@${address}/postgres`,
    async stop() {
      await server.stop();
      await db.close();
      releaseLock();
    },
  };
}

interface QueuedMessage {
  handlerId: number;
  message: Uint8Array;
  resolve(bytes: number): void;
  reject(error: unknown): void;
  onData(data: Uint8Array): void;
}

interface QueryQueueInternals {
  queue: QueuedMessage[];
  processing: boolean;
  lastHandlerId: number | null;
  processQueue(): Promise<void>;
  clearQueueForHandler(handlerId: number): void;
}

// Extended-protocol messages that leave a query half-way (Parse, Bind, Describe, Execute, Close, Flush):
// until that connection's Sync, the session's unnamed statement and portal belong to it.
const MID_QUERY_MESSAGES = new Set(['P', 'B', 'D', 'E', 'C', 'H'].map((letter) => letter.charCodeAt(0)));

/**
 * pglite-socket 0.2.17 queues protocol messages one by one and only keeps a connection's messages together
 * inside a transaction. Two connections running parameterised queries at once (a pool, a background
 * worker, several processes) interleave Parse/Bind/Execute on the one PGlite session and break each other
 * ("bind message supplies 1 parameters, but prepared statement "" requires 3"). This replaces the queue's
 * scheduler so a connection that has started an extended query keeps the session until its Sync, as well
 * as for its whole transaction.
 */
function keepExtendedQueriesTogether(server: PGLiteSocketServer, db: PGlite): void {
  const queue = (server as unknown as { queryQueue: QueryQueueInternals }).queryQueue;
  let midQueryHandler: number | null = null;
  const clearQueueForHandler = queue.clearQueueForHandler.bind(queue);
  queue.clearQueueForHandler = (handlerId: number) => {
    if (midQueryHandler === handlerId) midQueryHandler = null;
    clearQueueForHandler(handlerId);
  };
  queue.processQueue = async function processQueue(this: QueryQueueInternals): Promise<void> {
    if (this.processing || this.queue.length === 0) return;
    this.processing = true;
    try {
      while (this.queue.length > 0) {
        const owner = midQueryHandler ?? (db.isInTransaction() ? this.lastHandlerId : null);
        const index = owner === null ? 0 : this.queue.findIndex((item) => item.handlerId === owner);
        // The owner's next message has not arrived yet: wait for it (enqueue calls processQueue again).
        if (index === -1) break;
        const [item] = this.queue.splice(index, 1);
        let bytes = 0;
        try {
          await db.runExclusive(() =>
            db.execProtocolRawStream(item.message, {
              onRawData: (data: Uint8Array) => {
                bytes += data.length;
                item.onData(data);
              },
            }),
          );
        } catch (error) {
          midQueryHandler = null;
          item.reject(error);
          continue;
        }
        midQueryHandler = MID_QUERY_MESSAGES.has(item.message[0]) ? item.handlerId : null;
        this.lastHandlerId = item.handlerId;
        item.resolve(bytes);
      }
    } finally {
      this.processing = false;
    }
  };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Two processes opening one PGlite directory would corrupt it, so the first one takes a pid lock file.
 * A lock left by a dead process is taken over.
 */
function lockDataDir(directory: string): () => void {
  const lockFile = join(directory, 'zapnoty.lock');
  try {
    const holder = Number(readFileSync(lockFile, 'utf8').trim());
    if (holder && holder !== process.pid && isAlive(holder)) {
      throw new Error(
        `the embedded database in ${directory} is in use by process ${holder}; stop it first or set DATABASE_URL`,
      );
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  writeFileSync(lockFile, String(process.pid));
  return () => rmSync(lockFile, { force: true });
}
