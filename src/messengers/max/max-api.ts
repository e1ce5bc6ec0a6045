import { Bot, MaxError, type Api } from '@maxhub/max-bot-api';

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
  const retryAfter = typeof body.retry_after === 'number' ? body.retry_after : Number.isFinite(header) && header > 0 ? header : undefined;
  return new Response(JSON.stringify({ code: 'too.many.requests', message: 'Too many requests', ...body, retry_after: retryAfter }), {
    status: 429,
    headers: { 'content-type': 'application/json' },
  });
};

/** Seconds Max asked to wait after a 429, when it said. */
export function retryAfterSeconds(error: MaxError): number | null {
  // The parsed error body is private in the library's typings; retry_after was put there by the fetch above.
  const value = (error as unknown as { response?: { retry_after?: unknown } }).response?.retry_after;
  return typeof value === 'number' && value > 0 ? value : null;
}

export { MaxError };
