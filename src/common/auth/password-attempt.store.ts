import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** A scope's count after an attempt, and the seconds until its window ends. */
export interface CountedAttempt {
  scope: string;
  attempts: number;
  retry_after: number;
}

/** The statements of `password_attempt_window`: one counter per scope and window. */
@Injectable()
export class PasswordAttemptStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** One attempt more in each scope (a window older than `windowSeconds` starts again at 1). */
  count(scopes: string[], windowSeconds: number): Promise<CountedAttempt[]> {
    return this.dataSource.query(
      `INSERT INTO password_attempt_window AS w (scope, window_started_at, attempts)
       SELECT scope, now(), 1 FROM unnest($1::text[]) AS scope
       ON CONFLICT (scope) DO UPDATE SET
         attempts = CASE WHEN w.window_started_at <= now() - make_interval(secs => $2) THEN 1 ELSE w.attempts + 1 END,
         window_started_at = CASE WHEN w.window_started_at <= now() - make_interval(secs => $2) THEN now()
           ELSE w.window_started_at END
       RETURNING scope, attempts,
         ceil(extract(epoch FROM w.window_started_at + make_interval(secs => $2) - now()))::int AS retry_after`,
      [scopes, windowSeconds],
    );
  }

  /** Forgets the `forget` scopes' windows and takes one attempt back from the `giveBack` ones. */
  async forgetAndGiveBack(forget: string[], giveBack: string[]): Promise<void> {
    await this.dataSource.query(
      `WITH forgotten AS (DELETE FROM password_attempt_window WHERE scope = ANY($1::text[]))
       UPDATE password_attempt_window SET attempts = greatest(attempts - 1, 0) WHERE scope = ANY($2::text[])`,
      [forget, giveBack],
    );
  }

  async deleteEnded(windowSeconds: number): Promise<void> {
    await this.dataSource.query(
      `DELETE FROM password_attempt_window WHERE window_started_at <= now() - make_interval(secs => $1)`,
      [windowSeconds],
    );
  }
}
