import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { HelpdeskSettings } from './helpdesk-settings.entity.js';
import { SettingsController } from './settings.controller.js';
import { SettingsService } from './settings.service.js';
import { SettingsStore } from './settings.store.js';

@Module({
  imports: [TypeOrmModule.forFeature([HelpdeskSettings])],
  controllers: [SettingsController],
  providers: [SettingsService, SettingsStore],
  exports: [SettingsService, SettingsStore],
})
export class SettingsModule {}
