import { Module } from '@nestjs/common';
import { PasswordAttemptThrottle } from './password-attempt-throttle.js';
import { PasswordAttemptStore } from './password-attempt.store.js';
import { PasswordHasher } from './password-hasher.js';

/** Password hashing (one bounded queue per process) and the attempt throttle: for sign-in, team and the CLI. */
@Module({
  providers: [PasswordHasher, PasswordAttemptStore, PasswordAttemptThrottle],
  exports: [PasswordHasher, PasswordAttemptThrottle],
})
export class PasswordModule {}
