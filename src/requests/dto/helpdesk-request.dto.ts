import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsUUID } from 'class-validator';
import { IsOptionalNonNull } from '../../common/validation/decorators.js';
import { REQUEST_STATUSES } from '../helpdesk-request.entity.js';
import type { RequestStatus } from '../helpdesk-request.entity.js';
import { MESSENGER_CHANNELS, type MessengerChannel } from '../../common/channels.js';

/** POST /v1/helpdesk/request */
export class CreateHelpdeskRequestDto {
  @ApiProperty({ required: false, enum: MESSENGER_CHANNELS, description: 'Preferred messenger; omitted → both links' })
  @IsOptionalNonNull()
  @IsIn([...MESSENGER_CHANNELS])
  channel?: MessengerChannel;

  @ApiProperty({
    required: false,
    format: 'uuid',
    description: 'Ticket type pre-selected on the ticket creation screen',
  })
  @IsOptionalNonNull()
  @IsUUID()
  ticket_type_id?: string;
}

export class HelpdeskRequestResponse {
  @ApiProperty({ example: 'Kq9xV3mN2pT7rL8s', pattern: '^[A-Za-z0-9]{16}$' })
  request_id: string;

  @ApiProperty({
    required: false,
    example: 'https://t.me/zapnotybot?start=hdreq_Kq9xV3mN2pT7rL8s',
    description: 'Present unless channel=max was asked for',
  })
  telegram_link?: string;

  @ApiProperty({
    required: false,
    example: 'https://max.ru/zapnotybot?start=hdreq_Kq9xV3mN2pT7rL8s',
    description: 'Present unless channel=telegram was asked for',
  })
  max_link?: string;

  @ApiProperty({ example: 900, description: 'Seconds the request stays valid' })
  expires_in: number;
}

export class HelpdeskRequestStatusResponse {
  @ApiProperty({ enum: REQUEST_STATUSES })
  status: RequestStatus;

  @ApiProperty({ required: false, format: 'uuid', description: 'Present when accepted' })
  subscriber_id?: string;

  @ApiProperty({ required: false, enum: MESSENGER_CHANNELS, description: 'The messenger the customer answered in' })
  channel?: MessengerChannel;
}
