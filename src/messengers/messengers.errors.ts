import { BadRequest, NotFound, Unauthorized } from '../common/errors/app-error.js';

export class MessengerBotDisabled extends NotFound {
  constructor(what: string) {
    super(what, 'messenger_bot_disabled');
  }
}

export class MessengerSecretInvalid extends Unauthorized {
  constructor(header: string) {
    super(`invalid or missing ${header}`, 'messenger_secret_invalid');
  }
}

export class MalformedMessengerUpdate extends BadRequest {
  constructor(message: string) {
    super(message, 'validation_failed');
  }
}
