import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { SavedView } from './saved-view.entity.js';

/** The statements of `saved_view`: a member's own saved ticket lists. */
@Injectable()
export class SavedViewStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  listOf(projectId: string, memberId: string): Promise<SavedView[]> {
    return this.dataSource.getRepository(SavedView).find({
      where: { projectId, memberId },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  /** Inserts the view unless the member already has `limit`; null then. One statement, so two tabs cannot overshoot. */
  async insertWithin(
    view: { projectId: string; memberId: string; name: string; filters: Record<string, string> },
    limit: number,
  ): Promise<SavedView | null> {
    const rows: Array<{ id: string; created_at: Date }> = await this.dataSource.query(
      `INSERT INTO saved_view (project_id, member_id, name, filters)
       SELECT $1, $2, $3, $4::jsonb
        WHERE (SELECT count(*) FROM saved_view WHERE member_id = $2) < $5
       RETURNING id, created_at`,
      [view.projectId, view.memberId, view.name, JSON.stringify(view.filters), limit],
    );
    if (rows.length === 0) return null;
    return Object.assign(new SavedView(), view, { id: rows[0].id, createdAt: rows[0].created_at });
  }

  /** Deletes the member's own view; false when they have none with that id. */
  async delete(projectId: string, memberId: string, viewId: string): Promise<boolean> {
    const result = await this.dataSource.getRepository(SavedView).delete({ id: viewId, projectId, memberId });
    return (result.affected ?? 0) > 0;
  }
}
