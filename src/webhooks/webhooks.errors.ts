import { Conflict, NotFound, Unprocessable } from '../common/errors/app-error.js';

export class WebhookNotFound extends NotFound {
  constructor() {
    super('webhook', 'webhook_not_found');
  }
}

export class WebhookDeliveryNotFound extends NotFound {
  constructor() {
    super('webhook delivery', 'webhook_delivery_not_found');
  }
}

export class InvalidWebhookUrl extends Unprocessable {
  constructor(message: string) {
    super(message, 'invalid_webhook_url', [{ field: 'url', reason: message, code: 'invalid_format' }]);
  }
}

export class NoWebhookConfigured extends Conflict {
  constructor() {
    super('no webhook is configured for this project', 'no_webhook');
  }
}
