import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { MemberSession } from './member-session.entity.js';

/**
 * The statements of `member_session` for sign-in and sign-out. The session lookup of every console request
 * is the auth guard's (SessionStore in common/auth); a new password signs a member out in TeamMemberStore.
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

  async deleteExpired(): Promise<void> {
    await this.dataSource.query('DELETE FROM member_session WHERE expires_at <= now()');
  }
}
