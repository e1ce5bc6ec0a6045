import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuthenticatedProject } from '../common/auth/authenticated-project.js';
import { ProjectConfigCache } from '../common/cache/project-config-cache.js';
import type { Sql } from '../common/database/sql.js';
import { HelpdeskDisabled, TicketCreationDisabled } from './settings.errors.js';
import { UpdateHelpdeskSettingsDto } from './dto/helpdesk-settings.dto.js';
import { HelpdeskSettings } from './helpdesk-settings.entity.js';
import { type HelpdeskSettingsRow, SettingsStore } from './settings.store.js';
import { automationSettingsPatch } from './automation-settings.js';

const DEFAULT_SETTINGS = {
  helpdeskEnabled: true,
  welcomeMessage: { ru: 'Здравствуйте! Опишите, пожалуйста, вашу проблему.', en: 'Hello! Please describe your issue.' },
  closeMessage: {
    ru: 'Обращение закрыто. Спасибо, что написали нам!',
    en: 'Your ticket is closed. Thank you for contacting us!',
  },
  slaFirstReplyHours: null,
  slaResolveHours: null,
  ticketTypesEnabled: false,
  allowCreate: true,
  allowView: true,
  csatEnabled: false,
  csatMessageTemplate: 'Please rate our support from 1 to 5',
  unansweredHours: 24,
  businessHours: null,
  outOfHoursReply: null,
  autoCloseWaitingDays: null,
  autoAssignOnReply: false,
} satisfies Omit<HelpdeskSettings, 'projectId' | 'project' | 'updatedAt'>;

@Injectable()
export class SettingsService {
  private readonly cache = new ProjectConfigCache<HelpdeskSettings>();

  constructor(private readonly settings: SettingsStore) {}

  /** Called inside the project-creation transaction. */
  async createDefaults(projectId: string, manager: EntityManager): Promise<void> {
    await this.settings.insert(manager, { projectId, ...DEFAULT_SETTINGS });
  }

  /**
   * Read by nearly every helpdesk request (SLA thresholds, module switches): served from this process's
   * copy when it is as new as the project's config_version the request saw, else one primary-key SELECT
   * (through the caller's transaction when given) that also reads the version it is stored under.
   * The returned object is shared: callers must not change it.
   */
  async get(project: AuthenticatedProject, sql?: Sql): Promise<HelpdeskSettings> {
    return this.cache.get(project) ?? this.load(project, sql);
  }

  private async load(project: AuthenticatedProject, sql: Sql = this.settings.pool): Promise<HelpdeskSettings> {
    const row = await this.settings.findForProject(sql, project.id);
    // The row is created with the project and removed only with it.
    if (!row) throw new Error(`helpdesk settings of project ${project.id} are missing`);
    const settings = settingsFromRow(row);
    this.cache.set(project.id, row.config_version, settings);
    return settings;
  }

  /** Ticket creation (API, bot, deep-link requests) needs the module on: 403 otherwise. */
  async requireTicketCreationAllowed(
    project: AuthenticatedProject,
    sql?: Sql,
    channel: 'api' | 'customer' = 'api',
  ): Promise<HelpdeskSettings> {
    const settings = await this.get(project, sql);
    if (!settings.helpdeskEnabled) throw new HelpdeskDisabled();
    if (channel === 'customer' && !settings.allowCreate) throw new TicketCreationDisabled();
    return settings;
  }

  async update(project: AuthenticatedProject, changes: UpdateHelpdeskSettingsDto): Promise<HelpdeskSettings> {
    const patch: Partial<HelpdeskSettings> = {};
    if (changes.helpdesk_enabled !== undefined) patch.helpdeskEnabled = changes.helpdesk_enabled;
    if (changes.helpdesk_welcome_message !== undefined)
      patch.welcomeMessage = { ru: changes.helpdesk_welcome_message.ru, en: changes.helpdesk_welcome_message.en };
    if (changes.helpdesk_close_message !== undefined)
      patch.closeMessage = { ru: changes.helpdesk_close_message.ru, en: changes.helpdesk_close_message.en };
    if (changes.sla_first_reply_hours !== undefined) patch.slaFirstReplyHours = changes.sla_first_reply_hours;
    if (changes.sla_resolve_hours !== undefined) patch.slaResolveHours = changes.sla_resolve_hours;
    if (changes.helpdesk_ticket_types_enabled !== undefined)
      patch.ticketTypesEnabled = changes.helpdesk_ticket_types_enabled;
    if (changes.helpdesk_allow_create !== undefined) patch.allowCreate = changes.helpdesk_allow_create;
    if (changes.helpdesk_allow_view !== undefined) patch.allowView = changes.helpdesk_allow_view;
    if (changes.csat_enabled !== undefined) patch.csatEnabled = changes.csat_enabled;
    if (changes.csat_message_template !== undefined) patch.csatMessageTemplate = changes.csat_message_template;
    if (changes.helpdesk_unanswered_hours !== undefined) patch.unansweredHours = changes.helpdesk_unanswered_hours;
    Object.assign(patch, automationSettingsPatch(changes));
    if (Object.keys(patch).length > 0) await this.settings.update(project.id, patch);
    // Read back past the cache: the request's version predates its own change.
    return this.load(project);
  }
}

function settingsFromRow(row: HelpdeskSettingsRow): HelpdeskSettings {
  return Object.assign(new HelpdeskSettings(), {
    projectId: row.project_id,
    helpdeskEnabled: row.helpdesk_enabled,
    welcomeMessage: row.welcome_message,
    closeMessage: row.close_message,
    slaFirstReplyHours: row.sla_first_reply_hours,
    slaResolveHours: row.sla_resolve_hours,
    ticketTypesEnabled: row.ticket_types_enabled,
    allowCreate: row.allow_create,
    allowView: row.allow_view,
    csatEnabled: row.csat_enabled,
    csatMessageTemplate: row.csat_message_template,
    unansweredHours: row.unanswered_hours,
    businessHours: row.business_hours,
    outOfHoursReply: row.out_of_hours_reply,
    autoCloseWaitingDays: row.auto_close_waiting_days,
    autoAssignOnReply: row.auto_assign_on_reply,
    updatedAt: row.updated_at,
  } satisfies Omit<HelpdeskSettings, 'project'>);
}
