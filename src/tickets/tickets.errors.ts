import type { TicketMessageResponse } from './dto/ticket-response.dto.js';
import { BadRequest, Conflict, NotFound, Unprocessable, RetryLater } from '../common/errors/app-error.js';

export class TicketNotFound extends NotFound {
  constructor() {
    super('ticket', 'ticket_not_found');
  }
}

/** A ticket id given in a body (not the path) that is not one of the project's tickets. */
export class TicketNotInProject extends Unprocessable {
  constructor(field = 'ticket_id') {
    super(`${field} is not a ticket of this project`, 'ticket_not_in_project');
  }
}

export class CustomerReplyNotVirtual extends Conflict {
  constructor() {
    super(
      'customer-reply is only for tickets of the virtual channel; messenger customers write in their chat',
      'ticket_not_virtual',
    );
  }
}

export class MalformedCursor extends BadRequest {
  constructor() {
    super('cursor is malformed: pass next_cursor from a previous page', 'malformed_cursor');
  }
}

export class ChatIdRequired extends BadRequest {
  constructor() {
    super('chat_id is required for telegram and max tickets', 'chat_id_required');
  }
}

export class InvalidPaging extends Unprocessable {
  constructor(message: string) {
    super(message, 'invalid_paging');
  }
}

/** A reply written after `after_message_id` while newer messages came in: sent back instead of the reply. */
export class TicketChanged extends Conflict {
  constructor(messages: TicketMessageResponse[]) {
    super(
      `${messages.length} newer message(s) on this ticket since after_message_id: read them, then reply again`,
      'ticket_changed',
      { messages },
    );
  }
}

export class AfterMessageNotInTicket extends Unprocessable {
  constructor() {
    super('after_message_id is not a message of this ticket', 'after_message_not_in_ticket');
  }
}

export class ReplyTextRequired extends BadRequest {
  constructor() {
    super('exactly one of text and canned_response_id is required', 'reply_text_required');
  }
}

export class CannedRenderInvalid extends Unprocessable {
  constructor(message: string) {
    super(message, 'canned_render_invalid');
  }
}

export class InvalidBulkValue extends BadRequest {
  constructor(message: string) {
    super(message, 'invalid_bulk_value');
  }
}

export class BulkLimitExceeded extends Unprocessable {
  constructor(message: string) {
    super(message, 'bulk_limit_exceeded');
  }
}

export class InvalidTag extends Unprocessable {
  constructor(maxLength: number) {
    super(`a tag must be 1 to ${maxLength} characters`, 'invalid_tag');
  }
}

export class InvalidIdempotencyKey extends BadRequest {
  constructor() {
    super('Idempotency-Key must be 1 to 255 visible ASCII characters', 'idempotency_key_invalid');
  }
}

export class IdempotencyKeyReused extends Unprocessable {
  constructor() {
    super('Idempotency-Key was already used with a different request', 'idempotency_key_reused');
  }
}

/** 409 while the first request with an Idempotency-Key still runs: retry shortly, the first will have finished. */
export class IdempotencyInProgress extends RetryLater {
  constructor(retryAfterSeconds: number) {
    super(
      409,
      'a request with this Idempotency-Key is still in progress',
      'idempotency_in_progress',
      retryAfterSeconds,
    );
  }
}

/** The request's key was taken over after its lease ran out: its result must not be committed. */
export class IdempotencyLeaseLost extends Conflict {
  constructor() {
    super('the Idempotency-Key was taken over by a retry while this request ran', 'idempotency_lease_lost');
  }
}

/** A public reply on a messenger ticket while this server has no bot for that messenger: it could never be sent. */
export class ChannelNotConfigured extends Conflict {
  constructor(channel: string) {
    super(`no ${channel} bot is configured on this server: the reply could not be delivered`, 'channel_not_configured');
  }
}
