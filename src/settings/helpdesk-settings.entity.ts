import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Project } from '../common/tenancy/project.entity.js';
import type { BusinessHours } from '../sla/business-time.js';

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

  /** Opening hours: SLA due times count business time only when set (src/sla/business-time.ts). */
  @Column({ type: 'jsonb', nullable: true })
  businessHours: BusinessHours | null;

  /** Sent once per ticket when a customer writes outside business hours (src/automations/). */
  @Column({ type: 'jsonb', nullable: true })
  outOfHoursReply: LocalizedText | null;

  /** A waiting ticket with no customer message for this many days is closed (src/automations/). */
  @Column({ type: 'int', nullable: true })
  autoCloseWaitingDays: number | null;

  /** The first public reply to an unassigned ticket assigns it to its author. */
  @Column({ type: 'boolean', default: false })
  autoAssignOnReply: boolean;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
