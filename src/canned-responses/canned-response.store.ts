import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Not, Repository } from 'typeorm';
import { type Sql } from '../common/database/sql.js';
import { CannedResponse } from './canned-response.entity.js';

interface CannedResponseRow {
  id: string;
  project_id: string;
  title: string;
  text: string;
  shortcut: string | null;
  created_at: Date;
  updated_at: Date;
}

/** The canned_response rows of a project. */
@Injectable()
export class CannedResponseStore {
  constructor(@InjectRepository(CannedResponse) private readonly cannedResponses: Repository<CannedResponse>) {}

  list(projectId: string): Promise<CannedResponse[]> {
    return this.cannedResponses.find({ where: { projectId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  findOne(projectId: string, cannedId: string): Promise<CannedResponse | null> {
    return this.cannedResponses.findOneBy({ id: cannedId, projectId });
  }

  /** The same row read through `sql` (a transaction's statements, or the pool's). */
  async findOneThrough(sql: Sql, projectId: string, cannedId: string): Promise<CannedResponse | null> {
    const rows = await sql.query<CannedResponseRow>(
      'SELECT id, project_id, title, text, shortcut, created_at, updated_at FROM canned_response ' +
        'WHERE id = $1 AND project_id = $2',
      [cannedId, projectId],
    );
    return rows.length === 0 ? null : cannedResponseFromRow(rows[0]);
  }

  findById(cannedId: string): Promise<CannedResponse> {
    return this.cannedResponses.findOneByOrFail({ id: cannedId });
  }

  count(projectId: string): Promise<number> {
    return this.cannedResponses.countBy({ projectId });
  }

  /** The new row's id, or null when the shortcut is taken in the project (ON CONFLICT DO NOTHING). */
  async insertUnlessShortcutTaken(row: {
    projectId: string;
    title: string;
    text: string;
    shortcut: string | null;
  }): Promise<string | null> {
    const inserted = await this.cannedResponses
      .createQueryBuilder()
      .insert()
      .values(row)
      .orIgnore()
      .returning('id')
      .execute();
    return inserted.raw.length === 0 ? null : (inserted.raw[0].id as string);
  }

  /** Whether another canned response of the project has this shortcut. */
  shortcutTaken(projectId: string, shortcut: string, exceptId: string): Promise<boolean> {
    return this.cannedResponses.existsBy({ projectId, shortcut, id: Not(exceptId) });
  }

  /** False when the row is gone. */
  async update(projectId: string, cannedId: string, patch: Partial<CannedResponse>): Promise<boolean> {
    const result = await this.cannedResponses.update({ id: cannedId, projectId }, patch);
    return result.affected !== 0;
  }

  /** False when the project has no such row. */
  async delete(projectId: string, cannedId: string): Promise<boolean> {
    const result = await this.cannedResponses.delete({ id: cannedId, projectId });
    return result.affected !== 0;
  }
}

function cannedResponseFromRow(row: CannedResponseRow): CannedResponse {
  return Object.assign(new CannedResponse(), {
    id: row.id,
    projectId: row.project_id,
    title: row.title,
    text: row.text,
    shortcut: row.shortcut,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  } satisfies Omit<CannedResponse, 'project'>);
}
