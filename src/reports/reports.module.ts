import { Module } from '@nestjs/common';
import { Clock } from '../common/clock.js';
import { SettingsModule } from '../settings/settings.module.js';
import { ReportsController } from './reports.controller.js';
import { ReportsService } from './reports.service.js';
import { ReportsStore } from './reports.store.js';

@Module({
  imports: [SettingsModule],
  controllers: [ReportsController],
  providers: [ReportsService, ReportsStore, Clock],
  exports: [ReportsService],
})
export class ReportsModule {}
