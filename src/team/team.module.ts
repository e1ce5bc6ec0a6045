import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PasswordModule } from '../common/auth/password.module.js';
import { MemberInvite } from './member-invite.entity.js';
import { MemberDirectMessages } from './member-direct-messages.js';
import { MemberTelegramService } from './member-telegram.service.js';
import { OwnershipOtpService } from './ownership-otp.service.js';
import { OwnershipOtpStore } from './ownership-otp.store.js';
import { MemberTelegramStore } from './member-telegram.store.js';
import { MemberInviteStore } from './member-invite.store.js';
import { MemberInvitesService } from './member-invites.service.js';
import { TeamMember } from './team-member.entity.js';
import { MemberSessionStore } from './member-session.store.js';
import { TeamMemberStore } from './team-member.store.js';
import { MemberLinksController } from './member-links.controller.js';
import { TeamController } from './team.controller.js';
import { TeamService } from './team.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([TeamMember, MemberInvite]), PasswordModule],
  controllers: [TeamController, MemberLinksController],
  providers: [
    TeamService,
    MemberInvitesService,
    TeamMemberStore,
    MemberInviteStore,
    MemberSessionStore,
    MemberTelegramStore,
    MemberTelegramService,
    MemberDirectMessages,
    OwnershipOtpStore,
    OwnershipOtpService,
  ],
  exports: [
    TeamService,
    MemberInvitesService,
    TeamMemberStore,
    MemberInviteStore,
    MemberSessionStore,
    MemberTelegramService,
    MemberDirectMessages,
  ],
})
export class TeamModule {}
