import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { type Sql, sqlOfPool } from '../common/database/sql.js';
import type { Env } from '../config/env.js';
import { TeamChatMirrorService } from './team-chat-mirror.service.js';
import { TeamChatMirrorStore } from './team-chat-mirror.store.js';
import { TeamChatNotifyService } from './team-chat-notify.service.js';
import { TeamChatNotifyStore } from './team-chat-notify.store.js';
import { TeamChatTelegram } from './team-chat-telegram.js';

// A group is mirrored by one process at a time: the lease outlasts any pass (a pass renews nothing; a
// process that dies mid-pass leaves the group to the others after this long).
const LEASE_MS = 60_000;
const POLL_INTERVAL_MS = 500;

/**
 * Background mirror of every linked group: polls for groups with events past their position (one indexed
 * probe per group), leases each, and runs the mirror. Its position is its own (team_chat_group), read from
 * the rows the ticket writes already store, so the create and reply paths do nothing more. A 429 keeps
 * the group's lease for retry_after, so no process sends to it sooner. Safe in several processes.
 */
@Injectable()
export class TeamChatMirrorWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('TeamChatMirror');
  private readonly pool: Sql;
  private running = false;
  private timer: NodeJS.Timeout | null = null;
  private pass: Promise<unknown> = Promise.resolve();

  constructor(
    @InjectDataSource() dataSource: DataSource,
    @Inject(ConfigService) private readonly config: ConfigService<Env, true>,
    private readonly mirror: TeamChatMirrorService,
    private readonly store: TeamChatMirrorStore,
    private readonly telegram: TeamChatTelegram,
    private readonly notify: TeamChatNotifyService,
    private readonly notifyStore: TeamChatNotifyStore,
  ) {
    this.pool = sqlOfPool(dataSource);
  }

  onApplicationBootstrap(): void {
    if (!this.config.get('WORKERS_ENABLED', { infer: true }) || !this.telegram.enabled) return;
    this.running = true;
    this.schedule();
  }

  private schedule(): void {
    if (!this.running) return;
    this.timer = setTimeout(() => {
      this.pass = this.runOnce()
        .catch((error: unknown) =>
          this.logger.error({ msg: 'team chat mirror failed', error: (error as Error).message }),
        )
        .finally(() => this.schedule());
    }, POLL_INTERVAL_MS);
    this.timer.unref();
  }

  /**
   * Mirrors every due group and sends every due notification (or one project's) now; for tests with
   * WORKERS_ENABLED=false too. The number of groups and projects handled.
   */
  async runOnce(projectId?: string): Promise<number> {
    const [groups, notified] = await Promise.all([this.mirrorGroups(projectId), this.notifyMembers(projectId)]);
    return groups + notified;
  }

  private async notifyMembers(projectId?: string): Promise<number> {
    const due = await this.notifyStore.leaseDue(this.pool, LEASE_MS, projectId);
    await Promise.all(
      due.map(async (row) => {
        let holdMs = 0;
        try {
          holdMs = await this.notify.runProject(row);
        } finally {
          await this.notifyStore.release(this.pool, row.project_id, holdMs);
        }
      }),
    );
    return due.length;
  }

  private async mirrorGroups(projectId?: string): Promise<number> {
    const groups = await this.store.leaseDue(this.pool, LEASE_MS, projectId);
    await Promise.all(
      groups.map(async (group) => {
        let pauseMs = 0;
        try {
          pauseMs = await this.mirror.runGroup(group);
        } finally {
          if (pauseMs > 0) await this.store.holdLease(this.pool, group.project_id, pauseMs);
          else await this.store.release(this.pool, group.project_id);
        }
      }),
    );
    return groups.length;
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.running = false;
    if (this.timer) clearTimeout(this.timer);
    await this.pass;
  }
}
