import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { AuthenticatedProject } from '../common/auth/authenticated-project.js';
import { Forbidden } from '../common/errors/app-error.js';
import { UpdateHelpdeskSettingsDto } from './dto/helpdesk-settings.dto.js';
import { HelpdeskSettings } from './helpdesk-settings.entity.js';

const DEFAULT_SETTINGS = {
  helpdeskEnabled: true,
  welcomeMessage: { ru: 'Здравствуйте! Опишите, пожалуйста, вашу проблему.', en: 'Hello! Please describe your issue.' },
  closeMessage: { ru: 'Обращение закрыто. Спасибо, что написали нам!', en: 'Your ticket is closed. Thank you for contacting us!' },
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
  constructor(@InjectRepository(HelpdeskSettings) private readonly settings: Repository<HelpdeskSettings>) {}

  /** Called inside the project-creation transaction. */
  async createDefaults(manager: EntityManager, projectId: string): Promise<void> {
    await manager.insert(HelpdeskSettings, { projectId, ...DEFAULT_SETTINGS });
  }

  async get(project: AuthenticatedProject, manager?: EntityManager): Promise<HelpdeskSettings> {
    const repository = manager ? manager.getRepository(HelpdeskSettings) : this.settings;
    return repository.findOneByOrFail({ projectId: project.id });
  }

  /** Ticket creation (API, bot, deep-link requests) needs the module on: 403 otherwise. */
  async requireTicketCreationAllowed(project: AuthenticatedProject, manager?: EntityManager, channel: 'api' | 'customer' = 'api'): Promise<HelpdeskSettings> {
    const settings = await this.get(project, manager);
    if (!settings.helpdeskEnabled) throw new Forbidden('helpdesk is disabled for this project');
    if (channel === 'customer' && !settings.allowCreate) throw new Forbidden('customers may not create tickets in this project');
    return settings;
  }

  async update(project: AuthenticatedProject, changes: UpdateHelpdeskSettingsDto): Promise<HelpdeskSettings> {
    const patch: Partial<HelpdeskSettings> = {};
    if (changes.helpdesk_enabled !== undefined) patch.helpdeskEnabled = changes.helpdesk_enabled;
    if (changes.helpdesk_welcome_message !== undefined) patch.welcomeMessage = { ru: changes.helpdesk_welcome_message.ru, en: changes.helpdesk_welcome_message.en };
    if (changes.helpdesk_close_message !== undefined) patch.closeMessage = { ru: changes.helpdesk_close_message.ru, en: changes.helpdesk_close_message.en };
    if (changes.sla_first_reply_hours !== undefined) patch.slaFirstReplyHours = changes.sla_first_reply_hours;
    if (changes.sla_resolve_hours !== undefined) patch.slaResolveHours = changes.sla_resolve_hours;
    if (changes.helpdesk_ticket_types_enabled !== undefined) patch.ticketTypesEnabled = changes.helpdesk_ticket_types_enabled;
    if (changes.helpdesk_allow_create !== undefined) patch.allowCreate = changes.helpdesk_allow_create;
    if (changes.helpdesk_allow_view !== undefined) patch.allowView = changes.helpdesk_allow_view;
    if (changes.csat_enabled !== undefined) patch.csatEnabled = changes.csat_enabled;
    if (changes.csat_message_template !== undefined) patch.csatMessageTemplate = changes.csat_message_template;
    if (changes.helpdesk_unanswered_hours !== undefined) patch.unansweredHours = changes.helpdesk_unanswered_hours;
    if (Object.keys(patch).length > 0) await this.settings.update({ projectId: project.id }, patch);
    return this.get(project);
  }
}
