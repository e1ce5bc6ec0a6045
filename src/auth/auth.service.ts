import { Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import type { Actor } from '../common/auth/actor.js';
import type { AuthenticatedProject } from '../common/auth/authenticated-project.js';
import { PasswordAttemptThrottle } from '../common/auth/password-attempt-throttle.js';
import { PasswordHasher } from '../common/auth/password-hasher.js';
import { generateSecretToken, hashSecretToken } from '../common/auth/secret-token.js';
import { SESSION_TTL_SECONDS } from '../common/auth/session-cookie.js';
import { MemberInvitesService } from '../team/member-invites.service.js';
import type { TeamMember } from '../team/team-member.entity.js';
import { TeamService } from '../team/team.service.js';
import { InvalidCredentials, ProjectRequired } from './auth.errors.js';
import { MemberSessionStore } from '../team/member-session.store.js';

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
    private readonly sessions: MemberSessionStore,
    private readonly team: TeamService,
    private readonly invites: MemberInvitesService,
    private readonly throttle: PasswordAttemptThrottle,
    private readonly hasher: PasswordHasher,
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
   * work: the attempt is counted for (e-mail, client address) and the address, then exactly one
   * password hash is checked, whether the e-mail is in no project (a decoy hash), one or several. An
   * e-mail of several projects without `project` is checked against its oldest membership: right, the
   * answer is 422 project_required (send `project`); a password that is only another project's needs
   * `project` from the start.
   */
  async login(email: string, password: string, projectSlug?: string, clientAddress?: string): Promise<SignedIn> {
    const normalized = email.trim().toLowerCase();
    const scopes = this.throttle.signInScopes(normalized, clientAddress);
    await this.throttle.countAttempt(scopes);
    const candidates = await this.team.findSignInCandidates(normalized, projectSlug);
    if (!(await this.hasher.verify(password, candidates[0]?.passwordHash ?? null))) throw new InvalidCredentials();
    await this.throttle.succeeded(scopes);
    if (candidates.length > 1) throw new ProjectRequired();
    const { member, project } = candidates[0];
    return { member, project, sessionToken: await this.startSession(project, member.id) };
  }

  /** Sets the password through a one-time invite and signs the member in. */
  async acceptInvite(token: string, password: string): Promise<SignedIn> {
    const { member, project } = await this.invites.accept(token, password);
    return { member, project, sessionToken: await this.startSession(project, member.id) };
  }

  async logout(sessionToken: string): Promise<void> {
    await this.sessions.deleteByTokenHash(hashSecretToken(sessionToken));
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
    await this.sessions.insert({
      projectId: project.id,
      memberId,
      tokenHash: hashSecretToken(token),
      expiresAt: new Date(Date.now() + SESSION_TTL_SECONDS * 1000),
    });
    return token;
  }

  private async deleteExpired(): Promise<void> {
    await this.sessions.deleteExpired();
    await this.throttle.deleteEndedWindows();
  }
}
