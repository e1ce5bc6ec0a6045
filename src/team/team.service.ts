import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { type Actor, actorRole } from '../common/auth/actor.js';
import { AuthenticatedProject } from '../common/auth/authenticated-project.js';
import { PasswordAttemptThrottle } from '../common/auth/password-attempt-throttle.js';
import { PasswordHasher } from '../common/auth/password-hasher.js';
import { canManageRole } from '../common/auth/permissions.js';
import { type Sql, sqlOfManager, sqlOfPool } from '../common/database/sql.js';
import { isUuid } from '../common/ids.js';
import { SessionRequired } from '../common/auth/auth.errors.js';
import type { MemberRole } from '../common/auth/member-role.js';
import { TeamMember } from './team-member.entity.js';
import { MemberSessionStore } from './member-session.store.js';
import { TeamMemberStore } from './team-member.store.js';
import {
  CannotTransferToSelf,
  LastOwner,
  MemberExists,
  MemberNotFound,
  MemberNotInProject,
  NotOwner,
  PasswordMismatch,
  RoleNotManageable,
} from './team.errors.js';

export { MemberNotFound } from './team.errors.js';

export interface NewTeamMember {
  email: string;
  name: string;
  role: MemberRole;
}

/** A member who may sign in with this e-mail, with the project they sign in to. */
export interface SignInCandidate {
  member: TeamMember;
  passwordHash: string;
  project: AuthenticatedProject;
}

