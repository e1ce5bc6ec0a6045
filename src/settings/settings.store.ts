import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { type Sql, sqlOfPool } from '../common/database/sql.js';
import { HelpdeskSettings, type LocalizedText } from './helpdesk-settings.entity.js';
import type { BusinessHours } from '../sla/business-time.js';

export interface HelpdeskSettingsRow {
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
  business_hours: BusinessHours | null;
  out_of_hours_reply: LocalizedText | null;
  auto_close_waiting_days: number | null;
  auto_assign_on_reply: boolean;
  updated_at: Date;
}

/** The helpdesk_settings row of each project (one per project, created and removed with it). */
@Injectable()
export class SettingsStore {
  /** Statements outside any transaction. */
  readonly pool: Sql;

  constructor(@InjectRepository(HelpdeskSettings) private readonly settings: Repository<HelpdeskSettings>) {
    this.pool = sqlOfPool(settings.manager.connection);
  }

  /** Inserts the project's first settings row, in the project-creation transaction. */
  async insert(manager: EntityManager, settings: Omit<HelpdeskSettings, 'project' | 'updatedAt'>): Promise<void> {
    await manager.insert(HelpdeskSettings, settings);
  }

  /** The project's settings row and the project's config_version, read in one primary-key SELECT. */
  async findForProject(
    sql: Sql,
    projectId: string,
  ): Promise<(HelpdeskSettingsRow & { config_version: string }) | undefined> {
    const rows = await sql.query<HelpdeskSettingsRow & { config_version: string }>(
      'SELECT s.*, p.config_version FROM helpdesk_settings s JOIN project p ON p.id = s.project_id ' +
        'WHERE s.project_id = $1',
      [projectId],
    );
    return rows[0];
  }

  async update(projectId: string, patch: Partial<HelpdeskSettings>): Promise<void> {
    await this.settings.update({ projectId }, patch);
  }
}
