import { NotFound, Unauthorized } from '../common/errors/app-error.js';

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

/** Two items of one album arrived at once and both tried to start its message: the update is retried. */
export class AlbumHeadTaken extends Error {
  constructor() {
    super('another item of this album is being stored; retry the update');
  }
}

/** Inside a subscribe transaction: the request was answered elsewhere or expired; roll back. */
export class RequestNoLongerPending extends Error {}
