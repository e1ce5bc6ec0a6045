import { Unprocessable } from '../common/errors/app-error.js';

export const MAX_REPORT_DAYS = 400;

export class InvalidReportRange extends Unprocessable {
  constructor() {
    super('from must not be after to', 'invalid_date_range');
  }
}

export class DateRangeTooLong extends Unprocessable {
  constructor(days: number) {
    super(`a report covers at most ${MAX_REPORT_DAYS} days; from..to holds ${days}`, 'date_range_too_long');
  }
}

export class UnknownTimeZone extends Unprocessable {
  constructor(timeZone: string) {
    super(`timezone ${JSON.stringify(timeZone)} is not an IANA time zone name`, 'unknown_time_zone');
  }
}
