import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

type Waiter<Call> = { predicate: (call: Call) => boolean; resolve: (call: Call) => void };

/**
 * What the fake messenger APIs (Telegram, Max) share: a node:http server on 127.0.0.1, port 0, that
 * records every call, lets tests wait for one, and holds long-polling requests until an update is queued.
 */
export abstract class FakeApiServer<Call> {
  readonly calls: Call[] = [];
  /** Updates queued for long polling, oldest first. */
  protected readonly updates: Array<Record<string, unknown>> = [];
  private readonly pollers: Array<() => void> = [];
  private readonly waiters: Array<Waiter<Call>> = [];
  private server?: Server;

  /** `fake Telegram`: names the fake in a timeout error. */
  protected abstract readonly label: string;
  protected abstract handle(req: IncomingMessage, res: ServerResponse): Promise<void>;
  /** The few fields of a call a timeout error lists. */
  protected abstract summary(call: Call): unknown;

  /** Listens and returns the base URL to give the app as the API root. */
  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    for (const release of this.pollers.splice(0)) release();
    await new Promise<void>((resolve) => {
      if (!this.server) return resolve();
      this.server.closeAllConnections();
      this.server.close(() => resolve());
    });
  }

  /** Resolves with the first call (already received or future) that matches. */
  waitFor(predicate: (call: Call) => boolean, timeoutMs = 10_000): Promise<Call> {
    const seen = this.calls.find(predicate);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () =>
          reject(
            new Error(
              `${this.label}: no matching call within ${timeoutMs} ms; calls: ` +
                `${JSON.stringify(this.calls.map((c) => this.summary(c)))}`,
            ),
          ),
        timeoutMs,
      );
      this.waiters.push({
        predicate,
        resolve: (call) => {
          clearTimeout(timer);
          resolve(call);
        },
      });
    });
  }

  /** Queues an update for long polling and answers a waiting poll at once. */
  pushUpdate(update: Record<string, unknown>): void {
    this.updates.push(update);
    for (const release of this.pollers.splice(0)) release();
  }

  /** Long polling: holds the request at most a second (a queued update or stop() releases it sooner). */
  protected async holdPoll(timeoutSeconds: number): Promise<void> {
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, Math.min(timeoutSeconds, 1) * 1000);
      this.pollers.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  protected notify(call: Call): void {
    for (const waiter of [...this.waiters]) {
      if (waiter.predicate(call)) {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        waiter.resolve(call);
      }
    }
  }

  protected answer(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  }
}

export function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
