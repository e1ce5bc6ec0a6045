import { NotFound, Unprocessable } from '../common/errors/app-error.js';

export class SubscriberNotFound extends NotFound {
  constructor() {
    super('subscriber', 'subscriber_not_found');
  }
}

/**
 * One bot serves every project, so a project may only open a messenger ticket for a chat that contacted it
 * (its help link, one of its accepted requests, a message in one of its tickets).
 */
export class ChatNotSubscribed extends Unprocessable {
  constructor() {
    super(
      "this chat is not a customer of the project: it must first open the project's help link, accept one of " +
        'its requests or write in one of its tickets',
      'chat_not_subscribed',
    );
  }
}
