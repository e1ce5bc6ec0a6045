import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ApiKeyAuthService } from './api-key-auth.service.js';
import { ApiKeyGuard } from './api-key.guard.js';

@Global()
@Module({
  providers: [ApiKeyAuthService, { provide: APP_GUARD, useClass: ApiKeyGuard }],
  exports: [ApiKeyAuthService],
})
export class AuthModule {}
