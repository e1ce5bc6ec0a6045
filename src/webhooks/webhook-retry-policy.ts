import type { WebhookAttemptResult } from './webhook-http-client.js';
import { WEBHOOK_MAX_ATTEMPTS, WEBHOOK_RETRY_DELAYS_MS, type DeliveryStatus } from './webhook-events.js';

export interface AttemptVerdict {
  status: DeliveryStatus;
  /** Set when status is `retrying`: wait this long before the next attempt. */
  retryInMs?: number;
  /** The receiver answered 410 Gone: turn the webhook off. */
  disableWebhook: boolean;
}

/**
 * The webhook retry policy: 2xx delivered; 4xx final except 408 and 429; 3xx (redirects
 * are not followed), 5xx, timeouts and network errors retried after 1 s, 2 s, 4 s; 410 final and disables
 * the webhook; a connection refused by the private-address filter is final (retrying cannot help).
 */
export function judgeAttempt(result: WebhookAttemptResult, attempt: number): AttemptVerdict {
  const code = result.statusCode;
  if (code !== null && code >= 200 && code < 300) return { status: 'success', disableWebhook: false };
  if (code === 410) return { status: 'failed', disableWebhook: true };
  const final =
    (code !== null && code >= 400 && code < 500 && code !== 408 && code !== 429) ||
    (code === null && result.error !== null && result.error.startsWith('blocked:'));
  if (final || attempt >= WEBHOOK_MAX_ATTEMPTS) return { status: 'failed', disableWebhook: false };
  return { status: 'retrying', retryInMs: WEBHOOK_RETRY_DELAYS_MS[attempt - 1], disableWebhook: false };
}

export function describeFailure(result: WebhookAttemptResult): string | null {
  if (result.statusCode !== null && result.statusCode >= 200 && result.statusCode < 300) return null;
  return result.error ?? `HTTP ${result.statusCode}`;
}
