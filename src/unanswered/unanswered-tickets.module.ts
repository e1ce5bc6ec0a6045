import { Module } from '@nestjs/common';
import { TicketsModule } from '../tickets/tickets.module.js';
import { UnansweredTicketsService } from './unanswered-tickets.service.js';
import { UnansweredAlertStore } from './unanswered-alert.store.js';

@Module({
  imports: [TicketsModule],
  providers: [UnansweredTicketsService, UnansweredAlertStore],
  exports: [UnansweredTicketsService],
})
export class UnansweredTicketsModule {}
