import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { type Actor, actorRole } from '../common/auth/actor.js';
import { AuthenticatedProject } from '../common/auth/authenticated-project.js';
import { PasswordAttemptThrottle } from '../common/auth/password-attempt-throttle.js';
import { PasswordHasher } from '../common/auth/password-hasher.js';
import { canManageRole } from '../common/auth/permissions.js';
import { isUuid } from '../common/ids.js';
import { SessionRequired } from '../common/auth/auth.errors.js';
import type { MemberRole } from '../common/auth/member-role.js';
import { TeamMember } from './team-member.entity.js';
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
  constructor(
    @InjectRepository(TeamMember) private readonly members: Repository<TeamMember>,
    private readonly hasher: PasswordHasher,
    private readonly throttle: PasswordAttemptThrottle,
  ) {}

  list(project: AuthenticatedProject): Promise<TeamMember[]> {
    return this.members.find({ where: { projectId: project.id }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** Adds a member; an admin may add support and viewer members only. */
  async add(
    project: AuthenticatedProject,
    input: NewTeamMember,
    manager?: EntityManager,
    actor?: Actor,
  ): Promise<TeamMember> {
    if (actor && !canManageRole(actorRole(actor), input.role)) throw new RoleNotManageable();
    const repository = manager ? manager.getRepository(TeamMember) : this.members;
    const email = input.email.trim().toLowerCase();
    const inserted = await repository
      .createQueryBuilder()
      .insert()
      .values({ projectId: project.id, email, name: input.name.trim(), role: input.role })
      .orIgnore()
      .returning('*')
      .execute();
    if (inserted.raw.length === 0) throw new MemberExists(email);
    return repository.findOneByOrFail({ id: inserted.raw[0].id });
  }

  async get(
    project: AuthenticatedProject,
    memberId: string,
    manager?: EntityManager,
    lock = false,
  ): Promise<TeamMember> {
    const repository = manager ? manager.getRepository(TeamMember) : this.members;
    const member = isUuid(memberId)
      ? await repository.findOne({
          where: { id: memberId, projectId: project.id },
          ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
        })
      : null;
    if (!member) throw new MemberNotFound();
    return member;
  }

  async getByEmail(project: AuthenticatedProject, email: string): Promise<TeamMember> {
    const member = await this.members.findOneBy({ projectId: project.id, email: email.trim().toLowerCase() });
    if (!member) throw new MemberNotFound();
    return member;
  }

  /** For fields like `assigned_to`: an id that is not a member of this project is an invalid value (422). */
  async requireMember(
    project: AuthenticatedProject,
    memberId: string,
    field: string,
    manager?: EntityManager,
  ): Promise<TeamMember> {
    try {
      return await this.get(project, memberId, manager);
    } catch (error) {
      if (error instanceof MemberNotFound) throw new MemberNotInProject(field);
      throw error;
    }
  }

  /** Removes a member (their sessions and invites go with the row). Never the last owner. */
  async remove(project: AuthenticatedProject, memberId: string, actor?: Actor): Promise<void> {
    await this.members.manager.transaction(async (manager) => {
      const owners = await this.lockOwners(project, manager);
      const member = await this.get(project, memberId, manager, true);
      if (actor && !canManageRole(actorRole(actor), member.role)) throw new RoleNotManageable();
      if (member.role === 'owner' && owners.length <= 1) throw new LastOwner('removed');
      await manager.delete(TeamMember, { id: member.id });
    });
  }

  /** Changes a role; the next request of that member's sessions already uses it. Never demotes the last owner. */
  async changeRole(
    project: AuthenticatedProject,
    actor: Actor,
    memberId: string,
    role: MemberRole,
  ): Promise<TeamMember> {
    return this.members.manager.transaction(async (manager) => {
      const owners = await this.lockOwners(project, manager);
      const member = await this.get(project, memberId, manager, true);
      const callerRole = actorRole(actor);
      if (!canManageRole(callerRole, member.role) || !canManageRole(callerRole, role)) throw new RoleNotManageable();
      if (member.role === role) return member;
      if (member.role === 'owner' && owners.length <= 1) throw new LastOwner('demoted');
      await manager.update(TeamMember, { id: member.id }, { role });
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
    return this.members.manager.transaction(async (manager) => {
      await this.lockOwners(project, manager);
      const caller = await this.get(project, actor.member.id, manager, true);
      const target = await this.get(project, memberId, manager, true);
      if (caller.role !== 'owner') throw new NotOwner();
      // The password changed between the check and the lock: the one re-entered is no longer it.
      if (caller.passwordHash !== checked.passwordHash) throw new PasswordMismatch();
      await manager.update(TeamMember, { id: target.id }, { role: 'owner' });
      await manager.update(TeamMember, { id: caller.id }, { role: 'admin' });
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
      await transaction.update(TeamMember, { id: memberId, projectId: project.id }, { passwordHash });
      // The sessions table belongs to sign-in (src/auth), which sits above this module: plain SQL here.
      await transaction.query('DELETE FROM member_session WHERE project_id = $1 AND member_id = $2', [
        project.id,
        memberId,
      ]);
    };
    await (manager ? write(manager) : this.members.manager.transaction(write));
  }

  /** Members with a password under this e-mail, in one project (by slug) or in every project. */
  async findSignInCandidates(email: string, projectSlug?: string): Promise<SignInCandidate[]> {
    const query = this.members
      .createQueryBuilder('member')
      .innerJoinAndSelect('member.project', 'project')
      .where('member.email = :email AND member.password_hash IS NOT NULL', { email: email.trim().toLowerCase() })
      .orderBy('member.created_at', 'ASC');
    if (projectSlug !== undefined) query.andWhere('project.slug = :slug', { slug: projectSlug });
    const members = await query.getMany();
    return members.map((member) => ({
      member,
      passwordHash: member.passwordHash!,
      project: { id: member.project!.id, slug: member.project!.slug, name: member.project!.name },
    }));
  }

  /**
   * Locks the project's owner rows (in id order) for the transaction: two concurrent demotions or removals
   * of the last two owners queue here, and the second sees the first's change ("one owner left").
   */
  private lockOwners(project: AuthenticatedProject, manager: EntityManager): Promise<TeamMember[]> {
    return manager
      .getRepository(TeamMember)
      .createQueryBuilder('member')
      .setLock('pessimistic_write')
      .where('member.project_id = :projectId AND member.role = :role', { projectId: project.id, role: 'owner' })
      .orderBy('member.id', 'ASC')
      .getMany();
  }
}
