import { Module } from '@nestjs/common';
import { Clock } from '../common/clock.js';
import { CreditAccountStore } from './credit-account.store.js';
import { CreditsController } from './credits.controller.js';
import { CreditsService } from './credits.service.js';

@Module({
  controllers: [CreditsController],
  providers: [CreditsService, CreditAccountStore, Clock],
  exports: [CreditsService, CreditAccountStore],
})
export class CreditsModule {}
