import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { type Sql, sqlOfPool } from '../common/database/sql.js';
import { Webhook } from './webhook.entity.js';

/** The webhook row of each project (at most one). */
@Injectable()
export class WebhookStore {
  private readonly pool: Sql;

  constructor(@InjectRepository(Webhook) private readonly webhooks: Repository<Webhook>) {
    this.pool = sqlOfPool(webhooks.manager.connection);
  }

  findForProject(projectId: string): Promise<Webhook | null> {
    return this.webhooks.findOneBy({ projectId });
  }

  /** The webhooks of these projects (a project without one is absent). */
  findForProjects(projectIds: string[]): Promise<Webhook[]> {
    return this.webhooks
      .createQueryBuilder('webhook')
      .where('webhook.projectId = ANY(:ids)', { ids: projectIds })
      .getMany();
  }

  /** Creates the project's webhook, or replaces its URL and events and enables it again; the secret is kept. */
  async upsert(projectId: string, url: string, events: string[] | null, secret: string): Promise<void> {
    await this.pool.query(
      `INSERT INTO webhook (project_id, url, events, secret) VALUES ($1, $2, $3, $4)
       ON CONFLICT (project_id) DO UPDATE
         SET url = EXCLUDED.url, events = EXCLUDED.events, disabled_at = NULL, disabled_reason = NULL,
             updated_at = now()`,
      [projectId, url, events, secret],
    );
  }

  /** False when the project has no webhook. */
  async delete(projectId: string): Promise<boolean> {
    const result = await this.webhooks.delete({ projectId });
    return !!result.affected;
  }

  /** Disables the webhook after a 410, only if its URL is still the one that answered: a PUT in the meantime wins. */
  async disableGone(sql: Sql, projectId: string, url: string): Promise<void> {
    await sql.query(
      `UPDATE webhook SET disabled_at = now(), disabled_reason = 'receiver answered 410 Gone', updated_at = now()
      WHERE project_id = $1 AND url = $2 AND disabled_at IS NULL`,
      [projectId, url],
    );
  }
}
