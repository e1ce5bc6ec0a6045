import { Module } from '@nestjs/common';
import { TicketsModule } from '../tickets/tickets.module.js';
import { UnansweredTicketsService } from './unanswered-tickets.service.js';

@Module({
  imports: [TicketsModule],
  providers: [UnansweredTicketsService],
  exports: [UnansweredTicketsService],
})
export class UnansweredTicketsModule {}
