import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SettingsModule } from '../settings/settings.module.js';
import { TicketTypesModule } from '../ticket-types/ticket-types.module.js';
import { HelpdeskRequest } from './helpdesk-request.entity.js';
import { RequestsController } from './requests.controller.js';
import { RequestsService } from './requests.service.js';
import { HelpdeskRequestStore } from './helpdesk-request.store.js';

@Module({
  imports: [TypeOrmModule.forFeature([HelpdeskRequest]), SettingsModule, TicketTypesModule],
  controllers: [RequestsController],
  providers: [RequestsService, HelpdeskRequestStore],
  exports: [RequestsService, HelpdeskRequestStore],
})
export class RequestsModule {}
