import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ApiKeyAuthService } from './api-key-auth.service.js';
import { ApiKeyGuard } from './api-key.guard.js';
import { PasswordAttemptThrottle } from './password-attempt-throttle.js';
import { PasswordHasher } from './password-hasher.js';
import { RateLimitBudget } from './rate-limit-budget.js';
import { SessionAuthService } from './session-auth.service.js';

@Global()
@Module({
  providers: [
    RateLimitBudget,
    ApiKeyAuthService,
    SessionAuthService,
    PasswordHasher,
    PasswordAttemptThrottle,
    { provide: APP_GUARD, useClass: ApiKeyGuard },
  ],
  exports: [ApiKeyAuthService, SessionAuthService, RateLimitBudget, PasswordHasher, PasswordAttemptThrottle],
})
export class AuthModule {}
