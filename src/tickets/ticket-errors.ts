import { BadRequest, Conflict, NotFound, RetryLater } from '../common/errors/app-error.js';

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

/** 409 while the first request with an Idempotency-Key still runs: retry shortly, the first will have finished. */
export class IdempotencyKeyInProgress extends RetryLater {
  constructor(retryAfterSeconds: number) {
    super(409, 'a request with this Idempotency-Key is still in progress', 'idempotency_in_progress', retryAfterSeconds);
  }
}

/** The request's key was taken over after its lease ran out: its result must not be committed. */
export class IdempotencyLeaseLost extends Conflict {
  constructor() {
    super('the Idempotency-Key was taken over by a retry while this request ran', 'idempotency_lease_lost');
  }
}
