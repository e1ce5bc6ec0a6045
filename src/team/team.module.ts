import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MemberInvite } from './member-invite.entity.js';
import { MemberInvitesService } from './member-invites.service.js';
import { TeamMember } from './team-member.entity.js';
import { TeamController } from './team.controller.js';
import { TeamService } from './team.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([TeamMember, MemberInvite])],
  controllers: [TeamController],
  providers: [TeamService, MemberInvitesService],
  exports: [TeamService, MemberInvitesService],
})
export class TeamModule {}
