import { Column, Entity, Index } from 'typeorm';
import { MemberTokenEntity } from './member-token.entity.js';

/**
 * A one-time link that lets a member set their password (`tokenHash` is that of the token in the invite URL);
 * valid 7 days, used at most once.
 */
@Entity('member_invite')
@Index(['memberId'])
export class MemberInvite extends MemberTokenEntity {
  @Column({ type: 'timestamptz', nullable: true })
  usedAt: Date | null;
}
