import { HelpdeskSettingsResponse } from './dto/helpdesk-settings.dto.js';
import { HelpdeskSettings } from './helpdesk-settings.entity.js';

export function toHelpdeskSettingsResponse(settings: HelpdeskSettings): HelpdeskSettingsResponse {
  return {
    helpdesk_enabled: settings.helpdeskEnabled,
    helpdesk_welcome_message: settings.welcomeMessage,
    helpdesk_close_message: settings.closeMessage,
    sla_first_reply_hours: settings.slaFirstReplyHours,
    sla_resolve_hours: settings.slaResolveHours,
    helpdesk_ticket_types_enabled: settings.ticketTypesEnabled,
    helpdesk_allow_create: settings.allowCreate,
    helpdesk_allow_view: settings.allowView,
    csat_enabled: settings.csatEnabled,
    csat_message_template: settings.csatMessageTemplate,
    helpdesk_unanswered_hours: settings.unansweredHours,
    business_hours: settings.businessHours,
    out_of_hours_reply: settings.outOfHoursReply,
    auto_close_waiting_days: settings.autoCloseWaitingDays,
    auto_assign_on_reply: settings.autoAssignOnReply,
    updated_at: settings.updatedAt.toISOString(),
  };
}
