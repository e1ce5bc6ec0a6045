import { createServer, IncomingHttpHeaders, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedWebhook {
  headers: IncomingHttpHeaders;
  rawBody: string;
  body: { event: string; timestamp: string; data: Record<string, unknown> };
  receivedAt: number;
}

/** Decides the answer to one request; `respond` may also delay or leave the request hanging. */
export type Responder = (request: ReceivedWebhook, response: ServerResponse, index: number) => void;

export const answer =
  (status: number, headers: Record<string, string> = {}): Responder =>
  (_request, response) => {
    response.writeHead(status, headers).end('{}');
  };

/** A real HTTP receiver on 127.0.0.1, recording every request it gets, in arrival order. */
export class WebhookReceiver {
  readonly received: ReceivedWebhook[] = [];
  private responder: Responder = answer(200);
  private server: Server;
  url: string;

  static async start(): Promise<WebhookReceiver> {
    const receiver = new WebhookReceiver();
    await receiver.listen();
    return receiver;
  }

  listen(): Promise<void> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const rawBody = Buffer.concat(chunks).toString('utf8');
        const request: ReceivedWebhook = {
          headers: req.headers,
          rawBody,
          body: JSON.parse(rawBody),
          receivedAt: Date.now(),
        };
        this.received.push(request);
        this.responder(request, res, this.received.length - 1);
      });
    });
    return new Promise((resolve) => {
      this.server.listen(0, '127.0.0.1', () => {
        this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hook`;
        resolve();
      });
    });
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  respondWith(responder: Responder): void {
    this.responder = responder;
  }

  /**
   * Answers the n-th attempt of each event (0-based, counting from now) with statuses[n], then the last one
   * forever. Counted per delivery id, so a late retry of an earlier test's event cannot shift the sequence.
   */
  respondInSequence(statuses: number[]): void {
    const before = new Map<string, number>();
    for (const request of this.received) {
      const id = String(request.headers['x-zapnoty-delivery']);
      before.set(id, (before.get(id) ?? 0) + 1);
    }
    this.responder = (request, response) => {
      const id = String(request.headers['x-zapnoty-delivery']);
      const attempt = this.forEvent(id).length - 1 - (before.get(id) ?? 0);
      response.writeHead(statuses[Math.min(attempt, statuses.length - 1)]).end();
    };
  }

  forEvent(eventId: string): ReceivedWebhook[] {
    return this.received.filter((request) => request.headers['x-zapnoty-delivery'] === eventId);
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }
}

/** Polls until `check` returns a truthy value; fails the test with `what` after `timeoutMs`. */
export async function waitFor<T>(check: () => T | Promise<T>, what: string, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/**
 * A receiver for the whole test file: listening from beforeAll on, closed in afterAll. Call it at describe
 * level after useTestApp, so it closes after the app.
 */
export function useWebhookReceiver(): WebhookReceiver {
  const receiver = new WebhookReceiver();
  beforeAll(async () => {
    await receiver.listen();
  });
  afterAll(async () => {
    await receiver.close();
  });
  return receiver;
}
