import { Module } from '@nestjs/common';
import { SettingsModule } from '../settings/settings.module.js';
import { TeamModule } from '../team/team.module.js';
import { TicketsModule } from '../tickets/tickets.module.js';
import { McpServerFactory } from './mcp-server.factory.js';
import { McpController } from './mcp.controller.js';

@Module({
  imports: [SettingsModule, TeamModule, TicketsModule],
  controllers: [McpController],
  providers: [McpServerFactory],
})
export class McpModule {}
