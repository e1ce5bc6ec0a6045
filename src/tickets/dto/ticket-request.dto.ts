import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  Allow,
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDefined,
  IsIn,
  IsInt,
  IsObject,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import { IsOptionalNonNull, IsOptionalNullable } from '../../common/validation/decorators.js';
import {
  BULK_ACTIONS,
  MESSAGE_TEXT_MAX_LENGTH,
  SUBJECT_MAX_LENGTH,
  TAG_MAX_LENGTH,
  TICKET_PRIORITIES,
  TICKET_STATUSES,
  type BulkAction,
  type TicketPriority,
  type TicketStatus,
} from '../ticket-enums.js';
import { type Channel, CHANNELS } from '../../common/channels.js';

const NAME_MAX_LENGTH = 255;
// Text that is only whitespace says nothing: a well-formed but invalid value (422).
const NOT_BLANK = /\S/;
const NOT_BLANK_MESSAGE = { message: 'text must not be empty' };

export class CreateTicketDto {
  @ApiProperty({
    maxLength: MESSAGE_TEXT_MAX_LENGTH,
    description: 'First message text',
    example: 'Verification code not arriving',
  })
  @IsDefined()
  @IsString()
  @Matches(NOT_BLANK, NOT_BLANK_MESSAGE)
  @MaxLength(MESSAGE_TEXT_MAX_LENGTH)
  text: string;

  @ApiProperty({ required: false, maxLength: SUBJECT_MAX_LENGTH, example: 'Login issue' })
  @IsOptionalNonNull()
  @IsString()
  @MaxLength(SUBJECT_MAX_LENGTH)
  subject?: string;

  @ApiProperty({ required: false, enum: CHANNELS, default: 'virtual' })
  @IsOptionalNonNull()
  @IsIn(CHANNELS)
  channel?: Channel;

  @ApiProperty({
    required: false,
    type: 'integer',
    format: 'int64',
    description: 'Messenger chat id. Required for telegram/max',
  })
  @ValidateIf(
    (body: CreateTicketDto) => body.chat_id !== undefined || body.channel === 'telegram' || body.channel === 'max',
  )
  @IsDefined({ message: 'chat_id is required for telegram and max tickets' })
  @IsInt()
  @Min(Number.MIN_SAFE_INTEGER)
  @Max(Number.MAX_SAFE_INTEGER)
  chat_id?: number;

  @ApiProperty({ required: false, maxLength: NAME_MAX_LENGTH, example: 'John' })
  @IsOptionalNonNull()
  @IsString()
  @MaxLength(NAME_MAX_LENGTH)
  first_name?: string;

  @ApiProperty({ required: false, maxLength: NAME_MAX_LENGTH, example: 'ivan_p' })
  @IsOptionalNonNull()
  @IsString()
  @MaxLength(NAME_MAX_LENGTH)
  username?: string;

  @ApiProperty({
    required: false,
    type: 'string',
    format: 'uuid',
    nullable: true,
    description: 'Ticket type id (GET /v1/helpdesk/ticket-types)',
  })
  @IsOptionalNullable()
  @IsUUID()
  ticket_type_id?: string | null;

  @ApiProperty({
    required: false,
    type: Object,
    additionalProperties: true,
    example: { order_id: 'A-1042' },
    description: 'Custom field values by key (GET /v1/helpdesk/custom-fields); 422 invalid_custom_field if wrong',
  })
  @IsOptionalNonNull()
  @IsObject()
  custom_fields?: Record<string, unknown>;
}

export class ReplyDto {
  @ApiProperty({
    required: false,
    maxLength: MESSAGE_TEXT_MAX_LENGTH,
    example: 'Check your Spam folder and request the code again',
    description: 'The reply. Exactly one of `text` and `canned_response_id` (400 otherwise)',
  })
  @IsOptionalNonNull()
  @IsString()
  @Matches(NOT_BLANK, NOT_BLANK_MESSAGE)
  @MaxLength(MESSAGE_TEXT_MAX_LENGTH)
  text?: string;

  @ApiProperty({
    required: false,
    format: 'uuid',
    description:
      'Reply with this canned response, its variables filled in for the ticket (agent_name from member_id). ' +
      'Instead of `text`',
  })
  @IsOptionalNonNull()
  @IsUUID()
  canned_response_id?: string;

  @ApiProperty({ required: false, default: false, description: 'true: an internal note, hidden from the customer' })
  @IsOptionalNonNull()
  @IsBoolean()
  internal?: boolean;

  @ApiProperty({
    required: false,
    type: 'string',
    format: 'uuid',
    nullable: true,
    description: 'The team member the reply is attributed to',
  })
  @IsOptionalNullable()
  @IsUUID()
  member_id?: string | null;

  @ApiProperty({
    required: false,
    format: 'uuid',
    description:
      'The last message of the ticket the agent saw. When newer messages exist, nothing is stored or charged: ' +
      '409 `ticket_changed` with those messages in `messages`. An id that is not a message of this ticket: 422',
  })
  @IsOptionalNonNull()
  @IsUUID()
  after_message_id?: string;
}

