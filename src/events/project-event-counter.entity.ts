import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The last live-event position given out in a project. Incremented in the transaction that writes the
 * events and locked until it commits, so positions follow commit order: a stream that has sent position N
 * can never later find an event below N (what makes `Last-Event-ID` resume exact across processes).
 */
@Entity('project_event_counter')
export class ProjectEventCounter {
  @PrimaryColumn({ type: 'uuid' })
  projectId: string;

  @Column({ type: 'bigint' })
  lastPosition: string;
}
