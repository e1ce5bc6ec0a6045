import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Project } from '../common/tenancy/project.entity.js';

/**
 * A claimed `Idempotency-Key` of one project. `statusCode` null means the first request is still running;
 * once it finishes, its status and body are stored in the same transaction as the change, so a replay
 * never disagrees with what was committed. Rows older than 24 h are expired and purged.
 */
@Entity('idempotency_key')
@Index('idempotency_key_created_idx', ['createdAt'])
export class IdempotencyKey {
  @PrimaryColumn({ type: 'uuid' })
  projectId: string;

  @ManyToOne(() => Project, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: Project;

  @PrimaryColumn({ type: 'text' })
  key: string;

  /** SHA-256 of method, route and canonical JSON body. */
  @Column({ type: 'text' })
  requestHash: string;

  @Column({ type: 'int', nullable: true })
  statusCode: number | null;

  @Column({ type: 'jsonb', nullable: true })
  responseBody: unknown;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  /**
   * While the first request runs, the process refreshes this lease; once it has run out (the process
   * died), an identical retry takes the key over. Null for keys claimed before leases existed.
   */
  @Column({ type: 'timestamptz', nullable: true })
  leaseExpiresAt: Date | null;

  /** Random token of the claim holding the lease: a request whose key was taken over cannot complete it. */
  @Column({ type: 'uuid', nullable: true })
  leaseOwner: string | null;
}
