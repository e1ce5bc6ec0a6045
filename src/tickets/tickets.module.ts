import { Module } from '@nestjs/common';
import { SettingsModule } from '../settings/settings.module.js';
import { SubscribersModule } from '../subscribers/subscribers.module.js';
import { TeamModule } from '../team/team.module.js';
import { IdempotencyService } from './idempotency.service.js';
import { TicketsController } from './tickets.controller.js';
import { TicketsService } from './tickets.service.js';

@Module({
  imports: [SettingsModule, TeamModule, SubscribersModule],
  controllers: [TicketsController],
  providers: [TicketsService, IdempotencyService],
  exports: [TicketsService],
})
export class TicketsModule {}
