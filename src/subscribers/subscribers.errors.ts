import { NotFound } from '../common/errors/app-error.js';

export class SubscriberNotFound extends NotFound {
  constructor() {
    super('subscriber', 'subscriber_not_found');
  }
}
