import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { Sql } from '../common/database/sql.js';
import { CustomField } from './custom-field.entity.js';

/** The custom_field rows of a project. */
@Injectable()
export class CustomFieldStore {
  constructor(@InjectRepository(CustomField) private readonly fields: Repository<CustomField>) {}

  list(projectId: string): Promise<CustomField[]> {
    return this.fields.find({ where: { projectId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** The project's fields inside a caller's transaction (`sql`), as plain rows. */
  async listIn(sql: Sql, projectId: string): Promise<CustomField[]> {
    const rows = await sql.query<Record<string, unknown>>(
      `SELECT id, project_id, key, label, type, options, required_to_close, enabled, created_at, updated_at
         FROM custom_field WHERE project_id = $1 ORDER BY created_at, id`,
      [projectId],
    );
    return rows.map((row) =>
      Object.assign(new CustomField(), {
        id: row.id,
        projectId: row.project_id,
        key: row.key,
        label: row.label,
        type: row.type,
        options: row.options,
        requiredToClose: row.required_to_close,
        enabled: row.enabled,
        createdAt: row.created_at,
        updatedAt: row.updated_at,
      }),
    );
  }

  find(projectId: string, fieldId: string): Promise<CustomField | null> {
    return this.fields.findOneBy({ id: fieldId, projectId });
  }

  count(projectId: string): Promise<number> {
    return this.fields.countBy({ projectId });
  }

  insert(field: Omit<CustomField, 'id' | 'createdAt' | 'updatedAt' | 'project'>): Promise<CustomField> {
    return this.fields.save(this.fields.create(field));
  }

  save(field: CustomField): Promise<CustomField> {
    return this.fields.save(field);
  }

  async delete(projectId: string, fieldId: string): Promise<boolean> {
    return ((await this.fields.delete({ id: fieldId, projectId })).affected ?? 0) > 0;
  }
}
