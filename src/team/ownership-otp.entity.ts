import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Project } from '../common/tenancy/project.entity.js';
import { TeamMember } from './team-member.entity.js';

/** A pending ownership transfer confirmed by a one-time code sent to the owner's Telegram (one per owner). */
@Entity('ownership_otp')
export class OwnershipOtp {
  @PrimaryColumn({ type: 'uuid' })
  ownerId: string;

  @ManyToOne(() => TeamMember, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'owner_id' })
  owner?: TeamMember;

  @Column({ type: 'uuid' })
  projectId: string;

  @ManyToOne(() => Project, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: Project;

  /** The member who becomes owner. */
  @Column({ type: 'uuid' })
  memberId: string;

  @ManyToOne(() => TeamMember, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id' })
  member?: TeamMember;

  /** SHA-256 of the owner id and the 6-digit code, hex. */
  @Column({ type: 'text' })
  codeHash: string;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
