import { Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Actor } from '../common/auth/actor.js';
import type { AuthenticatedProject } from '../common/auth/authenticated-project.js';
import { decoyPasswordHash, verifyPassword } from '../common/auth/password.js';
import { generateSecretToken, hashSecretToken } from '../common/auth/secret-token.js';
import { SESSION_TTL_SECONDS } from '../common/auth/session-cookie.js';
import { MemberInvitesService } from '../team/member-invites.service.js';
import type { TeamMember } from '../team/team-member.entity.js';
import { TeamService } from '../team/team.service.js';
import { InvalidCredentials, ProjectRequired } from './auth.errors.js';
import { LoginThrottleService } from './login-throttle.service.js';
import { MemberSession } from './member-session.entity.js';

const CLEANUP_INTERVAL_MS = 15 * 60 * 1000;

export interface SignedIn {
  member: TeamMember;
  project: AuthenticatedProject;
  /** The cookie value; only its hash is stored. */
  sessionToken: string;
}

/** Sign-in with e-mail and password, invites, and the sessions behind the cookie. */
@Injectable()
export class AuthService implements OnModuleInit, OnModuleDestroy {
  private cleanupTimer?: NodeJS.Timeout;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly team: TeamService,
    private readonly invites: MemberInvitesService,
    private readonly throttle: LoginThrottleService,
  ) {}

  onModuleInit(): void {
    this.cleanupTimer = setInterval(() => void this.deleteExpired().catch(() => undefined), CLEANUP_INTERVAL_MS);
    this.cleanupTimer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.cleanupTimer);
  }

  /**
   * Unknown e-mail, no password set yet, and wrong password all end in the same 401 after the same
   * work (a decoy hash is checked when there is nothing to check), so the answer tells nothing.
   */
  async login(email: string, password: string, projectSlug?: string): Promise<SignedIn> {
    const normalized = email.trim().toLowerCase();
    await this.throttle.countAttempt(normalized);
    const candidates = await this.team.findSignInCandidates(normalized, projectSlug);
    if (candidates.length === 0) {
      await verifyPassword(password, await decoyPasswordHash());
      throw new InvalidCredentials();
    }
    const matching = [];
    for (const candidate of candidates) {
      if (await verifyPassword(password, candidate.passwordHash)) matching.push(candidate);
    }
    if (matching.length === 0) throw new InvalidCredentials();
    await this.throttle.clear(normalized);
    if (matching.length > 1) throw new ProjectRequired();
    const { member, project } = matching[0];
    return { member, project, sessionToken: await this.startSession(project, member.id) };
  }

  /** Sets the password through a one-time invite and signs the member in. */
  async acceptInvite(token: string, password: string): Promise<SignedIn> {
    const { member, project } = await this.invites.accept(token, password);
    return { member, project, sessionToken: await this.startSession(project, member.id) };
  }

  async logout(sessionToken: string): Promise<void> {
    await this.dataSource.getRepository(MemberSession).delete({ tokenHash: hashSecretToken(sessionToken) });
  }

  /** The caller as the console shows it: the member (null for the API key) and the project. */
  async whoAmI(
    project: AuthenticatedProject,
    actor: Actor,
  ): Promise<{ member: TeamMember | null; project: AuthenticatedProject }> {
    return { member: actor.kind === 'member' ? await this.team.get(project, actor.member.id) : null, project };
  }

  private async startSession(project: AuthenticatedProject, memberId: string): Promise<string> {
    const token = generateSecretToken();
    await this.dataSource.getRepository(MemberSession).insert({
      projectId: project.id,
      memberId,
      tokenHash: hashSecretToken(token),
      expiresAt: new Date(Date.now() + SESSION_TTL_SECONDS * 1000),
    });
    return token;
  }

  private async deleteExpired(): Promise<void> {
    await this.dataSource.query('DELETE FROM member_session WHERE expires_at <= now()');
    await this.throttle.deleteEndedWindows();
  }
}
