import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, IsNull, Not, Repository } from 'typeorm';
import { AuthenticatedProject } from '../common/auth/authenticated-project.js';
import { isUniqueViolation } from '../common/database/unique-violation.js';
import { isUuid } from '../common/ids.js';
import { TicketType, ticketTypeNameKey } from './ticket-type.entity.js';
import {
  TicketTypeLimitReached,
  TicketTypeNameTaken,
  TicketTypeNotFound,
  TicketTypeNotUsable,
} from './ticket-types.errors.js';

/** Types are a pick list (a bot keyboard, a select box): a project needs a handful, never thousands. */
export const MAX_TICKET_TYPES_PER_PROJECT = 100;

export interface NewTicketType {
  name: string;
  description?: string | null;
  sort_order?: number;
}

export interface TicketTypeChanges {
  name?: string;
  description?: string | null;
  sort_order?: number;
  enabled?: boolean;
}

/** What a ticket stores about its type: the id and a snapshot of the name. */
export interface UsableTicketType {
  id: string;
  name: string;
}

@Injectable()
export class TicketTypesService {
  constructor(@InjectRepository(TicketType) private readonly types: Repository<TicketType>) {}

  private repository(manager?: EntityManager): Repository<TicketType> {
    return manager ? manager.getRepository(TicketType) : this.types;
  }

  /** The runtime list: enabled live types, by sort_order, then name. */
  listEnabled(project: AuthenticatedProject, manager?: EntityManager): Promise<TicketType[]> {
    return this.repository(manager).find({
      where: { projectId: project.id, deletedAt: IsNull(), enabled: true },
      order: { sortOrder: 'ASC', nameKey: 'ASC', id: 'ASC' },
    });
  }

  /** Every live type, disabled ones included, in the runtime list's order. */
  listAll(project: AuthenticatedProject): Promise<TicketType[]> {
    return this.types.find({
      where: { projectId: project.id, deletedAt: IsNull() },
      order: { sortOrder: 'ASC', nameKey: 'ASC', id: 'ASC' },
    });
  }

  /** A live (not deleted) type of this project; a foreign, deleted, unknown or malformed id is a 404. */
  async get(project: AuthenticatedProject, typeId: string, manager?: EntityManager): Promise<TicketType> {
    const type = await this.findLiveById(project, typeId, manager);
    if (!type) throw new TicketTypeNotFound();
    return type;
  }

  async findLiveById(
    project: AuthenticatedProject,
    typeId: string,
    manager?: EntityManager,
  ): Promise<TicketType | null> {
    if (!isUuid(typeId)) return null;
    return this.repository(manager).findOneBy({ id: typeId, projectId: project.id, deletedAt: IsNull() });
  }

  /** The live type with this name, compared as names are compared for uniqueness (case-insensitively). */
  findLiveByName(project: AuthenticatedProject, name: string, manager?: EntityManager): Promise<TicketType | null> {
    return this.repository(manager).findOneBy({
      projectId: project.id,
      nameKey: ticketTypeNameKey(name),
      deletedAt: IsNull(),
    });
  }

  /**
   * For `ticket_type_id` on a new ticket (API, bot, deep-link requests): the type must be live and enabled
   * in this project. Anything else is an invalid value (422), whatever the reason, so the answer does not
   * reveal whether an id exists in another project.
   */
  async requireUsableType(
    project: AuthenticatedProject,
    typeId: string,
    manager?: EntityManager,
    field = 'ticket_type_id',
  ): Promise<UsableTicketType> {
    // Inside the caller's transaction the row is share-locked: a concurrent disable or delete either
    // commits first (and the type is refused) or waits until the ticket has been created.
    const type = isUuid(typeId)
      ? await this.repository(manager).findOne({
          where: { id: typeId, projectId: project.id, deletedAt: IsNull() },
          ...(manager ? { lock: { mode: 'pessimistic_read' as const } } : {}),
        })
      : null;
    if (!type || !type.enabled) throw new TicketTypeNotUsable(field);
    return { id: type.id, name: type.name };
  }

  async create(project: AuthenticatedProject, input: NewTicketType): Promise<TicketType> {
    const name = input.name.trim();
    const liveCount = await this.types.countBy({ projectId: project.id, deletedAt: IsNull() });
    if (liveCount >= MAX_TICKET_TYPES_PER_PROJECT) throw new TicketTypeLimitReached(MAX_TICKET_TYPES_PER_PROJECT);
    // ON CONFLICT DO NOTHING: a duplicate name (even one inserted concurrently) is a 409, not a failed statement.
    const inserted = await this.types
      .createQueryBuilder()
      .insert()
      .values({
        projectId: project.id,
        name,
        nameKey: ticketTypeNameKey(name),
        description: input.description ?? null,
        sortOrder: input.sort_order ?? 0,
        enabled: true,
      })
      .orIgnore()
      .returning('id')
      .execute();
    if (inserted.raw.length === 0) throw new TicketTypeNameTaken(name);
    return this.types.findOneByOrFail({ id: inserted.raw[0].id });
  }

  async update(project: AuthenticatedProject, typeId: string, changes: TicketTypeChanges): Promise<TicketType> {
    const type = await this.get(project, typeId);
    const patch: Partial<TicketType> = {};
    if (changes.name !== undefined) {
      const name = changes.name.trim();
      const nameKey = ticketTypeNameKey(name);
      const clash = await this.types.existsBy({
        projectId: project.id,
        nameKey,
        deletedAt: IsNull(),
        id: Not(type.id),
      });
      if (clash) throw new TicketTypeNameTaken(name);
      patch.name = name;
      patch.nameKey = nameKey;
    }
    if (changes.description !== undefined) patch.description = changes.description;
    if (changes.sort_order !== undefined) patch.sortOrder = changes.sort_order;
    if (changes.enabled !== undefined) patch.enabled = changes.enabled;
    if (Object.keys(patch).length > 0) {
      try {
        // deleted_at in the filter: a type deleted since it was read is not resurrected by the update.
        const result = await this.types.update({ id: type.id, projectId: project.id, deletedAt: IsNull() }, patch);
        if (result.affected === 0) throw new TicketTypeNotFound();
      } catch (error) {
        if (isUniqueViolation(error, 'ticket_type_name_uq')) throw new TicketTypeNameTaken(patch.name ?? type.name);
        throw error;
      }
    }
    return this.types.findOneByOrFail({ id: type.id });
  }

  /** Soft delete: tickets keep the id and the name snapshot; the name is free for a new type. */
  async remove(project: AuthenticatedProject, typeId: string): Promise<void> {
    if (!isUuid(typeId)) throw new TicketTypeNotFound();
    const result = await this.types.update(
      { id: typeId, projectId: project.id, deletedAt: IsNull() },
      { deletedAt: () => 'now()' },
    );
    if (result.affected === 0) throw new TicketTypeNotFound();
  }
}
