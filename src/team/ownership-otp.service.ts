import { createHash, randomInt } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Actor } from '../common/auth/actor.js';
import { SessionRequired } from '../common/auth/auth.errors.js';
import type { AuthenticatedProject } from '../common/auth/authenticated-project.js';
import { type Sql, sqlOfPool } from '../common/database/sql.js';
import { MemberDirectMessages } from './member-direct-messages.js';
import { MemberTelegramStore } from './member-telegram.store.js';
import { OwnershipOtpStore } from './ownership-otp.store.js';
import type { TeamMember } from './team-member.entity.js';
import { CannotTransferToSelf, NotOwner, OtpGone, OtpMismatch, PasswordRequired } from './team.errors.js';
import { TeamService } from './team.service.js';

const OTP_TTL_MS = 10 * 60 * 1000;
/** The 5th wrong code voids the transfer. */
const MAX_WRONG = 5;

const otpText = (code: string) =>
  `Zapnoty: your ownership transfer code is ${code}\nValid 10 minutes. If you did not ask for it, ignore this message.`;

/**
 * Ownership transfer confirmed with a one-time code: a 6-digit code goes to the owner's linked Telegram
 * account (10 minutes, one pending code per owner); the 5th wrong code voids it (410). Owners without a
 * linked account re-enter their password instead (TeamService.transferOwnership).
 */
@Injectable()
export class OwnershipOtpService {
  private readonly pool: Sql;

  constructor(
    @InjectDataSource() dataSource: DataSource,
    private readonly store: OwnershipOtpStore,
    private readonly telegram: MemberTelegramStore,
    private readonly messages: MemberDirectMessages,
    private readonly team: TeamService,
  ) {
    this.pool = sqlOfPool(dataSource);
  }

  /** Sends the code; 422 password_required when the owner has no linked Telegram account (or no bot runs). */
  async start(project: AuthenticatedProject, actor: Actor, memberId: string): Promise<{ expiresAt: Date }> {
    const owner = await this.owner(project, actor, memberId);
    const linked = await this.telegram.ofMember(this.pool, project.id, owner.id);
    if (!linked || !this.messages.available) throw new PasswordRequired();
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    const expiresAt = await this.store.put(this.pool, {
      ownerId: owner.id,
      projectId: project.id,
      memberId,
      codeHash: hashOf(owner.id, code),
      ttlMs: OTP_TTL_MS,
    });
    await this.messages.send(linked.user_id, otpText(code));
    return { expiresAt };
  }

  /** Transfers when the code is right; 403 otp_mismatch when wrong, 410 otp_gone when none is live or voided. */
  async confirm(project: AuthenticatedProject, actor: Actor, memberId: string, code: string) {
    const owner = await this.owner(project, actor, memberId);
    if (await this.store.take(this.pool, owner.id, memberId, hashOf(owner.id, code), MAX_WRONG))
      return this.team.transferOwnershipConfirmed(project, owner.id, memberId);
    const wrong = await this.store.countWrong(this.pool, owner.id);
    if (wrong === null) throw new OtpGone();
    if (wrong >= MAX_WRONG) {
      await this.store.remove(this.pool, owner.id);
      throw new OtpGone();
    }
    throw new OtpMismatch();
  }

  private async owner(project: AuthenticatedProject, actor: Actor, memberId: string): Promise<TeamMember> {
    if (actor.kind !== 'member') throw new SessionRequired();
    if (memberId === actor.member.id) throw new CannotTransferToSelf();
    const owner = await this.team.get(project, actor.member.id);
    if (owner.role !== 'owner') throw new NotOwner();
    await this.team.get(project, memberId);
    return owner;
  }
}

function hashOf(ownerId: string, code: string): string {
  return createHash('sha256').update(`${ownerId}:${code}`).digest('hex');
}
