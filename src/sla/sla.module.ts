import { Module } from '@nestjs/common';
import { SettingsModule } from '../settings/settings.module.js';
import { SlaController } from './sla.controller.js';
import { SlaReportService } from './sla-report.service.js';
import { SlaReportStore } from './sla-report.store.js';

@Module({
  imports: [SettingsModule],
  controllers: [SlaController],
  providers: [SlaReportService, SlaReportStore],
  exports: [SlaReportService],
})
export class SlaModule {}
