import { type BusinessHours, businessHoursProblem, WEEKDAYS } from '../sla/business-time.js';
import type { BusinessHoursDto } from './dto/automation-settings.dto.js';
import type { UpdateHelpdeskSettingsDto } from './dto/helpdesk-settings.dto.js';
import type { HelpdeskSettings } from './helpdesk-settings.entity.js';
import { InvalidBusinessHours } from './settings.errors.js';

/** The stored form of business_hours: every weekday present, holidays sorted and unique. 422 when unusable. */
export function businessHoursOf(dto: BusinessHoursDto): BusinessHours {
  const week = Object.fromEntries(
    WEEKDAYS.map((day) => [day, (dto.week[day] ?? []).map(({ from, to }) => ({ from, to }))]),
  ) as BusinessHours['week'];
  const hours: BusinessHours = { timezone: dto.timezone, week, holidays: [...new Set(dto.holidays ?? [])].sort() };
  const problem = businessHoursProblem(hours);
  if (problem) throw new InvalidBusinessHours(problem);
  return hours;
}

/** The working-hours and automation fields of a settings change. */
export function automationSettingsPatch(changes: UpdateHelpdeskSettingsDto): Partial<HelpdeskSettings> {
  const patch: Partial<HelpdeskSettings> = {};
  if (changes.business_hours !== undefined)
    patch.businessHours = changes.business_hours === null ? null : businessHoursOf(changes.business_hours);
  if (changes.out_of_hours_reply !== undefined)
    patch.outOfHoursReply =
      changes.out_of_hours_reply === null
        ? null
        : { ru: changes.out_of_hours_reply.ru, en: changes.out_of_hours_reply.en };
  if (changes.auto_close_waiting_days !== undefined) patch.autoCloseWaitingDays = changes.auto_close_waiting_days;
  if (changes.auto_assign_on_reply !== undefined) patch.autoAssignOnReply = changes.auto_assign_on_reply;
  return patch;
}
