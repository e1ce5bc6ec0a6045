import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TeamModule } from '../team/team.module.js';
import { TicketTypesModule } from '../ticket-types/ticket-types.module.js';
import { RoutingRule } from './routing-rule.entity.js';
import { RoutingController } from './routing.controller.js';
import { RoutingService } from './routing.service.js';
import { RoutingRuleStore } from './routing-rule.store.js';

/** Auto-routing rules. Depends on team and ticket types only; the tickets module calls RoutingService.decide. */
@Module({
  imports: [TypeOrmModule.forFeature([RoutingRule]), TeamModule, TicketTypesModule],
  controllers: [RoutingController],
  providers: [RoutingService, RoutingRuleStore],
  exports: [RoutingService, RoutingRuleStore],
})
export class RoutingModule {}
