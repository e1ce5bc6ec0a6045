import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Actor } from '../common/auth/actor.js';
import type { AuthenticatedProject } from '../common/auth/authenticated-project.js';
import { type Sql, sqlOfManager, sqlOfPool } from '../common/database/sql.js';
import type { Env } from '../config/env.js';
import { MemberTelegramService } from '../team/member-telegram.service.js';
import { TeamService } from '../team/team.service.js';
import type { LinkCodeResponse, TeamChatResponse } from './dto/team-chat.dto.js';
import { TeamChatNotifyStore } from './team-chat-notify.store.js';
import { type TeamChatGroupRow, TeamChatStore } from './team-chat.store.js';

const CODE_TTL_MS = 60 * 60 * 1000;
/** The `start` parameter of a member's link: `member_<code>`. */
export const MEMBER_CODE_PREFIX = 'member_';

function hashCode(code: string): string {
  return createHash('sha256').update(code).digest('hex');
}

/** Start parameters allow [A-Za-z0-9_-], up to 64 characters: 24 characters of base64url (144 bits). */
function newCode(): string {
  return randomBytes(18).toString('base64url');
}

/**
 * Linking the project's team group and members' Telegram accounts through one-time codes (1 h, stored
 * hashed): the console asks for a code and shows its `t.me` link; the bot redeems it.
 */
@Injectable()
export class TeamChatLinksService {
  private readonly pool: Sql;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(ConfigService) private readonly config: ConfigService<Env, true>,
    private readonly store: TeamChatStore,
    private readonly team: TeamService,
    private readonly memberTelegram: MemberTelegramService,
    private readonly notifyStore: TeamChatNotifyStore,
  ) {
    this.pool = sqlOfPool(dataSource);
  }

  private get botUsername(): string {
    return this.config.get('TELEGRAM_BOT_USERNAME', { infer: true });
  }

  async groupCode(project: AuthenticatedProject): Promise<LinkCodeResponse> {
    const code = newCode();
    const expiresAt = new Date(Date.now() + CODE_TTL_MS);
    await this.store.insertCode(this.pool, {
      hash: hashCode(code),
      projectId: project.id,
      kind: 'group',
      memberId: null,
      expiresAt,
    });
    return {
      code,
      expires_at: expiresAt.toISOString(),
      telegram_link: `https://t.me/${this.botUsername}?startgroup=${code}`,
    };
  }

  async memberCode(project: AuthenticatedProject, actor: Actor, memberId: string): Promise<LinkCodeResponse> {
    await this.memberTelegram.requireManageable(project, actor, memberId);
    const code = newCode();
    const expiresAt = new Date(Date.now() + CODE_TTL_MS);
    await this.store.insertCode(this.pool, {
      hash: hashCode(code),
      projectId: project.id,
      kind: 'member',
      memberId,
      expiresAt,
    });
    return {
      code,
      expires_at: expiresAt.toISOString(),
      telegram_link: `https://t.me/${this.botUsername}?start=${MEMBER_CODE_PREFIX}${code}`,
    };
  }

  async group(project: AuthenticatedProject): Promise<TeamChatResponse> {
    return toTeamChatResponse(await this.store.group(this.pool, project.id));
  }

  async unlinkGroup(project: AuthenticatedProject): Promise<void> {
    await this.store.unlink(this.pool, project.id);
  }

  /** `/start <code>` in a forum supergroup: the project it linked, or null (unknown, used or expired code). */
  async redeemGroupCode(code: string, chatId: string, title: string): Promise<string | null> {
    return this.dataSource.transaction(async (manager) => {
      const sql = sqlOfManager(manager);
      const taken = await this.store.takeCode(sql, hashCode(code), 'group');
      if (taken) await this.store.link(sql, taken.project_id, chatId, title);
      return taken?.project_id ?? null;
    });
  }

  /** `/start member_<code>` in a private chat: the member now linked (name), or null. */
  async redeemMemberCode(code: string, userId: string, username: string | null): Promise<string | null> {
    const taken = await this.store.takeCode(this.pool, hashCode(code), 'member');
    if (!taken?.member_id) return null;
    const project = { id: taken.project_id, slug: '', name: '' };
    const member = await this.team.get(project, taken.member_id).catch(() => null);
    if (!member) return null;
    await this.dataSource.transaction(async (manager) => {
      await this.memberTelegram.link(project, sqlOfManager(manager), member.id, userId, username);
      await this.notifyStore.start(sqlOfManager(manager), project.id);
    });
    return member.name;
  }
}

export function toTeamChatResponse(group: TeamChatGroupRow | null): TeamChatResponse {
  if (!group) return { linked: false, chat_id: null, title: null, linked_at: null, status: null };
  return {
    linked: true,
    chat_id: Number(group.chat_id),
    title: group.title,
    linked_at: group.linked_at.toISOString(),
    status: group.status,
  };
}
