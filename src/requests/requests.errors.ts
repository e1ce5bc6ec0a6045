import { NotFound } from '../common/errors/app-error.js';

export class HelpdeskRequestNotFound extends NotFound {
  constructor() {
    super('helpdesk request', 'helpdesk_request_not_found');
  }
}
