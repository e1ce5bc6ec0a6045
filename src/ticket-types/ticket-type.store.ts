import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Not, Repository } from 'typeorm';
import { type Sql } from '../common/database/sql.js';
import { TicketType } from './ticket-type.entity.js';

/** The columns of a type that a new ticket records (see TicketTypesService.requireUsableType). */
export interface TicketTypeUsability {
  id: string;
  name: string;
  enabled: boolean;
}

export interface NewTicketTypeRow {
  projectId: string;
  name: string;
  nameKey: string;
  description: string | null;
  sortOrder: number;
  enabled: boolean;
}

/** The ticket_type rows of a project; a deleted type keeps its row (deleted_at set). */
@Injectable()
export class TicketTypeStore {
  constructor(@InjectRepository(TicketType) private readonly types: Repository<TicketType>) {}

  /** Live types, enabled ones only unless `includeDisabled`, in the runtime list's order. */
  listLive(projectId: string, includeDisabled: boolean): Promise<TicketType[]> {
    return this.types.find({
      where: { projectId, deletedAt: IsNull(), ...(includeDisabled ? {} : { enabled: true }) },
      order: { sortOrder: 'ASC', nameKey: 'ASC', id: 'ASC' },
    });
  }

  findLiveById(projectId: string, typeId: string): Promise<TicketType | null> {
    return this.types.findOneBy({ id: typeId, projectId, deletedAt: IsNull() });
  }

  findLiveByNameKey(projectId: string, nameKey: string): Promise<TicketType | null> {
    return this.types.findOneBy({ projectId, nameKey, deletedAt: IsNull() });
  }

  findById(typeId: string): Promise<TicketType> {
    return this.types.findOneByOrFail({ id: typeId });
  }

  /** A live type of the project, share-locked until the end of the transaction of `sql`. */
  async lockLiveForTicket(sql: Sql, projectId: string, typeId: string): Promise<TicketTypeUsability | undefined> {
    const rows = await sql.query<TicketTypeUsability>(
      'SELECT id, name, enabled FROM ticket_type WHERE id = $1 AND project_id = $2 AND deleted_at IS NULL FOR SHARE',
      [typeId, projectId],
    );
    return rows[0];
  }

  countLive(projectId: string): Promise<number> {
    return this.types.countBy({ projectId, deletedAt: IsNull() });
  }

  /** The new type's id, or null when a live type of the project has its name (ON CONFLICT DO NOTHING). */
  async insertUnlessNameTaken(row: NewTicketTypeRow): Promise<string | null> {
    const inserted = await this.types.createQueryBuilder().insert().values(row).orIgnore().returning('id').execute();
    return inserted.raw.length === 0 ? null : (inserted.raw[0].id as string);
  }

  /** Whether another live type of the project has this name key. */
  liveNameKeyTaken(projectId: string, nameKey: string, exceptId: string): Promise<boolean> {
    return this.types.existsBy({ projectId, nameKey, deletedAt: IsNull(), id: Not(exceptId) });
  }

  /** Changes a live type; false when it is no longer live (deleted since it was read). */
  async updateLive(projectId: string, typeId: string, patch: Partial<TicketType>): Promise<boolean> {
    // deleted_at in the filter: a type deleted since it was read is not resurrected by the update.
    const result = await this.types.update({ id: typeId, projectId, deletedAt: IsNull() }, patch);
    return result.affected !== 0;
  }

  /** Soft delete; false when no live type of the project has this id. */
  async softDelete(projectId: string, typeId: string): Promise<boolean> {
    const result = await this.types.update(
      { id: typeId, projectId, deletedAt: IsNull() },
      { deletedAt: () => 'now()' },
    );
    return result.affected !== 0;
  }
}
