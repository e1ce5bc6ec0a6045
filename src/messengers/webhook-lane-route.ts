import type { JsonLaneRoute } from '../common/http/json-lane.js';

/** What a messenger bot offers its webhook route. */
export interface WebhookBot {
  readonly enabled: boolean;
  isValidWebhookSecret(header: string | undefined): boolean;
  /** Checks the body's shape itself: a malformed update is acknowledged and ignored, never refused. */
  processUpdate(body: unknown): Promise<unknown>;
}

/**
 * A messenger webhook's JSON-lane route: its plain case (bot on, right secret header, a JSON body) answered
 * `{ok: true}` once processed or ignored. Anything else is declined, so the Nest route refuses it with its
 * own errors.
 */
export function webhookLaneRoute(path: string, secretHeader: string, bot: WebhookBot): JsonLaneRoute {
  return {
    path,
    serve: (body, headers) => {
      const secret = headers[secretHeader];
      if (!bot.enabled || typeof secret !== 'string' || !bot.isValidWebhookSecret(secret)) return undefined;
      return bot.processUpdate(body).then(() => ({ ok: true }));
    },
  };
}
