import type { JsonLaneRoute } from '../common/http/json-lane.js';

/** What a messenger bot offers its webhook route. */
export interface WebhookBot<Update> {
  readonly enabled: boolean;
  isValidWebhookSecret(header: string | undefined): boolean;
  processUpdate(update: Update): Promise<unknown>;
}

/**
 * A messenger webhook's JSON-lane route: its plain case (bot on, right secret header, an update) answered
 * `{ok: true}` once processed. Anything else is declined, so the Nest route refuses it with its own errors.
 */
export function webhookLaneRoute<Update>(
  path: string,
  secretHeader: string,
  bot: WebhookBot<Update>,
  isUpdate: (body: unknown) => body is Update,
): JsonLaneRoute {
  return {
    path,
    serve: (body, headers) => {
      const secret = headers[secretHeader];
      if (!bot.enabled || typeof secret !== 'string' || !bot.isValidWebhookSecret(secret)) return undefined;
      if (!isUpdate(body)) return undefined;
      return bot.processUpdate(body).then(() => ({ ok: true }));
    },
  };
}
