import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { AuthenticatedProject } from '../common/auth/authenticated-project.js';
import { ProjectConfigCache } from '../common/cache/project-config-cache.js';
import { HelpdeskDisabled, TicketCreationDisabled } from './settings.errors.js';
import { UpdateHelpdeskSettingsDto } from './dto/helpdesk-settings.dto.js';
import { HelpdeskSettings, type LocalizedText } from './helpdesk-settings.entity.js';

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
} satisfies Omit<HelpdeskSettings, 'projectId' | 'project' | 'updatedAt'>;

@Injectable()
export class SettingsService {
  private readonly cache = new ProjectConfigCache<HelpdeskSettings>();

  constructor(@InjectRepository(HelpdeskSettings) private readonly settings: Repository<HelpdeskSettings>) {}

  /** Called inside the project-creation transaction. */
  async createDefaults(projectId: string, manager: EntityManager): Promise<void> {
    await manager.insert(HelpdeskSettings, { projectId, ...DEFAULT_SETTINGS });
  }

  /**
   * Read by nearly every helpdesk request (SLA thresholds, module switches): served from this process's
   * copy when it is as new as the project's config_version the request saw, else one primary-key SELECT
   * (through the caller's transaction when given) that also reads the version it is stored under.
   * The returned object is shared: callers must not change it.
   */
  async get(project: AuthenticatedProject, manager?: EntityManager): Promise<HelpdeskSettings> {
    return this.cache.get(project) ?? this.load(project, manager);
  }

  private async load(project: AuthenticatedProject, manager?: EntityManager): Promise<HelpdeskSettings> {
    const rows: Array<HelpdeskSettingsRow & { config_version: string }> = await (
      manager ?? this.settings.manager
    ).query(
      'SELECT s.*, p.config_version FROM helpdesk_settings s JOIN project p ON p.id = s.project_id ' +
        'WHERE s.project_id = $1',
      [project.id],
    );
    // The row is created with the project and removed only with it.
    if (rows.length === 0) throw new Error(`helpdesk settings of project ${project.id} are missing`);
    const settings = settingsFromRow(rows[0]);
    this.cache.set(project.id, rows[0].config_version, settings);
    return settings;
  }

  /** Ticket creation (API, bot, deep-link requests) needs the module on: 403 otherwise. */
  async requireTicketCreationAllowed(
    project: AuthenticatedProject,
    manager?: EntityManager,
    channel: 'api' | 'customer' = 'api',
  ): Promise<HelpdeskSettings> {
    const settings = await this.get(project, manager);
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
    if (Object.keys(patch).length > 0) await this.settings.update({ projectId: project.id }, patch);
    // Read back past the cache: the request's version predates its own change.
    return this.load(project);
  }
}

interface HelpdeskSettingsRow {
  project_id: string;
  helpdesk_enabled: boolean;
  welcome_message: LocalizedText;
  close_message: LocalizedText;
  sla_first_reply_hours: number | null;
  sla_resolve_hours: number | null;
  ticket_types_enabled: boolean;
  allow_create: boolean;
  allow_view: boolean;
  csat_enabled: boolean;
  csat_message_template: string;
  unanswered_hours: number | null;
  updated_at: Date;
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
    updatedAt: row.updated_at,
  } satisfies Omit<HelpdeskSettings, 'project'>);
}
