import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsInt, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { IsOptionalNonNull, IsOptionalNullable } from '../../common/validation/decorators.js';
import { Trim } from '../../common/validation/trim.js';

export const TICKET_TYPE_NAME_MAX_LENGTH = 100;
export const TICKET_TYPE_DESCRIPTION_MAX_LENGTH = 500;
// Wide enough for any ordering scheme (10, 20, 30… or timestamps in minutes), narrow enough for an int column.
export const SORT_ORDER_LIMIT = 1_000_000;

/** POST /v1/helpdesk/ticket-types. `enabled` is not accepted here: a new type is enabled. */
export class CreateTicketTypeDto {
  @ApiProperty({
    example: 'Bug',
    minLength: 1,
    maxLength: TICKET_TYPE_NAME_MAX_LENGTH,
    description: 'Unique per project, case-insensitively',
  })
  @Trim()
  @IsString()
  @MinLength(1, { message: 'name must not be blank' })
  @MaxLength(TICKET_TYPE_NAME_MAX_LENGTH)
  name: string;

  @ApiProperty({
    required: false,
    type: 'string',
    nullable: true,
    example: 'Bug reports',
    maxLength: TICKET_TYPE_DESCRIPTION_MAX_LENGTH,
  })
  @IsOptionalNullable()
  @IsString()
  @MaxLength(TICKET_TYPE_DESCRIPTION_MAX_LENGTH)
  description?: string | null;

  @ApiProperty({
    required: false,
    type: 'integer',
    example: 1,
    default: 0,
    minimum: -SORT_ORDER_LIMIT,
    maximum: SORT_ORDER_LIMIT,
  })
  @IsOptionalNonNull()
  @IsInt()
  @Min(-SORT_ORDER_LIMIT)
  @Max(SORT_ORDER_LIMIT)
  sort_order?: number;
}

/** PUT /v1/helpdesk/ticket-types/{type_id}: only the fields sent change. */
export class UpdateTicketTypeDto {
  @ApiProperty({ required: false, example: 'Bug', minLength: 1, maxLength: TICKET_TYPE_NAME_MAX_LENGTH })
  @IsOptionalNonNull()
  @Trim()
  @IsString()
  @MinLength(1, { message: 'name must not be blank' })
  @MaxLength(TICKET_TYPE_NAME_MAX_LENGTH)
  name?: string;

  @ApiProperty({
    required: false,
    type: 'string',
    nullable: true,
    maxLength: TICKET_TYPE_DESCRIPTION_MAX_LENGTH,
    description: 'null clears it',
  })
  @IsOptionalNullable()
  @IsString()
  @MaxLength(TICKET_TYPE_DESCRIPTION_MAX_LENGTH)
  description?: string | null;

  @ApiProperty({ required: false, type: 'integer', minimum: -SORT_ORDER_LIMIT, maximum: SORT_ORDER_LIMIT })
  @IsOptionalNonNull()
  @IsInt()
  @Min(-SORT_ORDER_LIMIT)
  @Max(SORT_ORDER_LIMIT)
  sort_order?: number;

  @ApiProperty({
    required: false,
    description: 'A disabled type is hidden from the runtime list and cannot be used for new tickets',
  })
  @IsOptionalNonNull()
  @IsBoolean()
  enabled?: boolean;
}

/** An item of the runtime list (what customers and integrations pick from). */
export class TicketTypeResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'Bug' }) name: string;
  @ApiProperty({ type: 'string', nullable: true, example: 'Bug reports' }) description: string | null;
}

export class TicketTypeListResponse {
  @ApiProperty({ type: [TicketTypeResponse] }) ticket_types: TicketTypeResponse[];
}

/** A type as configured, including disabled ones. */
export class TicketTypeConfigResponse extends TicketTypeResponse {
  @ApiProperty() enabled: boolean;
  @ApiProperty({ type: 'integer' }) sort_order: number;
  @ApiProperty({ format: 'date-time' }) created_at: string;
  @ApiProperty({ format: 'date-time' }) updated_at: string;
}

export class TicketTypeConfigListResponse {
  @ApiProperty({ type: [TicketTypeConfigResponse] }) ticket_types: TicketTypeConfigResponse[];
}
