import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import type { MemberRole } from '../common/auth/member-role.js';
import type { Sql } from '../common/database/sql.js';
import { TeamMember } from './team-member.entity.js';

interface TeamMemberRow {
  id: string;
  project_id: string;
  email: string;
  name: string;
  role: MemberRole;
  password_hash: string | null;
  created_at: Date;
}

function memberOfRow(row: TeamMemberRow): TeamMember {
  return Object.assign(new TeamMember(), {
    id: row.id,
    projectId: row.project_id,
    email: row.email,
    name: row.name,
    role: row.role,
    passwordHash: row.password_hash,
    createdAt: row.created_at,
  });
}

const MEMBER_COLUMNS = 'id, project_id, email, name, role, password_hash, created_at';
const FIND_IN_PROJECT = `SELECT ${MEMBER_COLUMNS} FROM team_member WHERE id = $1 AND project_id = $2`;

/** The statements of `team_member` (and the sign-out of a member's sessions that goes with a new password). */
@Injectable()
export class TeamMemberStore {
  constructor(@InjectRepository(TeamMember) private readonly members: Repository<TeamMember>) {}

  list(projectId: string): Promise<TeamMember[]> {
    return this.members.find({ where: { projectId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** Inserts the member; null when the project already has one with this e-mail. */
  async insertIfNew(
    values: { projectId: string; email: string; name: string; role: MemberRole },
    manager?: EntityManager,
  ): Promise<TeamMember | null> {
    const repository = this.repository(manager);
    const inserted = await repository.createQueryBuilder().insert().values(values).orIgnore().returning('*').execute();
    if (inserted.raw.length === 0) return null;
    return repository.findOneByOrFail({ id: inserted.raw[0].id });
  }

  /**
   * The member of this project (plain SQL: it runs inside counted writes, e.g. an assignment), locked until
   * the transaction ends when `lock`.
   */
  async findInProject(sql: Sql, projectId: string, memberId: string, lock = false): Promise<TeamMember | null> {
    const [row] = await sql.query<TeamMemberRow>(lock ? `${FIND_IN_PROJECT} FOR UPDATE` : FIND_IN_PROJECT, [
      memberId,
      projectId,
    ]);
    return row ? memberOfRow(row) : null;
  }

  findByEmail(projectId: string, email: string): Promise<TeamMember | null> {
    return this.members.findOneBy({ projectId, email });
  }

  /** Members with a password under this e-mail (with their project), oldest first; one project's by slug. */
  findWithPasswordByEmail(email: string, projectSlug?: string): Promise<TeamMember[]> {
    const query = this.members
      .createQueryBuilder('member')
      .innerJoinAndSelect('member.project', 'project')
      .where('member.email = :email AND member.password_hash IS NOT NULL', { email })
      .orderBy('member.created_at', 'ASC');
    if (projectSlug !== undefined) query.andWhere('project.slug = :slug', { slug: projectSlug });
    return query.getMany();
  }

  /**
   * Locks the project's owner rows (in id order) for the transaction: two concurrent demotions or removals
   * of the last two owners queue here, and the second sees the first's change ("one owner left").
   */
  lockOwners(manager: EntityManager, projectId: string): Promise<TeamMember[]> {
    return manager
      .getRepository(TeamMember)
      .createQueryBuilder('member')
      .setLock('pessimistic_write')
      .where('member.project_id = :projectId AND member.role = :role', { projectId, role: 'owner' })
      .orderBy('member.id', 'ASC')
      .getMany();
  }

  async setRole(manager: EntityManager, memberId: string, role: MemberRole): Promise<void> {
    await manager.update(TeamMember, { id: memberId }, { role });
  }

  async delete(manager: EntityManager, memberId: string): Promise<void> {
    await manager.delete(TeamMember, { id: memberId });
  }

  /** The member's new password hash (in the caller's transaction). */
  async setPasswordHash(manager: EntityManager, projectId: string, memberId: string, passwordHash: string) {
    await manager.update(TeamMember, { id: memberId, projectId }, { passwordHash });
  }

  private repository(manager?: EntityManager): Repository<TeamMember> {
    return manager ? manager.getRepository(TeamMember) : this.members;
  }
}
