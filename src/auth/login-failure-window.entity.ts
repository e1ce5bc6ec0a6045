import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Failed sign-ins of one e-mail (whatever the project) in a 15-minute window that starts at the first
 * failure. In PostgreSQL, so every server process counts against the same limit.
 */
@Entity('login_failure_window')
@Index(['windowStartedAt'])
export class LoginFailureWindow {
  /** Lower-cased e-mail. */
  @PrimaryColumn({ type: 'text' })
  email: string;

  @Column({ type: 'timestamptz' })
  windowStartedAt: Date;

  @Column({ type: 'int' })
  failures: number;
}
