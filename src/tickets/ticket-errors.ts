import { BadRequest, Conflict, NotFound } from '../common/errors/app-error.js';

export class TicketNotFound extends NotFound {
  constructor() {
    super('ticket');
  }
}

export class CustomerReplyNotVirtual extends Conflict {
  constructor() {
    super('customer-reply is only for tickets of the virtual channel; messenger customers write in their chat', 'ticket_not_virtual');
  }
}

export class MalformedCursor extends BadRequest {
  constructor() {
    super('cursor is malformed: pass next_cursor from a previous page');
  }
}
