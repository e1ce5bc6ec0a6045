import { ApiProperty } from '@nestjs/swagger';
import { IsDefined, IsEmail, IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../common/auth/password.js';
import { MEMBER_ROLES, type MemberRole } from '../../common/auth/member-role.js';

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

  @ApiProperty({
    enum: MEMBER_ROLES,
    example: 'support',
    description: 'An admin may add support and viewer members only (403 role_not_manageable)',
  })
  @IsIn(MEMBER_ROLES)
  role: MemberRole;
}

export class ChangeRoleDto {
  @ApiProperty({ enum: MEMBER_ROLES, example: 'admin' })
  @IsDefined()
  @IsIn(MEMBER_ROLES)
  role: MemberRole;
}

export class TransferOwnershipDto {
  @ApiProperty({ format: 'uuid', description: 'The member who becomes owner' })
  @IsDefined()
  @IsUUID()
  member_id: string;

  @ApiProperty({
    required: false,
    minLength: PASSWORD_MIN_LENGTH,
    maxLength: PASSWORD_MAX_LENGTH,
    description:
      "The signed-in owner's own password, re-entered. Without it, an owner with a linked Telegram account " +
      'gets a one-time code from the bot (202) to confirm with /transfer-ownership/confirm; without a linked ' +
      'account it is required (422 password_required)',
  })
  @IsOptional()
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  password?: string;
}

export class ConfirmOwnershipDto {
  @ApiProperty({ format: 'uuid', description: 'The member who becomes owner (the one the code was sent for)' })
  @IsDefined()
  @IsUUID()
  member_id: string;

  @ApiProperty({ example: '042117', description: 'The 6-digit code the bot sent to your Telegram' })
  @IsDefined()
  @IsString()
  @Matches(/^\d{6}$/, { message: 'code must be 6 digits' })
  code: string;
}

export class OwnershipOtpSentResponse {
  @ApiProperty({ enum: ['telegram'], description: 'Where the code went' }) otp_sent: 'telegram';
  @ApiProperty({ format: 'date-time', description: 'The code is valid 10 minutes' }) expires_at: string;
}

export class MemberTelegramSwitches {
  @ApiProperty({ description: 'A private message when a ticket is assigned to the member' }) assigned: boolean;
  @ApiProperty({ description: "A private message when the customer writes on the member's ticket" })
  customer_replied: boolean;
}

export class MemberTelegramLink {
  @ApiProperty({ type: 'integer', format: 'int64', description: 'Telegram user id' }) user_id: number;
  @ApiProperty({ type: 'string', nullable: true }) username: string | null;
  @ApiProperty({
    type: MemberTelegramSwitches,
    description: 'Private notifications (PUT /v1/team/members/{member_id}/notifications changes them)',
  })
  notifications: MemberTelegramSwitches;
}

export class TeamMemberResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: MEMBER_ROLES }) role: MemberRole;
  @ApiProperty({ format: 'date-time' }) created_at: string;
  @ApiProperty({
    enum: ['pending', 'accepted'],
    description: '`pending` until the member sets a password through an invite link',
  })
  invite_status: 'pending' | 'accepted';
  @ApiProperty({
    type: MemberTelegramLink,
    nullable: true,
    description: "The member's linked Telegram account (team chat); null when none is linked",
  })
  telegram: MemberTelegramLink | null;
}

export class CreatedTeamMemberResponse extends TeamMemberResponse {
  @ApiProperty({
    description:
      'One-time link (valid 7 days) where the member sets a password: `<PUBLIC_URL>/invite/<token>`. Shown only now.',
  })
  invite_url: string;
}

export class IssuedInviteResponse {
  @ApiProperty({ description: 'One-time link (7 days) `<PUBLIC_URL>/invite/<token>`; earlier ones stop working' })
  invite_url: string;

  @ApiProperty({ format: 'date-time' }) expires_at: string;
}

export class ResetLinkResponse {
  @ApiProperty({
    description:
      'One-time link (24 h) `<PUBLIC_URL>/reset/<token>` where the member chooses a new password (which signs ' +
      'them out everywhere); earlier unused links stop working. Shown only now',
  })
  reset_url: string;

  @ApiProperty({ format: 'date-time' }) expires_at: string;
}

export class TeamMemberListResponse {
  @ApiProperty({ type: [TeamMemberResponse] }) members: TeamMemberResponse[];
}

export class OwnershipTransferResponse {
  @ApiProperty({ type: TeamMemberResponse, description: 'The new owner' }) owner: TeamMemberResponse;
  @ApiProperty({ type: TeamMemberResponse, description: 'The previous owner, now admin' })
  previous_owner: TeamMemberResponse;
}
