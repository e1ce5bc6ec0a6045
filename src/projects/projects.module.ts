import { Module } from '@nestjs/common';
import { SettingsModule } from '../settings/settings.module.js';
import { TeamModule } from '../team/team.module.js';
import { DemoProjectSeeder } from './demo-project.js';
import { ProjectsService } from './projects.service.js';
import { ProjectStore } from './project.store.js';

@Module({
  imports: [SettingsModule, TeamModule],
  providers: [ProjectsService, ProjectStore, DemoProjectSeeder],
  exports: [ProjectsService, ProjectStore],
})
export class ProjectsModule {}
