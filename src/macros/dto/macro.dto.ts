import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsObject,
  IsString,
  Matches,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { CANNED_VARIABLES } from '../../canned-responses/canned-text.js';
import { IsOptionalNonNull, IsOptionalNullable } from '../../common/validation/decorators.js';
import { Trim } from '../../common/validation/trim.js';
import {
  MESSAGE_TEXT_MAX_LENGTH,
  TAG_MAX_LENGTH,
  TICKET_PRIORITIES,
  TICKET_STATUSES,
  type TicketPriority,
  type TicketStatus,
} from '../../tickets/ticket-enums.js';

const NAME_MAX_LENGTH = 200;
const TAGS_MAX = 20;
const NOT_BLANK = /\S/;
// "me", "none" or a uuid; anything else is an unacceptable value (422).
const ASSIGN_PATTERN = /^(me|none|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

export class MacroActionsDto {
  @ApiProperty({ required: false, enum: TICKET_STATUSES })
  @IsOptionalNonNull()
  @IsIn(TICKET_STATUSES)
  status?: TicketStatus;

  @ApiProperty({ required: false, enum: TICKET_PRIORITIES })
  @IsOptionalNonNull()
  @IsIn(TICKET_PRIORITIES)
  priority?: TicketPriority;

  @ApiProperty({ required: false, type: [String], maxItems: TAGS_MAX })
  @IsOptionalNonNull()
  @IsArray()
  @ArrayMaxSize(TAGS_MAX)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(TAG_MAX_LENGTH, { each: true })
  add_tags?: string[];

  @ApiProperty({ required: false, type: [String], maxItems: TAGS_MAX })
  @IsOptionalNonNull()
  @IsArray()
  @ArrayMaxSize(TAGS_MAX)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(TAG_MAX_LENGTH, { each: true })
  remove_tags?: string[];

  @ApiProperty({
    required: false,
    description: '"me" (the member applying it; 422 with an API key), "none" (unassign) or a member id',
    example: 'me',
  })
  @IsOptionalNonNull()
  @IsString()
  @Matches(ASSIGN_PATTERN, { message: 'actions.assign must be "me", "none" or a member id' })
  assign?: string;
}

const TEXT_DESCRIPTION =
  `Reply or note text, at most ${MESSAGE_TEXT_MAX_LENGTH} characters, with the canned-response variables ` +
  `${CANNED_VARIABLES.map((name) => `{{${name}}}`).join(', ')}; null: the macro only changes the ticket`;

export class CreateMacroDto {
  @ApiProperty({ example: 'Refund done', minLength: 1, maxLength: NAME_MAX_LENGTH })
  @Trim()
  @IsString()
  @MinLength(1, { message: 'name must not be blank' })
  @MaxLength(NAME_MAX_LENGTH)
  name: string;

  @ApiProperty({ required: false, type: 'string', nullable: true, description: TEXT_DESCRIPTION })
  @IsOptionalNullable()
  @IsString()
  @Matches(NOT_BLANK, { message: 'text must not be blank' })
  @MaxLength(MESSAGE_TEXT_MAX_LENGTH)
  text?: string | null;

  @ApiProperty({ required: false, default: false, description: 'The text goes in as an internal note' })
  @IsOptionalNonNull()
  @IsBoolean()
  internal?: boolean;

  @ApiProperty({ required: false, type: MacroActionsDto })
  @IsOptionalNonNull()
  @IsObject()
  @ValidateNested()
  @Type(() => MacroActionsDto)
  actions?: MacroActionsDto;
}

/** PUT: only the fields sent change (`actions` is replaced whole). */
export class UpdateMacroDto {
  @ApiProperty({ required: false, minLength: 1, maxLength: NAME_MAX_LENGTH })
  @IsOptionalNonNull()
  @Trim()
  @IsString()
  @MinLength(1, { message: 'name must not be blank' })
  @MaxLength(NAME_MAX_LENGTH)
  name?: string;

  @ApiProperty({ required: false, type: 'string', nullable: true, description: TEXT_DESCRIPTION })
  @IsOptionalNullable()
  @IsString()
  @Matches(NOT_BLANK, { message: 'text must not be blank' })
  @MaxLength(MESSAGE_TEXT_MAX_LENGTH)
  text?: string | null;

  @ApiProperty({ required: false })
  @IsOptionalNonNull()
  @IsBoolean()
  internal?: boolean;

  @ApiProperty({ required: false, type: MacroActionsDto })
  @IsOptionalNonNull()
  @IsObject()
  @ValidateNested()
  @Type(() => MacroActionsDto)
  actions?: MacroActionsDto;
}

class MacroActionsResponse {
  @ApiProperty({ required: false, enum: TICKET_STATUSES }) status?: TicketStatus;
  @ApiProperty({ required: false, enum: TICKET_PRIORITIES }) priority?: TicketPriority;
  @ApiProperty({ required: false, type: [String] }) add_tags?: string[];
  @ApiProperty({ required: false, type: [String] }) remove_tags?: string[];
  @ApiProperty({ required: false }) assign?: string;
}

export class MacroResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: 'string', nullable: true }) text: string | null;
  @ApiProperty() internal: boolean;
  @ApiProperty({ type: MacroActionsResponse }) actions: MacroActionsResponse;
  @ApiProperty({ format: 'date-time' }) created_at: string;
  @ApiProperty({ format: 'date-time' }) updated_at: string;
}

export class MacroListResponse {
  @ApiProperty({ type: [MacroResponse] }) macros: MacroResponse[];
}
