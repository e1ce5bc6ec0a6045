import { ApiProperty } from '@nestjs/swagger';
import { IsObject, IsString, IsUUID, MaxLength } from 'class-validator';
import { IsOptionalNonNull, IsOptionalNullable } from '../../common/validation/decorators.js';
import { SUBJECT_MAX_LENGTH } from '../ticket-enums.js';

/** PATCH /v1/helpdesk/tickets/{id}: only the fields sent change. */
export class UpdateTicketDto {
  @ApiProperty({
    required: false,
    type: 'string',
    nullable: true,
    maxLength: SUBJECT_MAX_LENGTH,
    example: 'Login issue',
    description: 'null clears it',
  })
  @IsOptionalNullable()
  @IsString()
  @MaxLength(SUBJECT_MAX_LENGTH)
  subject?: string | null;

  @ApiProperty({
    required: false,
    type: 'string',
    format: 'uuid',
    nullable: true,
    description: 'An enabled ticket type of the project (422 ticket_type_not_usable otherwise); null clears it',
  })
  @IsOptionalNullable()
  @IsUUID()
  ticket_type_id?: string | null;

  @ApiProperty({
    required: false,
    type: Object,
    additionalProperties: true,
    example: { order_id: 'A-1042', urgent: true },
    description:
      'Custom field values by key (GET /v1/helpdesk/custom-fields); a key set to null is unset, keys left out ' +
      'keep their values. A wrong type, unknown key or option → 422 invalid_custom_field',
  })
  @IsOptionalNonNull()
  @IsObject()
  custom_fields?: Record<string, unknown>;
}
