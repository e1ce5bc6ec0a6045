import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { type Actor, actorRole } from '../common/auth/actor.js';
import type { AuthenticatedProject } from '../common/auth/authenticated-project.js';
import { roleHasPermission } from '../common/auth/permissions.js';
import { type Sql, sqlOfPool } from '../common/database/sql.js';
import { type LinkedMemberRow, type MemberTelegramRow, MemberTelegramStore } from './member-telegram.store.js';
import { MemberNotFound, NotYourMember, TelegramNotLinked } from './team.errors.js';
import { TeamService } from './team.service.js';

export type { LinkedMemberRow, MemberTelegramRow } from './member-telegram.store.js';

/** `telegram` of a member in API shape. */
export interface MemberTelegramResponse {
  user_id: number;
  username: string | null;
  notifications: { assigned: boolean; customer_replied: boolean };
}

export function toMemberTelegramResponse(row: MemberTelegramRow | null | undefined): MemberTelegramResponse | null {
  if (!row) return null;
  const notifications = { assigned: row.notify_assigned, customer_replied: row.notify_customer_replied };
  return { user_id: Number(row.user_id), username: row.username, notifications };
}

/**
 * Members' own Telegram accounts: linked by the bot (`/start member_<code>`), unlinked from the console, and
 * what the team chat needs of them (who a Telegram user is in a project, their notification switches).
 * A member manages their own link; admins and owners (and the project key) manage anyone's.
 */
@Injectable()
export class MemberTelegramService {
  private readonly pool: Sql;

  constructor(
    @InjectDataSource() dataSource: DataSource,
    private readonly store: MemberTelegramStore,
    private readonly team: TeamService,
  ) {
    this.pool = sqlOfPool(dataSource);
  }

  /** The member, when the actor may manage their Telegram link (themselves, or admin+); 404 for another project's. */
  async requireManageable(project: AuthenticatedProject, actor: Actor, memberId: string): Promise<void> {
    await this.team.get(project, memberId);
    const own = actor.kind === 'member' && actor.member.id === memberId;
    if (!own && !roleHasPermission(actorRole(actor), 'team.manage')) throw new NotYourMember();
  }

  link(project: AuthenticatedProject, sql: Sql, memberId: string, userId: string, username: string | null) {
    return this.store.link(sql, project.id, memberId, userId, username);
  }

  async unlink(project: AuthenticatedProject, actor: Actor, memberId: string): Promise<void> {
    await this.requireManageable(project, actor, memberId);
    await this.store.unlink(this.pool, project.id, memberId);
  }

  async ofProject(projectId: string): Promise<Map<string, MemberTelegramRow>> {
    const rows = await this.store.ofProject(this.pool, projectId);
    return new Map(rows.map((row) => [row.member_id, row]));
  }

  ofMember(projectId: string, memberId: string): Promise<MemberTelegramRow | null> {
    return this.store.ofMember(this.pool, projectId, memberId);
  }

  byUser(projectId: string, userId: string): Promise<LinkedMemberRow | null> {
    return this.store.byUser(this.pool, projectId, userId);
  }

  /** The members (one per project) a Telegram user's account is linked to. */
  everyMemberOfUser(userId: string): Promise<Array<{ project_id: string; project_name: string; member_id: string }>> {
    return this.store.everyMemberOfUser(this.pool, userId);
  }

  async setNotifications(
    project: AuthenticatedProject,
    actor: Actor,
    memberId: string,
    switches: { assigned: boolean; customerReplied: boolean },
  ): Promise<MemberTelegramRow> {
    await this.requireManageable(project, actor, memberId);
    if (!(await this.store.setNotifications(this.pool, project.id, memberId, switches))) throw new TelegramNotLinked();
    return (await this.store.ofMember(this.pool, project.id, memberId))!;
  }
}

export { MemberNotFound };
