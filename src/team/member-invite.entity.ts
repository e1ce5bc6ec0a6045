import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { ProjectOwnedEntity } from '../common/tenancy/project-owned.entity.js';
import { TeamMember } from './team-member.entity.js';

/** A one-time link that lets a member set their password; valid 7 days, used at most once. */
@Entity('member_invite')
@Index(['memberId'])
export class MemberInvite extends ProjectOwnedEntity {
  /** SHA-256 of the token in the invite URL, hex. */
  @Column({ type: 'text', unique: true })
  tokenHash: string;

  @Column({ type: 'uuid' })
  memberId: string;

  @ManyToOne(() => TeamMember, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id' })
  member?: TeamMember;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt: Date | null;
}
