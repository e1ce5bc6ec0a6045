import { Module } from '@nestjs/common';
import { TicketsModule } from '../tickets/tickets.module.js';
import { CsatController } from './csat.controller.js';
import { CsatService } from './csat.service.js';
import { CsatRatingStore } from './csat-rating.store.js';

@Module({
  imports: [TicketsModule],
  controllers: [CsatController],
  providers: [CsatService, CsatRatingStore],
  exports: [CsatService, CsatRatingStore],
})
export class CsatModule {}
