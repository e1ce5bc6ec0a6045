import { ApiProperty } from '@nestjs/swagger';
import { IsString } from 'class-validator';
import { IsOptionalNonNull } from '../../common/validation/decorators.js';

/** GET /v1/events: the query is validated like every route's (a repeated or unknown parameter is a 400). */
export class EventsQuery {
  @ApiProperty({
    required: false,
    type: 'string',
    example: '1042',
    description: 'The same as the Last-Event-ID header, for clients that cannot set headers',
  })
  @IsOptionalNonNull()
  @IsString()
  last_event_id?: string;
}
