import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TicketType } from './ticket-type.entity.js';
import { TicketTypesController } from './ticket-types.controller.js';
import { TicketTypesService } from './ticket-types.service.js';
import { TicketTypeStore } from './ticket-type.store.js';

@Module({
  imports: [TypeOrmModule.forFeature([TicketType])],
  controllers: [TicketTypesController],
  providers: [TicketTypesService, TicketTypeStore],
  exports: [TicketTypesService, TicketTypeStore],
})
export class TicketTypesModule {}
