import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Project } from '../projects/project.entity.js';

export const MEMBER_ROLES = ['owner', 'admin', 'support', 'viewer'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

/** A support agent (or owner, admin, viewer) of one project. */
@Entity('team_member')
@Index(['projectId', 'email'], { unique: true })
export class TeamMember {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  projectId: string;

  @ManyToOne(() => Project, { onDelete: 'CASCADE' })
  project?: Project;

  /** Stored lower-cased: e-mail addresses are compared case-insensitively. */
  @Column({ type: 'text' })
  email: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  role: MemberRole;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
