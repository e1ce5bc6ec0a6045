import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import type { AuthenticatedProject } from '../common/auth/authenticated-project.js';
import { MemberInvite } from './member-invite.entity.js';

/** The statements of `member_invite`. */
@Injectable()
export class MemberInviteStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The member's unused invites gone and a new one stored. */
  async replaceUnused(
    manager: EntityManager,
    invite: { projectId: string; memberId: string; tokenHash: string; expiresAt: Date },
  ): Promise<void> {
    await manager.delete(MemberInvite, { projectId: invite.projectId, memberId: invite.memberId, usedAt: IsNull() });
    await manager.insert(MemberInvite, { ...invite, usedAt: null });
  }

  /** The invite of a token (by its hash); locked until the transaction ends when `manager` is given. */
  findByTokenHash(tokenHash: string, manager?: EntityManager): Promise<MemberInvite | null> {
    return manager
      ? manager.findOne(MemberInvite, { where: { tokenHash }, lock: { mode: 'pessimistic_write' } })
      : this.dataSource.manager.findOne(MemberInvite, { where: { tokenHash } });
  }

  async markUsed(manager: EntityManager, inviteId: string): Promise<void> {
    await manager.update(MemberInvite, { id: inviteId }, { usedAt: () => 'now()' });
  }

  /** The invite's project, as the member signs in to it. */
  async projectOf(manager: EntityManager, invite: MemberInvite): Promise<AuthenticatedProject> {
    const [project]: AuthenticatedProject[] = await manager.query('SELECT id, slug, name FROM project WHERE id = $1', [
      invite.projectId,
    ]);
    return project;
  }
}
