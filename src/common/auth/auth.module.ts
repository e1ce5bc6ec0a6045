import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ApiKeyAuthService } from './api-key-auth.service.js';
import { ApiKeyGuard } from './api-key.guard.js';
import { RateLimitBudget } from './rate-limit-budget.js';
import { SessionAuthService } from './session-auth.service.js';

@Global()
@Module({
  providers: [RateLimitBudget, ApiKeyAuthService, SessionAuthService, { provide: APP_GUARD, useClass: ApiKeyGuard }],
  exports: [ApiKeyAuthService, SessionAuthService, RateLimitBudget],
})
export class AuthModule {}
