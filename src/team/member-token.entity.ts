import { Column, CreateDateColumn, JoinColumn, ManyToOne } from 'typeorm';
import { ProjectOwnedEntity } from '../common/tenancy/project-owned.entity.js';
import { TeamMember } from './team-member.entity.js';

/**
 * The columns of a secret token handed to one member (a session cookie, an invite link): only its hash is
 * stored, and the row goes with its member. Each subclass is its own table.
 */
export abstract class MemberTokenEntity extends ProjectOwnedEntity {
  /** SHA-256 of the token, hex. The token itself is never stored. */
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
