import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { MemberSession } from './member-session.entity.js';

/**
 * The statements of `member_session`, the members' console sessions: started by sign-in (src/auth), ended by
 * sign-out and by a new password (TeamService). The session lookup of every console request is the auth
 * guard's (SessionStore in common/auth).
 */
@Injectable()
export class MemberSessionStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(session: { projectId: string; memberId: string; tokenHash: string; expiresAt: Date }): Promise<void> {
    await this.dataSource.getRepository(MemberSession).insert(session);
  }

  async deleteByTokenHash(tokenHash: string): Promise<void> {
    await this.dataSource.getRepository(MemberSession).delete({ tokenHash });
  }

  /** Every session of the member gone (in the caller's transaction): signed out everywhere. */
  async deleteAllOf(manager: EntityManager, projectId: string, memberId: string): Promise<void> {
    await manager.delete(MemberSession, { projectId, memberId });
  }

  async deleteExpired(): Promise<void> {
    await this.dataSource.query('DELETE FROM member_session WHERE expires_at <= now()');
  }
}
