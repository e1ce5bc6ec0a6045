import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Requests of one credential (an API key or a member session, by the hash of its secret) in one
 * minute-long window; shared by every server process.
 */
@Entity('rate_limit_bucket')
export class RateLimitBucket {
  /** The SHA-256 of the API key or of the session token: each credential has its own budget. */
  @PrimaryColumn({ type: 'text' })
  holder: string;

  @PrimaryColumn({ type: 'timestamptz' })
  windowStart: Date;

  @Column({ type: 'int' })
  hits: number;
}
