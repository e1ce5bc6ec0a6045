import { Module } from '@nestjs/common';
import { AppConfigModule } from './config/config.module.js';
import { CreditsModule } from './credits/credits.module.js';
import { DatabaseModule } from './database/database.module.js';
import { OutboxModule } from './outbox/outbox.module.js';
import { ProjectsModule } from './projects/projects.module.js';
import { TeamModule } from './team/team.module.js';

/** What the CLI needs: the database and the project/team/credits services, without HTTP or workers. */
@Module({ imports: [AppConfigModule, DatabaseModule, OutboxModule, ProjectsModule, TeamModule, CreditsModule] })
export class CliModule {}
