import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean } from 'class-validator';
import { TEAM_CHAT_STATUSES, type TeamChatStatus } from '../team-chat.entities.js';

export class LinkCodeResponse {
  @ApiProperty({ description: 'One-time code (valid 1 hour, one use)' }) code: string;
  @ApiProperty({ format: 'date-time' }) expires_at: string;
  @ApiProperty({
    description:
      'Open it in Telegram: `https://t.me/<bot>?startgroup=<code>` (a group) or `…?start=member_<code>` (a member)',
  })
  telegram_link: string;
}

export class TeamChatResponse {
  @ApiProperty() linked: boolean;
  @ApiProperty({ type: 'integer', format: 'int64', nullable: true, description: 'Telegram chat id of the group' })
  chat_id: number | null;
  @ApiProperty({ type: 'string', nullable: true }) title: string | null;
  @ApiProperty({ type: 'string', format: 'date-time', nullable: true }) linked_at: string | null;
  @ApiProperty({
    enum: TEAM_CHAT_STATUSES,
    nullable: true,
    description:
      '`ok`; `bot_removed`: the bot was removed from the group; `no_topic_rights`: the bot may not create ' +
      'topics (topics off, or not an admin with "Manage topics"). Null when not linked',
  })
  status: TeamChatStatus | null;
}

export class MemberNotificationsDto {
  @ApiProperty({ description: 'A private message when a ticket is assigned to the member' })
  @IsBoolean()
  assigned: boolean;

  @ApiProperty({ description: "A private message when the customer writes on the member's ticket" })
  @IsBoolean()
  customer_replied: boolean;
}

export class MemberNotificationsResponse {
  @ApiProperty() assigned: boolean;
  @ApiProperty() customer_replied: boolean;
}
