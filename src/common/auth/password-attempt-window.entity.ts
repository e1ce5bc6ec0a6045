import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Failed password attempts counted under one scope in a 15-minute window that starts at the first:
 * `address:<ip>`, `email:<ip> <e-mail>` (sign-in) or `member:<id>` (a re-entered password). In
 * PostgreSQL, so every server process counts against the same limits.
 */
@Entity('password_attempt_window')
@Index(['windowStartedAt'])
export class PasswordAttemptWindow {
  @PrimaryColumn({ type: 'text' })
  scope: string;

  @Column({ type: 'timestamptz' })
  windowStartedAt: Date;

  @Column({ type: 'int' })
  attempts: number;
}
