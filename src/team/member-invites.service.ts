import { Inject, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { InviteExpired, InviteNotFound, InviteUsed } from '../auth/auth.errors.js';
import { type Actor, actorRole } from '../common/auth/actor.js';
import type { AuthenticatedProject } from '../common/auth/authenticated-project.js';
import { PasswordHasher } from '../common/auth/password-hasher.js';
import { canManageRole } from '../common/auth/permissions.js';
import { generateSecretToken, hashSecretToken } from '../common/auth/secret-token.js';
import { sqlOfManager } from '../common/database/sql.js';
import type { Env } from '../config/env.js';
import type { MemberInvite } from './member-invite.entity.js';
import { MemberInviteStore } from './member-invite.store.js';
import { TeamMember } from './team-member.entity.js';
import { type NewTeamMember, TeamService } from './team.service.js';
import { InviteAlreadyAccepted, RoleNotManageable } from './team.errors.js';

export const INVITE_TTL_MS = 7 * 24 * 3600 * 1000;
/** A password-reset link an admin issues (`<PUBLIC_URL>/reset/<token>`): a day, one use. */
export const RESET_LINK_TTL_MS = 24 * 3600 * 1000;

/** A one-time link just issued: its URL (shown once) and when it stops working. */
export interface IssuedLink {
  url: string;
  expiresAt: Date;
}

export interface AcceptedInvite {
  member: TeamMember;
  project: AuthenticatedProject;
}

/** One-time links (`<PUBLIC_URL>/invite/<token>`) through which a member sets their password. */
@Injectable()
export class MemberInvitesService {
  private readonly publicUrl: string;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly invites: MemberInviteStore,
    private readonly team: TeamService,
    private readonly hasher: PasswordHasher,
    @Inject(ConfigService) config: ConfigService<Env, true>,
  ) {
    this.publicUrl = config.get('PUBLIC_URL', { infer: true });
  }

  /** Adds a member and their first invite together (a member is never left without a way in). */
  async addMember(
    project: AuthenticatedProject,
    input: NewTeamMember,
    actor?: Actor,
  ): Promise<{ member: TeamMember; inviteUrl: string }> {
    return this.dataSource.transaction(async (manager) => {
      const member = await this.team.add(project, input, manager, actor);
      return { member, inviteUrl: await this.issue(project, member.id, manager) };
    });
  }

  /** A new invite for the member; earlier unused ones stop working. Returns the URL (shown once). */
  async issue(
    project: AuthenticatedProject,
    memberId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<string> {
    return (await this.issueLink(project, memberId, 'invite', INVITE_TTL_MS, manager)).url;
  }

  /**
   * A fresh invite link for a member who has not set a password yet (the first one expired or got lost);
   * one who has gets 409 and a reset link is the way. Admins issue for support and viewers only.
   */
  async reissueInvite(project: AuthenticatedProject, actor: Actor, memberId: string): Promise<IssuedLink> {
    const member = await this.team.get(project, memberId);
    if (!canManageRole(actorRole(actor), member.role)) throw new RoleNotManageable();
    if (member.passwordHash !== null) throw new InviteAlreadyAccepted();
    return this.issueLink(project, member.id, 'invite', INVITE_TTL_MS);
  }

  /**
   * A password-reset link (24 h, one use, through the same accept step as an invite): the way back from a
   * forgotten password. Using it signs the member out everywhere. Earlier unused links stop working.
   */
  async issueResetLink(project: AuthenticatedProject, actor: Actor, memberId: string): Promise<IssuedLink> {
    const member = await this.team.get(project, memberId);
    if (!canManageRole(actorRole(actor), member.role)) throw new RoleNotManageable();
    return this.issueLink(project, member.id, 'reset', RESET_LINK_TTL_MS);
  }

  /**
   * A password-reset link the member asked for themselves, through their linked Telegram account (the bot's
   * private `/reset`): the account is the proof of who asks, so no role check applies.
   */
  async issueOwnResetLink(project: AuthenticatedProject, memberId: string): Promise<IssuedLink> {
    const member = await this.team.get(project, memberId);
    return this.issueLink(project, member.id, 'reset', RESET_LINK_TTL_MS);
  }

  private async issueLink(
    project: AuthenticatedProject,
    memberId: string,
    path: 'invite' | 'reset',
    ttlMs: number,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<IssuedLink> {
    const token = generateSecretToken();
    const expiresAt = new Date(Date.now() + ttlMs);
    await this.invites.replaceUnused(manager, {
      projectId: project.id,
      memberId,
      tokenHash: hashSecretToken(token),
      expiresAt,
    });
    return { url: `${this.publicUrl}/${path}/${token}`, expiresAt };
  }

  /**
   * Sets the member's password through the invite and uses it up; a second use is refused (410). The
   * password is hashed after a first look at the invite and before the transaction, so no row lock or
   * connection is held while it is hashed; the locked second look decides.
   */
  async accept(token: string, password: string): Promise<AcceptedInvite> {
    const tokenHash = hashSecretToken(token);
    checkUsable(await this.invites.findByTokenHash(tokenHash));
    const passwordHash = await this.hasher.hash(password);
    return this.dataSource.transaction(async (manager) => {
      // Locked, so two tabs accepting the same link at once cannot both use it.
      const invite = checkUsable(await this.invites.findByTokenHash(tokenHash, manager));
      const project = await this.invites.projectOf(manager, invite);
      await this.team.setPasswordHash(project, invite.memberId, passwordHash, manager);
      await this.invites.markUsed(manager, invite.id);
      return { member: await this.team.get(project, invite.memberId, sqlOfManager(manager)), project };
    });
  }
}

function checkUsable(invite: MemberInvite | null): MemberInvite {
  if (!invite) throw new InviteNotFound();
  if (invite.usedAt !== null) throw new InviteUsed();
  if (invite.expiresAt.getTime() <= Date.now()) throw new InviteExpired();
  return invite;
}
