import { Forbidden } from '../common/errors/app-error.js';

export class HelpdeskDisabled extends Forbidden {
  constructor() {
    super('helpdesk is disabled for this project', 'helpdesk_disabled');
  }
}

export class TicketCreationDisabled extends Forbidden {
  constructor() {
    super('customers may not create tickets in this project', 'ticket_creation_disabled');
  }
}
