import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A tenant: one business with its own API key, team, settings and tickets. */
@Entity('project')
export class Project {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', unique: true })
  slug: string;

  @Column({ type: 'text', default: '' })
  description: string;

  /** SHA-256 of the API key, hex. The key itself is shown once and never stored. */
  @Column({ type: 'text', unique: true })
  apiKeyHash: string;

  /** The first characters of the key, so an owner can tell keys apart. */
  @Column({ type: 'text' })
  apiKeyPrefix: string;

  /**
   * Raised (by database triggers, in the changing transaction) whenever the project's helpdesk settings
   * or routing rules change: a server process compares it with the version its cached copy was read at.
   */
  @Column({ type: 'bigint', default: 0 })
  configVersion: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
