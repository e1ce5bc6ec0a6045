import { BadRequest, NotFound } from '../common/errors/app-error.js';

export class CustomerNotFound extends NotFound {
  constructor() {
    super('customer', 'customer_not_found');
  }
}

export class MalformedCustomerCursor extends BadRequest {
  constructor() {
    super('cursor is not a next_cursor of a previous page', 'malformed_cursor');
  }
}
