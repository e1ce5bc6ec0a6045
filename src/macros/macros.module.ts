import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TeamModule } from '../team/team.module.js';
import { TicketsModule } from '../tickets/tickets.module.js';
import { Macro } from './macro.entity.js';
import { MacroStore } from './macro.store.js';
import { MacrosController } from './macros.controller.js';
import { MacrosService } from './macros.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([Macro]), TeamModule, TicketsModule],
  controllers: [MacrosController],
  providers: [MacrosService, MacroStore],
  exports: [MacrosService],
})
export class MacrosModule {}
