import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ApiKeyAuthService } from './api-key-auth.service.js';
import { ApiKeyGuard } from './api-key.guard.js';
import { ApiKeyStore } from './api-key.store.js';
import { RateLimitBucketStore } from './rate-limit-bucket.store.js';
import { RateLimitBudget } from './rate-limit-budget.js';
import { SessionAuthService } from './session-auth.service.js';
import { SessionStore } from './session.store.js';

@Global()
@Module({
  providers: [
    RateLimitBucketStore,
    RateLimitBudget,
    ApiKeyStore,
    ApiKeyAuthService,
    SessionStore,
    SessionAuthService,
    { provide: APP_GUARD, useClass: ApiKeyGuard },
  ],
  exports: [ApiKeyAuthService, SessionAuthService, RateLimitBudget],
})
export class AuthModule {}
