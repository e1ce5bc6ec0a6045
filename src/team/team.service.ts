import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { AuthenticatedProject } from '../common/auth/authenticated-project.js';
import { isUuid } from '../common/ids.js';
import { MemberRole, TeamMember } from './team-member.entity.js';
import { LastOwner, MemberExists, MemberNotFound, MemberNotInProject } from './team.errors.js';

export interface NewTeamMember {
  email: string;
  name: string;
  role: MemberRole;
}

@Injectable()
export class TeamService {
  constructor(@InjectRepository(TeamMember) private readonly members: Repository<TeamMember>) {}

  list(project: AuthenticatedProject): Promise<TeamMember[]> {
    return this.members.find({ where: { projectId: project.id }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  async add(project: AuthenticatedProject, input: NewTeamMember, manager?: EntityManager): Promise<TeamMember> {
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

  async get(project: AuthenticatedProject, memberId: string, manager?: EntityManager): Promise<TeamMember> {
    const repository = manager ? manager.getRepository(TeamMember) : this.members;
    const member = isUuid(memberId) ? await repository.findOneBy({ id: memberId, projectId: project.id }) : null;
    if (!member) throw new MemberNotFound();
    return member;
  }

  /** For fields like `assigned_to`: an id that is not a member of this project is an invalid value (422). */
  async requireMember(project: AuthenticatedProject, memberId: string, field: string, manager?: EntityManager): Promise<TeamMember> {
    try {
      return await this.get(project, memberId, manager);
    } catch (error) {
      if (error instanceof MemberNotFound) throw new MemberNotInProject(field);
      throw error;
    }
  }

  async remove(project: AuthenticatedProject, memberId: string): Promise<void> {
    await this.members.manager.transaction(async (manager) => {
      const member = await this.get(project, memberId, manager);
      if (member.role === 'owner') {
        // Lock the owners so two concurrent removals cannot both see "another owner is left".
        const owners = await manager
          .getRepository(TeamMember)
          .createQueryBuilder('member')
          .setLock('pessimistic_write')
          .where('member.project_id = :projectId AND member.role = :role', { projectId: project.id, role: 'owner' })
          .getMany();
        if (owners.length <= 1) throw new LastOwner();
      }
      await manager.delete(TeamMember, { id: member.id });
    });
  }
}
