import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';

export const PRESENCE_STATES = ['viewing', 'typing', 'left'] as const;
export type PresenceState = (typeof PRESENCE_STATES)[number];

export class PresenceDto {
  @ApiProperty({
    enum: PRESENCE_STATES,
    description:
      '`viewing` (the ticket is open; send every 5 s), `typing` (a reply is being written), `left` (closed it)',
  })
  @IsIn(PRESENCE_STATES)
  state: PresenceState;
}

export class PresentMemberResponse {
  @ApiProperty({ format: 'uuid' })
  member_id: string;

  @ApiProperty()
  name: string;

  @ApiProperty({ enum: ['viewing', 'typing'] })
  state: 'viewing' | 'typing';

  @ApiProperty({ format: 'date-time', description: 'Gone after this unless renewed by its heartbeat' })
  expires_at: string;
}

export class PresenceResponse {
  @ApiProperty({ type: [PresentMemberResponse], description: 'The other members on this ticket now' })
  others: PresentMemberResponse[];
}
