import { Column, CreateDateColumn, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Project } from '../common/tenancy/project.entity.js';

/** The project's webhook: a project has at most one, so the project id is the key. */
@Entity('webhook')
export class Webhook {
  @PrimaryColumn({ type: 'uuid' })
  projectId: string;

  @OneToOne(() => Project, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: Project;

  @Column({ type: 'text' })
  url: string;

  /** Subscribed event names; null means every event, including ones added later. */
  @Column({ type: 'text', array: true, nullable: true })
  events: string[] | null;

  /** HMAC key of X-Zapnoty-Signature. Shown to the owner through the API, never logged. */
  @Column({ type: 'text' })
  secret: string;

  /** Set when the receiver answered 410 Gone; PUT turns the webhook back on. */
  @Column({ type: 'timestamptz', nullable: true })
  disabledAt: Date | null;

  @Column({ type: 'text', nullable: true })
  disabledReason: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
