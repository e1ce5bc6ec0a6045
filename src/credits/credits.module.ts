import { Module } from '@nestjs/common';
import { Clock } from '../common/clock.js';
import { CreditsController } from './credits.controller.js';
import { CreditsService } from './credits.service.js';

@Module({
  controllers: [CreditsController],
  providers: [CreditsService, Clock],
  exports: [CreditsService],
})
export class CreditsModule {}
