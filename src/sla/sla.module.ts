import { Module } from '@nestjs/common';
import { SettingsModule } from '../settings/settings.module.js';
import { SlaController } from './sla.controller.js';
import { SlaReportService } from './sla-report.service.js';

@Module({
  imports: [SettingsModule],
  controllers: [SlaController],
  providers: [SlaReportService],
  exports: [SlaReportService],
})
export class SlaModule {}
