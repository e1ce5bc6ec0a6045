import { Forbidden, Unprocessable } from '../common/errors/app-error.js';

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

const BUSINESS_HOURS_PROBLEMS = {
  invalid_time_zone: 'business_hours.timezone is not an IANA time zone',
  invalid_business_window: 'a business_hours window needs from and to as HH:MM (to may be 24:00), not equal',
  overlapping_business_windows: 'business_hours windows overlap',
  invalid_holiday_date: 'business_hours.holidays must be YYYY-MM-DD dates',
  empty_business_week: 'business_hours.week needs at least one window',
} as const;

export class InvalidBusinessHours extends Unprocessable {
  constructor(code: keyof typeof BUSINESS_HOURS_PROBLEMS) {
    super(BUSINESS_HOURS_PROBLEMS[code], code);
  }
}
