import { Module } from '@nestjs/common';
import { SettingsModule } from '../settings/settings.module.js';
import { TeamModule } from '../team/team.module.js';
import { DemoProjectSeeder } from './demo-project.js';
import { ProjectsService } from './projects.service.js';

@Module({
  imports: [SettingsModule, TeamModule],
  providers: [ProjectsService, DemoProjectSeeder],
  exports: [ProjectsService],
})
export class ProjectsModule {}
