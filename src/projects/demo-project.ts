import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { Env } from '../config/env.js';
import { DatabaseEndpoint } from '../database/database-endpoint.js';
import { MemberInvitesService } from '../team/member-invites.service.js';
import { ProjectsService, toAuthenticated } from './projects.service.js';

/**
 * On the first start of an embedded database with no projects, makes a demo project and prints its key
 * once (`printBanner`, after the server listens), so `npm install && npm start` is enough to try the API.
 * Later starts find the project and stay quiet.
 */
@Injectable()
export class DemoProjectSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger('DemoProject');

  constructor(
    private readonly projects: ProjectsService,
    private readonly endpoint: DatabaseEndpoint,
    private readonly invites: MemberInvitesService,
    @Inject(ConfigService) private readonly config: ConfigService<Env, true>,
  ) {}

  private banner: ((serverUrl: string) => string) | null = null;

  async onApplicationBootstrap(): Promise<void> {
    if (!this.endpoint.isEmbedded || !this.config.get('DEMO_PROJECT', { infer: true })) return;
    if ((await this.projects.count()) > 0) return;
    const { project, apiKey, owner } = await this.projects.create({
      name: 'Demo',
      slug: 'demo',
      description: 'Demo project created on first start',
      owner: { email: 'owner@example.com', name: 'Demo Owner' },
    });
    // The console needs a person who can sign in: the owner sets a password through a one-time link.
    const inviteUrl = await this.invites.issue(toAuthenticated(project), owner!.id);
    this.banner = (serverUrl) =>
      [
        '',
        `Demo project "${project.name}" created (id ${project.id}). Its API key is shown only now:`,
        `  ${apiKey}`,
        'Try it:',
        `  curl -H "Authorization: Bearer ${apiKey}" ${serverUrl}/v1/team/members`,
        `Sign in to the console as ${owner!.email}: set a password once (valid 7 days) at`,
        `  ${inviteUrl}`,
        '',
      ].join('\n') + '\n';
  }

  /**
   * Prints the demo project's key and invite link once, after the server listens, so they are the last
   * lines of the first start. On stdout outside the JSON logs on purpose: a person reads it once; it never
   * goes to a log line.
   */
  printBanner(serverUrl: string): void {
    if (!this.banner) return;
    process.stdout.write(this.banner(serverUrl));
    this.banner = null;
  }
}
