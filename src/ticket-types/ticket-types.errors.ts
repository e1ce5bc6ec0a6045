import { Conflict, NotFound, Unprocessable } from '../common/errors/app-error.js';

export class TicketTypeNotFound extends NotFound {
  constructor() {
    super('ticket type', 'ticket_type_not_found');
  }
}

export class TicketTypeNameTaken extends Conflict {
  constructor(name: string) {
    super(`a ticket type named "${name}" already exists`, 'ticket_type_name_taken');
  }
}

export class TicketTypeNotUsable extends Unprocessable {
  constructor(field = 'ticket_type_id') {
    super(`${field} is not an enabled ticket type of this project`, 'ticket_type_not_usable');
  }
}

export class TicketTypeLimitReached extends Unprocessable {
  constructor(max: number) {
    super(`a project can have at most ${max} ticket types`, 'ticket_type_limit_reached');
  }
}
