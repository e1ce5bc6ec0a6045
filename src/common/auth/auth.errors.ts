import { Unauthorized } from '../errors/app-error.js';

export class ApiKeyMissing extends Unauthorized {
  constructor() {
    super('missing API key: send Authorization: Bearer zn_live_...', 'api_key_missing');
  }
}

export class ApiKeyMalformed extends Unauthorized {
  constructor() {
    super('malformed API key', 'api_key_malformed');
  }
}

export class ApiKeyInvalid extends Unauthorized {
  constructor() {
    super('invalid API key', 'api_key_invalid');
  }
}
