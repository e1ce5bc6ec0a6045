import { Conflict, Unprocessable } from '../common/errors/app-error.js';

export class CsatTicketNotClosed extends Conflict {
  constructor() {
    super('only a closed ticket can be rated', 'ticket_not_closed');
  }
}

export class CsatAlreadyRated extends Conflict {
  constructor() {
    super('this closing of the ticket has already been rated', 'csat_already_rated');
  }
}

export class CsatNotVirtual extends Conflict {
  constructor() {
    super('messenger customers rate in their chat; this endpoint is for virtual-channel tickets', 'ticket_not_virtual');
  }
}

export class InvalidCsatRating extends Unprocessable {
  constructor(min: number, max: number) {
    super(`rating must be an integer from ${min} to ${max}`, 'invalid_csat_rating');
  }
}
