import { Injectable } from '@nestjs/common';
import { AuthenticatedProject } from '../common/auth/authenticated-project.js';
import type { Sql } from '../common/database/sql.js';
import { isUniqueViolation } from '../common/database/unique-violation.js';
import { isUuid } from '../common/ids.js';
import { TicketType, ticketTypeNameKey } from './ticket-type.entity.js';
import { TicketTypeStore } from './ticket-type.store.js';
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
  constructor(private readonly types: TicketTypeStore) {}

  /** The runtime list: enabled live types, by sort_order, then name. */
  listEnabled(project: AuthenticatedProject): Promise<TicketType[]> {
    return this.types.listLive(project.id, false);
  }

  /** Every live type, disabled ones included, in the runtime list's order. */
  listAll(project: AuthenticatedProject): Promise<TicketType[]> {
    return this.types.listLive(project.id, true);
  }

  /** A live (not deleted) type of this project; a foreign, deleted, unknown or malformed id is a 404. */
  async get(project: AuthenticatedProject, typeId: string): Promise<TicketType> {
    const type = await this.findLiveById(project, typeId);
    if (!type) throw new TicketTypeNotFound();
    return type;
  }

  async findLiveById(project: AuthenticatedProject, typeId: string): Promise<TicketType | null> {
    if (!isUuid(typeId)) return null;
    return this.types.findLiveById(project.id, typeId);
  }

  /** The live type with this name, compared as names are compared for uniqueness (case-insensitively). */
  findLiveByName(project: AuthenticatedProject, name: string): Promise<TicketType | null> {
    return this.types.findLiveByNameKey(project.id, ticketTypeNameKey(name));
  }

  /**
   * For `ticket_type_id` on a new ticket (API, bot, deep-link requests): the type must be live and enabled
   * in this project. Anything else is an invalid value (422), whatever the reason, so the answer does not
   * reveal whether an id exists in another project.
   */
  async requireUsableType(
    project: AuthenticatedProject,
    typeId: string,
    sql?: Sql,
    field = 'ticket_type_id',
  ): Promise<UsableTicketType> {
    // Inside the caller's transaction the row is share-locked: a concurrent disable or delete either
    // commits first (and the type is refused) or waits until the ticket has been created.
    const type = !isUuid(typeId)
      ? null
      : sql
        ? await this.types.lockLiveForTicket(sql, project.id, typeId)
        : await this.types.findLiveById(project.id, typeId);
    if (!type || !type.enabled) throw new TicketTypeNotUsable(field);
    return { id: type.id, name: type.name };
  }

  async create(project: AuthenticatedProject, input: NewTicketType): Promise<TicketType> {
    const name = input.name.trim();
    const liveCount = await this.types.countLive(project.id);
    if (liveCount >= MAX_TICKET_TYPES_PER_PROJECT) throw new TicketTypeLimitReached(MAX_TICKET_TYPES_PER_PROJECT);
    // ON CONFLICT DO NOTHING: a duplicate name (even one inserted concurrently) is a 409, not a failed statement.
    const id = await this.types.insertUnlessNameTaken({
      projectId: project.id,
      name,
      nameKey: ticketTypeNameKey(name),
      description: input.description ?? null,
      sortOrder: input.sort_order ?? 0,
      enabled: true,
    });
    if (id === null) throw new TicketTypeNameTaken(name);
    return this.types.findById(id);
  }

  async update(project: AuthenticatedProject, typeId: string, changes: TicketTypeChanges): Promise<TicketType> {
    const type = await this.get(project, typeId);
    const patch: Partial<TicketType> = {};
    if (changes.name !== undefined) {
      const name = changes.name.trim();
      const nameKey = ticketTypeNameKey(name);
      if (await this.types.liveNameKeyTaken(project.id, nameKey, type.id)) throw new TicketTypeNameTaken(name);
      patch.name = name;
      patch.nameKey = nameKey;
    }
    if (changes.description !== undefined) patch.description = changes.description;
    if (changes.sort_order !== undefined) patch.sortOrder = changes.sort_order;
    if (changes.enabled !== undefined) patch.enabled = changes.enabled;
    if (Object.keys(patch).length > 0) {
      try {
        if (!(await this.types.updateLive(project.id, type.id, patch))) throw new TicketTypeNotFound();
      } catch (error) {
        if (isUniqueViolation(error, 'ticket_type_name_uq')) throw new TicketTypeNameTaken(patch.name ?? type.name);
        throw error;
      }
    }
    return this.types.findById(type.id);
  }

  /** Soft delete: tickets keep the id and the name snapshot; the name is free for a new type. */
  async remove(project: AuthenticatedProject, typeId: string): Promise<void> {
    if (!isUuid(typeId)) throw new TicketTypeNotFound();
    if (!(await this.types.softDelete(project.id, typeId))) throw new TicketTypeNotFound();
  }
}
