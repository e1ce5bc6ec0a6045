import { createHmac, randomBytes } from 'node:crypto';

/** X-Zapnoty-Signature: hex HMAC-SHA256 of the exact body bytes sent. */
export function signWebhookBody(secret: string, body: string): string {
  return createHmac('sha256', secret).update(body).digest('hex');
}

export function generateWebhookSecret(): string {
  return `zn_whsec_${randomBytes(24).toString('base64url')}`;
}

export interface WebhookBody {
  event: string;
  timestamp: string;
  data: Record<string, unknown>;
}

/**
 * The body is exactly `JSON.stringify({event, timestamp, data})`, as the API documents it: compact and in this key
 * order, so a receiver re-serializing its parsed body (the docs' Node snippet) gets the same bytes.
 */
export function serializeWebhookBody(event: string, createdAt: Date, data: Record<string, unknown>): string {
  const body: WebhookBody = { event, timestamp: createdAt.toISOString(), data };
  return JSON.stringify(body);
}
