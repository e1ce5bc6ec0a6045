import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { IsOptionalNonNull, IsOptionalNullable } from '../../common/validation/decorators.js';
import { Trim } from '../../common/validation/trim.js';
import { CANNED_VARIABLES } from '../canned-text.js';

export const CANNED_TITLE_MAX_LENGTH = 200;
export const CANNED_TEXT_MAX_LENGTH = 4096;
/** A slash, then 1–32 letters (any script), digits, `_` or `-`: `/hi`, `/refund_policy`, `/привет`. */
export const SHORTCUT_PATTERN = /^\/[\p{L}\p{N}_-]{1,32}$/u;
const SHORTCUT_RULE = 'shortcut must be "/" followed by 1-32 letters, digits, "_" or "-" (like /hi)';
const NOT_BLANK = /\S/;

const TEXT_DESCRIPTION =
  `Plain text, at most ${CANNED_TEXT_MAX_LENGTH} characters. Variables: ` +
  `${CANNED_VARIABLES.map((name) => `{{${name}}}`).join(', ')} ` +
  '(spaces inside the braces allowed). Any other {{…}} is rejected (422).';

export class CreateCannedResponseDto {
  @ApiProperty({ example: 'Greeting', minLength: 1, maxLength: CANNED_TITLE_MAX_LENGTH })
  @Trim()
  @IsString()
  @MinLength(1, { message: 'title must not be blank' })
  @MaxLength(CANNED_TITLE_MAX_LENGTH)
  title: string;

  @ApiProperty({
    example: 'Hello, {{first_name}}! How can we help?',
    minLength: 1,
    maxLength: CANNED_TEXT_MAX_LENGTH,
    description: TEXT_DESCRIPTION,
  })
  @IsString()
  @Matches(NOT_BLANK, { message: 'text must not be blank' })
  @MaxLength(CANNED_TEXT_MAX_LENGTH)
  text: string;

  @ApiProperty({
    required: false,
    type: 'string',
    nullable: true,
    example: '/hi',
    pattern: SHORTCUT_PATTERN.source,
    description: 'Quick-insert shortcut, unique per project case-insensitively (409); stored lower-cased',
  })
  @IsOptionalNullable()
  @Trim()
  @IsString()
  @Matches(SHORTCUT_PATTERN, { message: SHORTCUT_RULE })
  shortcut?: string | null;
}

/** PUT /v1/helpdesk/canned-responses/{canned_id}: only the fields sent change; `shortcut: null` removes it. */
export class UpdateCannedResponseDto {
  @ApiProperty({ required: false, minLength: 1, maxLength: CANNED_TITLE_MAX_LENGTH })
  @IsOptionalNonNull()
  @Trim()
  @IsString()
  @MinLength(1, { message: 'title must not be blank' })
  @MaxLength(CANNED_TITLE_MAX_LENGTH)
  title?: string;

  @ApiProperty({ required: false, minLength: 1, maxLength: CANNED_TEXT_MAX_LENGTH, description: TEXT_DESCRIPTION })
  @IsOptionalNonNull()
  @IsString()
  @Matches(NOT_BLANK, { message: 'text must not be blank' })
  @MaxLength(CANNED_TEXT_MAX_LENGTH)
  text?: string;

  @ApiProperty({
    required: false,
    type: 'string',
    nullable: true,
    pattern: SHORTCUT_PATTERN.source,
    description: 'null removes the shortcut',
  })
  @IsOptionalNullable()
  @Trim()
  @IsString()
  @Matches(SHORTCUT_PATTERN, { message: SHORTCUT_RULE })
  shortcut?: string | null;
}

export class CannedResponseResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'Greeting' }) title: string;
  @ApiProperty({ example: 'Hello, {{first_name}}! How can we help?' }) text: string;
  @ApiProperty({ type: 'string', nullable: true, example: '/hi' }) shortcut: string | null;
  @ApiProperty({ type: [String], enum: CANNED_VARIABLES, description: 'The variables the text uses, each once' })
  variables: string[];
  @ApiProperty({ format: 'date-time' }) created_at: string;
  @ApiProperty({ format: 'date-time' }) updated_at: string;
}

export class CannedResponseListResponse {
  @ApiProperty({ type: [CannedResponseResponse] }) canned_responses: CannedResponseResponse[];
}
