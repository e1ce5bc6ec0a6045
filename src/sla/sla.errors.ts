import { Unprocessable } from '../common/errors/app-error.js';

export class InvalidDateRange extends Unprocessable {
  constructor() {
    super('from must not be after to', 'invalid_date_range');
  }
}
