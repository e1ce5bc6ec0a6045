import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { ProjectOwnedEntity } from '../common/tenancy/project-owned.entity.js';
import { TeamMember } from '../team/team-member.entity.js';

/**
 * A signed-in member's session, behind the `zapnoty_session` cookie. Stored in PostgreSQL so every server
 * process sees sign-out at once; deleted with its member, so a removed member is signed out everywhere.
 */
@Entity('member_session')
@Index(['memberId'])
@Index(['expiresAt'])
export class MemberSession extends ProjectOwnedEntity {
  /** SHA-256 of the cookie's token, hex. The token itself is never stored. */
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
}
