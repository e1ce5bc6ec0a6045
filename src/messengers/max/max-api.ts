import { Bot, MaxError, type Api } from '@maxhub/max-bot-api';
import type { SendFailure } from '../messenger-adapter.js';

/**
 * The Max Bot API client of the official library (@maxhub/max-bot-api): its `Api` gives typed calls for
 * /me, /messages, /answers, /uploads, /subscriptions and /updates with the token in the Authorization header.
 * Only the library's HTTP layer is used (through a Bot whose middleware never runs): updates go through our
 * own deduplication and replies through the outbox, which the library's own update loop cannot do.
 *
 * Max answers a 429 with a Retry-After header that the library's error does not carry; the fetch below copies
 * it into the error body (`retry_after`, seconds) so the delivery can wait exactly that long.
 */
export function createMaxApi(token: string, apiRoot: string): Api {
  return new Bot(token, { clientOptions: { baseUrl: apiRoot, fetch: fetchKeepingRetryAfter } }).api;
}

const fetchKeepingRetryAfter: typeof fetch = async (input, init) => {
  const response = await fetch(input, init);
  if (response.status !== 429) return response;
  const header = Number(response.headers.get('retry-after'));
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  const retryAfter =
    typeof body.retry_after === 'number'
      ? body.retry_after
      : Number.isFinite(header) && header > 0
        ? header
        : undefined;
  return new Response(
    JSON.stringify({ code: 'too.many.requests', message: 'Too many requests', ...body, retry_after: retryAfter }),
    {
      status: 429,
      headers: { 'content-type': 'application/json' },
    },
  );
};

/** Seconds Max asked to wait after a 429, when it said. */
export function retryAfterSeconds(error: MaxError): number | null {
  // The parsed error body is private in the library's typings; retry_after was put there by the fetch above.
  const value = (error as unknown as { response?: { retry_after?: unknown } }).response?.retry_after;
  return typeof value === 'number' && value > 0 ? value : null;
}

/**
 * What a failed Max call means for delivery (dev.max.ru, HTTP response codes): 429 too many requests → wait
 * Retry-After; 403 the user blocked the bot or the dialog is closed to it, 404 the user or dialog no longer
 * exists → the customer is unreachable; other 4xx are our request's fault; 401 (token), 5xx and network
 * failures are retried.
 */
export function classifyMaxError(error: unknown): SendFailure {
  if (!(error instanceof MaxError)) return { kind: 'retry', description: (error as Error)?.message ?? String(error) };
  const description = `max ${error.status}: ${error.code ?? ''} ${error.description ?? ''}`.trim();
  if (error.status === 429)
    return { kind: 'rate_limited', waitMs: (retryAfterSeconds(error) ?? 1) * 1000, description };
  if (error.status === 403) return { kind: 'blocked', reason: 'blocked', description };
  if (error.status === 404) return { kind: 'blocked', reason: 'chat_not_found', description };
  if (error.status === 401) return { kind: 'retry', description };
  if (error.status >= 400 && error.status < 500)
    return { kind: 'final', reason: /not[._ ]found/i.test(description) ? 'chat_not_found' : 'rejected', description };
  return { kind: 'retry', description };
}

export { MaxError };
