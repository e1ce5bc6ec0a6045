import { ApiProperty } from '@nestjs/swagger';
import { IsObject, IsString, MaxLength, MinLength } from 'class-validator';
import { Trim } from '../../common/validation/trim.js';

export const SAVED_VIEW_NAME_MAX_LENGTH = 80;

export class CreateSavedViewDto {
  @ApiProperty({ minLength: 1, maxLength: SAVED_VIEW_NAME_MAX_LENGTH, example: 'My urgent tickets' })
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(SAVED_VIEW_NAME_MAX_LENGTH)
  name: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string' },
    example: { status: 'new', priority: 'urgent', sort: 'sla_due', order: 'asc' },
    description:
      "The ticket list's query parameters (GET /v1/helpdesk/tickets), as strings: up to 20, names of " +
      '`[a-z][a-z0-9_]*` up to 64 characters, values up to 500 characters. Checked again when the list runs',
  })
  @IsObject()
  filters: Record<string, string>;
}

export class SavedViewResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  name: string;

  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' } })
  filters: Record<string, string>;

  @ApiProperty({ format: 'date-time' })
  created_at: string;
}

export class SavedViewListResponse {
  @ApiProperty({ type: [SavedViewResponse], description: 'Oldest first' })
  views: SavedViewResponse[];
}