@Injectable()
export class TeamService {
  private readonly pool: Sql;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly members: TeamMemberStore,
    private readonly sessions: MemberSessionStore,
    private readonly hasher: PasswordHasher,
    private readonly throttle: PasswordAttemptThrottle,
  ) {
    this.pool = sqlOfPool(dataSource);
  }

  list(project: AuthenticatedProject): Promise<TeamMember[]> {
    return this.members.list(project.id);
  }

  /** Adds a member; an admin may add support and viewer members only. */
  async add(
    project: AuthenticatedProject,
    input: NewTeamMember,
    manager?: EntityManager,
    actor?: Actor,
  ): Promise<TeamMember> {
    if (actor && !canManageRole(actorRole(actor), input.role)) throw new RoleNotManageable();
    const email = input.email.trim().toLowerCase();
    const member = await this.members.insertIfNew(
      { projectId: project.id, email, name: input.name.trim(), role: input.role },
      manager,
    );
    if (!member) throw new MemberExists(email);
    return member;
  }

  /** The project's member (`sql`: inside the caller's transaction, locked until it ends when `lock`). */
  async get(project: AuthenticatedProject, memberId: string, sql: Sql = this.pool, lock = false): Promise<TeamMember> {
    const member = isUuid(memberId) ? await this.members.findInProject(sql, project.id, memberId, lock) : null;
    if (!member) throw new MemberNotFound();
    return member;
  }

  async getByEmail(project: AuthenticatedProject, email: string): Promise<TeamMember> {
    const member = await this.members.findByEmail(project.id, email.trim().toLowerCase());
    if (!member) throw new MemberNotFound();
    return member;
  }

  /** For fields like `assigned_to`: an id that is not a member of this project is an invalid value (422). */
  async requireMember(project: AuthenticatedProject, memberId: string, field: string, sql?: Sql): Promise<TeamMember> {
    try {
      return await this.get(project, memberId, sql);
    } catch (error) {
      if (error instanceof MemberNotFound) throw new MemberNotInProject(field);
      throw error;
    }
  }

  /** Removes a member (their sessions and invites go with the row). Never the last owner. */
  async remove(project: AuthenticatedProject, memberId: string, actor?: Actor): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const owners = await this.members.lockOwners(manager, project.id);
      const member = await this.get(project, memberId, sqlOfManager(manager), true);
      if (actor && !canManageRole(actorRole(actor), member.role)) throw new RoleNotManageable();
      if (member.role === 'owner' && owners.length <= 1) throw new LastOwner('removed');
      await this.members.delete(manager, member.id);
    });
  }

  /** Changes a role; the next request of that member's sessions already uses it. Never demotes the last owner. */
  async changeRole(
    project: AuthenticatedProject,
    actor: Actor,
    memberId: string,
    role: MemberRole,
  ): Promise<TeamMember> {
    return this.dataSource.transaction(async (manager) => {
      const owners = await this.members.lockOwners(manager, project.id);
      const member = await this.get(project, memberId, sqlOfManager(manager), true);
      const callerRole = actorRole(actor);
      if (!canManageRole(callerRole, member.role) || !canManageRole(callerRole, role)) throw new RoleNotManageable();
      if (member.role === role) return member;
      if (member.role === 'owner' && owners.length <= 1) throw new LastOwner('demoted');
      await this.members.setRole(manager, member.id, role);
      return Object.assign(member, { role });
    });
  }

  /**
   * Makes another member owner and the signed-in owner admin, in one transaction. The owner re-enters
   * their password, so a session left open on someone else's screen cannot give the project away. The
   * password is checked (and the attempt counted: 10 wrong in 15 minutes → 429) before any lock or
   * transaction: a wrong guess holds no connection and no owner row while it is hashed.
   */
  async transferOwnership(
    project: AuthenticatedProject,
    actor: Actor,
    memberId: string,
    password: string,
  ): Promise<{ newOwner: TeamMember; previousOwner: TeamMember }> {
    if (actor.kind !== 'member') throw new SessionRequired();
    if (memberId === actor.member.id) throw new CannotTransferToSelf();
    const checked = await this.get(project, actor.member.id);
    if (checked.role !== 'owner') throw new NotOwner();
    await this.get(project, memberId);
    const scopes = this.throttle.reEntryScopes(checked.id);
    await this.throttle.countAttempt(scopes);
    if (!checked.passwordHash || !(await this.hasher.verify(password, checked.passwordHash))) {
      throw new PasswordMismatch();
    }
    await this.throttle.succeeded(scopes);
    return this.swapOwner(project, actor.member.id, memberId, checked.passwordHash);
  }

  /** The transfer once the owner proved it is them another way (a one-time code: OwnershipOtpService). */
  transferOwnershipConfirmed(project: AuthenticatedProject, ownerId: string, memberId: string) {
    return this.swapOwner(project, ownerId, memberId);
  }

  /** `passwordHash`: the one checked, which must still be the owner's under the lock. */
  private swapOwner(project: AuthenticatedProject, ownerId: string, memberId: string, passwordHash?: string) {
    return this.dataSource.transaction(async (manager) => {
      await this.members.lockOwners(manager, project.id);
      const caller = await this.get(project, ownerId, sqlOfManager(manager), true);
      const target = await this.get(project, memberId, sqlOfManager(manager), true);
      if (caller.role !== 'owner') throw new NotOwner();
      // The password changed between the check and the lock: the one re-entered is no longer it.
      if (passwordHash !== undefined && caller.passwordHash !== passwordHash) throw new PasswordMismatch();
      await this.members.setRole(manager, target.id, 'owner');
      await this.members.setRole(manager, caller.id, 'admin');
      return {
        newOwner: Object.assign(target, { role: 'owner' as const }),
        previousOwner: Object.assign(caller, { role: 'admin' as const }),
      };
    });
  }

  /** Hashes the password (through the bounded hashing queue), then stores it; no lock is held while hashing. */
  async setPassword(project: AuthenticatedProject, memberId: string, password: string): Promise<void> {
    await this.setPasswordHash(project, memberId, await this.hasher.hash(password));
  }

  /**
   * Stores a hash made with PasswordHasher beforehand (`manager`: inside the caller's transaction) and signs
   * the member out everywhere (a reset, an invite, the CLI): whoever held an old session — perhaps the
   * reason for the new password — loses it on their next request.
   */
  async setPasswordHash(
    project: AuthenticatedProject,
    memberId: string,
    passwordHash: string,
    manager?: EntityManager,
  ): Promise<void> {
    const write = async (transaction: EntityManager) => {
      await this.members.setPasswordHash(transaction, project.id, memberId, passwordHash);
      await this.sessions.deleteAllOf(transaction, project.id, memberId);
    };
    await (manager ? write(manager) : this.dataSource.transaction(write));
  }

  /** Members with a password under this e-mail, in one project (by slug) or in every project. */
  async findSignInCandidates(email: string, projectSlug?: string): Promise<SignInCandidate[]> {
    const members = await this.members.findWithPasswordByEmail(email.trim().toLowerCase(), projectSlug);
    return members.map((member) => ({
      member,
      passwordHash: member.passwordHash!,
      project: { id: member.project!.id, slug: member.project!.slug, name: member.project!.name },
    }));
  }
}
