import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Project } from '../common/tenancy/project.entity.js';
import { TeamMember } from './team-member.entity.js';

/** A member's linked Telegram account and their notification switches. */
@Entity('team_member_telegram')
@Index(['projectId', 'userId'], { unique: true })
export class TeamMemberTelegram {
  @PrimaryColumn({ type: 'uuid' })
  memberId: string;

  @ManyToOne(() => TeamMember, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id' })
  member?: TeamMember;

  @Column({ type: 'uuid' })
  projectId: string;

  @ManyToOne(() => Project, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: Project;

  @Column({ type: 'bigint' })
  userId: string;

  @Column({ type: 'text', nullable: true })
  username: string | null;

  @Column({ type: 'boolean', default: true })
  notifyAssigned: boolean;

  @Column({ type: 'boolean', default: true })
  notifyCustomerReplied: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  linkedAt: Date;
}