/** The multipart/form-data form of a reply (documentation of the form; the parts are checked while they stream in). */
export class ReplyWithFilesDto {
  @ApiProperty({
    required: false,
    maxLength: MESSAGE_TEXT_MAX_LENGTH,
    description:
      'The reply text; optional when files are present (a caption of at most 1024 characters goes with the ' +
      'files, the rest follows as a message)',
  })
  text?: string;

  @ApiProperty({
    required: false,
    enum: ['true', 'false'],
    default: 'false',
    description: 'true: an internal note with files, never sent to the customer',
  })
  internal?: string;

  @ApiProperty({ required: false, format: 'uuid', description: 'The team member the reply is attributed to' })
  member_id?: string;

  @ApiProperty({
    type: 'array',
    items: { type: 'string', format: 'binary' },
    minItems: 1,
    maxItems: 10,
    description: '1–10 files, each at most 20 MiB',
  })
  files: Blob[];
}

export class CustomerReplyDto {
  @ApiProperty({ maxLength: MESSAGE_TEXT_MAX_LENGTH, example: 'Still not working' })
  @IsDefined()
  @IsString()
  @Matches(NOT_BLANK, NOT_BLANK_MESSAGE)
  @MaxLength(MESSAGE_TEXT_MAX_LENGTH)
  text: string;
}

export class ChangeStatusDto {
  @ApiProperty({ enum: TICKET_STATUSES })
  @IsDefined()
  @IsIn(TICKET_STATUSES)
  status: TicketStatus;
}

export class AssignDto {
  @ApiProperty({
    required: false,
    type: 'string',
    format: 'uuid',
    nullable: true,
    description: 'Team member id; null or omitted removes the assignment',
  })
  @IsOptionalNullable()
  @IsUUID()
  assigned_to?: string | null;
}

export class ChangePriorityDto {
  @ApiProperty({ enum: TICKET_PRIORITIES })
  @IsDefined()
  @IsIn(TICKET_PRIORITIES)
  priority: TicketPriority;
}

export class BulkDto {
  @ApiProperty({ type: [String], format: 'uuid', minItems: 1, maxItems: 100 })
  @IsDefined()
  @IsArray()
  @IsUUID('all', { each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  ticket_ids: string[];

  @ApiProperty({ enum: BULK_ACTIONS })
  @IsDefined()
  @IsIn(BULK_ACTIONS)
  action: BulkAction;

  @ApiProperty({
    required: false,
    nullable: true,
    description:
      'set_status: a status; assign: a member id or null; set_priority: a priority; add_tag/remove_tag: a tag ' +
      '(1..64 characters); close: omitted',
    type: 'string',
  })
  // Checked by the service against the action: its type depends on the action.
  @Allow()
  value?: unknown;
}

export class ListTicketsQuery {
  @ApiProperty({ required: false, enum: TICKET_STATUSES })
  @IsOptionalNonNull()
  @IsIn(TICKET_STATUSES)
  status?: TicketStatus;

  @ApiProperty({ required: false, description: 'A member id, or `none` for unassigned tickets' })
  @IsOptionalNonNull()
  @ValidateIf((query: ListTicketsQuery) => query.assigned_to !== 'none')
  @IsUUID()
  assigned_to?: string;

  @ApiProperty({ required: false, enum: TICKET_PRIORITIES })
  @IsOptionalNonNull()
  @IsIn(TICKET_PRIORITIES)
  priority?: TicketPriority;

  @ApiProperty({ required: false, enum: CHANNELS })
  @IsOptionalNonNull()
  @IsIn(CHANNELS)
  channel?: Channel;

  @ApiProperty({ required: false, format: 'uuid' })
  @IsOptionalNonNull()
  @IsUUID()
  ticket_type_id?: string;

  @ApiProperty({ required: false, maxLength: TAG_MAX_LENGTH })
  @IsOptionalNonNull()
  @IsString()
  @MaxLength(TAG_MAX_LENGTH)
  tag?: string;

  @ApiProperty({ required: false, maxLength: 200, description: 'Full-text search in subject and message text' })
  @IsOptionalNonNull()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiProperty({ required: false, format: 'uuid', description: "The customer's tickets (the ticket's subscriber_id)" })
  @IsOptionalNonNull()
  @IsUUID()
  customer_id?: string;

  @ApiProperty({ required: false, type: 'integer', minimum: 1, maximum: 100, default: 50 })
  @IsOptionalNonNull()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;

  @ApiProperty({ required: false, type: 'integer', minimum: 0, default: 0 })
  @IsOptionalNonNull()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  offset?: number;

  @ApiProperty({ required: false, description: '`next_cursor` of the previous page (keyset paging)' })
  @IsOptionalNonNull()
  @IsString()
  @MaxLength(200)
  cursor?: string;
}

/** POST /v1/helpdesk/canned-responses/{canned_id}/render */
export class RenderCannedResponseDto {
  @ApiProperty({ format: 'uuid', description: 'The ticket whose customer, number and subject fill the variables' })
  @IsDefined()
  @IsUUID()
  ticket_id: string;

  @ApiProperty({
    required: false,
    type: 'string',
    format: 'uuid',
    nullable: true,
    description: 'The agent for {{agent_name}}',
  })
  @IsOptionalNullable()
  @IsUUID()
  member_id?: string | null;
}
