import { Column, Entity, ManyToOne, JoinColumn, PrimaryColumn } from 'typeorm';
import { Project } from '../common/tenancy/project.entity.js';

/**
 * The last ticket number handed out per project. Incremented with an upsert inside the creating
 * transaction: the row lock serialises concurrent creators and a rollback returns the number, so the
 * sequence stays gapless (a PostgreSQL SEQUENCE would leave gaps).
 */
@Entity('ticket_number_counter')
export class TicketNumberCounter {
  @PrimaryColumn({ type: 'uuid' })
  projectId: string;

  @ManyToOne(() => Project, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: Project;

  @Column({ type: 'int' })
  lastNumber: number;
}
