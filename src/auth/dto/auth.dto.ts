import { ApiProperty } from '@nestjs/swagger';
import { IsDefined, IsEmail, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { IsOptionalNonNull } from '../../common/validation/decorators.js';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../common/auth/password.js';
import { TeamMemberResponse } from '../../team/dto/team-member.dto.js';

export class LoginDto {
  @ApiProperty({ example: 'anna@example.com', maxLength: 254 })
  @IsDefined()
  @IsString()
  @IsEmail({}, { message: 'email must be a valid e-mail address' })
  @MaxLength(254)
  email: string;

  @ApiProperty({ maxLength: PASSWORD_MAX_LENGTH })
  @IsDefined()
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  password: string;

  @ApiProperty({
    required: false,
    example: 'acme',
    description: 'Project slug; needed only when this e-mail is a member of several projects (422 project_required)',
  })
  @IsOptionalNonNull()
  @IsString()
  @MaxLength(64)
  project?: string;
}

export class AcceptInviteDto {
  @ApiProperty({ description: 'The token: the last part of the invite URL' })
  @IsDefined()
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{20,100}$/, { message: 'token is not an invite token' })
  token: string;

  @ApiProperty({ minLength: PASSWORD_MIN_LENGTH, maxLength: PASSWORD_MAX_LENGTH })
  @IsDefined()
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH, { message: `password must be at least ${PASSWORD_MIN_LENGTH} characters` })
  @MaxLength(PASSWORD_MAX_LENGTH, { message: `password must be at most ${PASSWORD_MAX_LENGTH} characters` })
  password: string;
}

export class SignedInProjectResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() slug: string;
  @ApiProperty() name: string;
}

export class SignedInMemberResponse {
  @ApiProperty({ type: TeamMemberResponse }) member: TeamMemberResponse;
}

export class WhoAmIProjectResponse extends SignedInProjectResponse {
  @ApiProperty({
    description:
      "The project's Telegram help link (`https://t.me/<bot>?start=help_<slug>`): customers open it to write to " +
      'the helpdesk; the console shows it with a QR code while the project has no tickets',
    example: 'https://t.me/zapnotybot?start=help_acme',
  })
  telegram_help_link: string;
}

export class WhoAmIResponse {
  @ApiProperty({
    type: TeamMemberResponse,
    nullable: true,
    description: 'The signed-in member; null for the project API key (owner level)',
  })
  member: TeamMemberResponse | null;

  @ApiProperty({ type: WhoAmIProjectResponse }) project: WhoAmIProjectResponse;
}
