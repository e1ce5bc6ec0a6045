import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsString, Max, MaxLength, Min } from 'class-validator';
import { Type } from 'class-transformer';
import { CHANNELS, type Channel } from '../../common/channels.js';
import { IsOptionalNonNull, IsOptionalNullable } from '../../common/validation/decorators.js';
import { TICKET_STATUSES, type TicketStatus } from '../../tickets/ticket-enums.js';

export const CUSTOMER_NOTE_MAX_LENGTH = 2000;

/** GET /v1/helpdesk/customers */
export class ListCustomersQuery {
  @ApiProperty({
    required: false,
    maxLength: 100,
    description: 'Case-insensitive prefix of the first or last name, the username (with or without @) or the chat id',
  })
  @IsOptionalNonNull()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiProperty({ required: false, enum: CHANNELS })
  @IsOptionalNonNull()
  @IsIn(CHANNELS)
  channel?: Channel;

  @ApiProperty({ required: false, type: 'boolean', description: 'Only blocked (true) or only unblocked (false)' })
  @IsOptionalNonNull()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  blocked?: boolean;

  @ApiProperty({ required: false, type: 'integer', minimum: 1, maximum: 100, default: 50 })
  @IsOptionalNonNull()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;

  @ApiProperty({ required: false, description: '`next_cursor` of the previous page' })
  @IsOptionalNonNull()
  @IsString()
  @MaxLength(200)
  cursor?: string;
}

/** PATCH /v1/helpdesk/customers/{customer_id}: only the fields sent change. */
export class UpdateCustomerDto {
  @ApiProperty({
    required: false,
    type: 'string',
    nullable: true,
    maxLength: CUSTOMER_NOTE_MAX_LENGTH,
    description: "The team's note about the customer (never shown to them); null clears it",
  })
  @IsOptionalNullable()
  @IsString()
  @MaxLength(CUSTOMER_NOTE_MAX_LENGTH)
  note?: string | null;

  @ApiProperty({
    required: false,
    description: "A blocked customer's messages open no ticket, add no message and get no answer from the bot",
  })
  @IsOptionalNonNull()
  @IsBoolean()
  blocked?: boolean;
}

export class CustomerTicketCounts {
  @ApiProperty({ type: 'integer', description: 'Tickets not closed' }) open: number;
  @ApiProperty({ type: 'integer' }) total: number;
}

export class CustomerResponse {
  @ApiProperty({ format: 'uuid', description: "The customer's id: a ticket's subscriber_id" }) id: string;
  @ApiProperty({ enum: CHANNELS }) channel: Channel;
  @ApiProperty({ type: 'integer', nullable: true, example: 123456789 }) chat_id: number | null;
  @ApiProperty({ type: 'string', nullable: true, example: 'Anna' }) first_name: string | null;
  @ApiProperty({ type: 'string', nullable: true }) last_name: string | null;
  @ApiProperty({ type: 'string', nullable: true, example: 'anna' }) username: string | null;
  @ApiProperty({ type: 'string', nullable: true, example: 'ru', description: "The messenger's language code" })
  language: string | null;
  @ApiProperty() blocked: boolean;
  @ApiProperty({ type: 'string', nullable: true }) note: string | null;
  @ApiProperty({ format: 'date-time' }) first_seen_at: string;
  @ApiProperty({ format: 'date-time', description: 'Their last message (or first contact)' }) last_seen_at: string;
  @ApiProperty({ type: CustomerTicketCounts }) tickets: CustomerTicketCounts;
  @ApiProperty({ type: 'number', nullable: true, example: 4.5, description: 'Average CSAT of their rated tickets' })
  csat_average: number | null;
}

export class CustomerListResponse {
  @ApiProperty({ type: [CustomerResponse] }) customers: CustomerResponse[];
  @ApiProperty({ type: 'string', nullable: true, description: 'Pass as `cursor` for the next page; null at the end' })
  next_cursor: string | null;
}

export class CustomerTicketResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: 'integer' }) ticket_number: number;
  @ApiProperty({ type: 'string', nullable: true }) subject: string | null;
  @ApiProperty({ enum: TICKET_STATUSES }) status: TicketStatus;
  @ApiProperty({ format: 'date-time' }) created_at: string;
}

export class CustomerDetailsResponse extends CustomerResponse {
  @ApiProperty({ type: [CustomerTicketResponse], description: 'Their newest tickets, up to 20' })
  recent_tickets: CustomerTicketResponse[];
}
