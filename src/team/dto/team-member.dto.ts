import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsIn, IsString, MaxLength, MinLength } from 'class-validator';
import { MEMBER_ROLES, type MemberRole } from '../team-member.entity.js';

export class CreateTeamMemberDto {
  @ApiProperty({ example: 'anna@example.com', maxLength: 254 })
  @IsString()
  @IsEmail({}, { message: 'email must be a valid e-mail address' })
  @MaxLength(254)
  email: string;

  @ApiProperty({ example: 'Anna', maxLength: 200 })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @ApiProperty({ enum: MEMBER_ROLES, example: 'support' })
  @IsIn(MEMBER_ROLES)
  role: MemberRole;
}

export class TeamMemberResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: MEMBER_ROLES }) role: MemberRole;
  @ApiProperty({ format: 'date-time' }) created_at: string;
}

export class TeamMemberListResponse {
  @ApiProperty({ type: [TeamMemberResponse] }) members: TeamMemberResponse[];
}
