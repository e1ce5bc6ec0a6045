import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Project } from '../common/tenancy/project.entity.js';

export interface LocalizedText {
  ru: string;
  en: string;
}

export const UNANSWERED_HOURS_CHOICES = [12, 24, 48] as const;

/** The helpdesk module's settings of one project (one row per project, created with it). */
@Entity('helpdesk_settings')
export class HelpdeskSettings {
  @PrimaryColumn({ type: 'uuid' })
  projectId: string;

  @OneToOne(() => Project, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: Project;

  @Column({ type: 'boolean', default: true })
  helpdeskEnabled: boolean;

  @Column({ type: 'jsonb' })
  welcomeMessage: LocalizedText;

  @Column({ type: 'jsonb' })
  closeMessage: LocalizedText;

  @Column({ type: 'int', nullable: true })
  slaFirstReplyHours: number | null;

  @Column({ type: 'int', nullable: true })
  slaResolveHours: number | null;

  @Column({ type: 'boolean', default: false })
  ticketTypesEnabled: boolean;

  @Column({ type: 'boolean', default: true })
  allowCreate: boolean;

  @Column({ type: 'boolean', default: true })
  allowView: boolean;

  @Column({ type: 'boolean', default: false })
  csatEnabled: boolean;

  @Column({ type: 'text' })
  csatMessageTemplate: string;

  @Column({ type: 'int', nullable: true, default: 24 })
  unansweredHours: number | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
