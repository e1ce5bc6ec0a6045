import { Module } from '@nestjs/common';
import { TicketsModule } from '../tickets/tickets.module.js';
import { CsatController } from './csat.controller.js';
import { CsatService } from './csat.service.js';

@Module({
  imports: [TicketsModule],
  controllers: [CsatController],
  providers: [CsatService],
  exports: [CsatService],
})
export class CsatModule {}
