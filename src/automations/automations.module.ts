import { Module } from '@nestjs/common';
import { Clock } from '../common/clock.js';
import { TicketsModule } from '../tickets/tickets.module.js';
import { AutomationsService } from './automations.service.js';
import { AutomationsStore } from './automations.store.js';

@Module({
  imports: [TicketsModule],
  providers: [AutomationsService, AutomationsStore, Clock],
  exports: [AutomationsService],
})
export class AutomationsModule {}
