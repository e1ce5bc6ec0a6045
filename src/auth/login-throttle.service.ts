import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { LoginThrottled } from './auth.errors.js';

export const LOGIN_ATTEMPTS_PER_WINDOW = 10;
export const LOGIN_WINDOW_SECONDS = 15 * 60;

/**
 * Per-e-mail sign-in throttling in PostgreSQL (shared by every server process). An attempt is counted
 * before the password is checked, in one atomic upsert, so concurrent guesses cannot slip past the limit;
 * a successful sign-in clears the count. The window starts at the first attempt and lasts 15 minutes.
 */
@Injectable()
export class LoginThrottleService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async countAttempt(email: string): Promise<void> {
    const [row]: Array<{ failures: number; retry_after: number }> = await this.dataSource.query(
      `INSERT INTO login_failure_window AS w (email, window_started_at, failures) VALUES ($1, now(), 1)
       ON CONFLICT (email) DO UPDATE SET
         failures = CASE WHEN w.window_started_at <= now() - make_interval(secs => $2) THEN 1 ELSE w.failures + 1 END,
         window_started_at = CASE WHEN w.window_started_at <= now() - make_interval(secs => $2) THEN now()
           ELSE w.window_started_at END
       RETURNING failures,
         ceil(extract(epoch FROM w.window_started_at + make_interval(secs => $2) - now()))::int AS retry_after`,
      [email, LOGIN_WINDOW_SECONDS],
    );
    if (row.failures > LOGIN_ATTEMPTS_PER_WINDOW) throw new LoginThrottled(Math.max(1, row.retry_after));
  }

  async clear(email: string): Promise<void> {
    await this.dataSource.query('DELETE FROM login_failure_window WHERE email = $1', [email]);
  }

  async deleteEndedWindows(): Promise<void> {
    await this.dataSource.query(
      `DELETE FROM login_failure_window WHERE window_started_at <= now() - make_interval(secs => $1)`,
      [LOGIN_WINDOW_SECONDS],
    );
  }
}
