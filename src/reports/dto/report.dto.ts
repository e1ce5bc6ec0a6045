import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { CHANNELS, type Channel } from '../../common/channels.js';
import { IsCalendarDate } from './calendar-date.js';

export const REPORT_INTERVALS = ['day', 'week'] as const;
export type ReportInterval = (typeof REPORT_INTERVALS)[number];

/** GET /v1/helpdesk/reports (and reports.csv): the days from..to, both included, in `timezone`. */
export class ReportQuery {
  @ApiProperty({
    required: false,
    format: 'date',
    example: '2026-11-01',
    description: 'First day of the range (YYYY-MM-DD, included). Default: 29 days before `to`',
  })
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @ApiProperty({
    required: false,
    format: 'date',
    example: '2026-11-30',
    description: 'Last day of the range (YYYY-MM-DD, included; at most 400 days after `from`). Default: today',
  })
  @IsOptional()
  @IsCalendarDate()
  to?: string;

  @ApiProperty({
    required: false,
    enum: REPORT_INTERVALS,
    default: 'day',
    description: 'Bucket size: a day, or 7 days counted from `from` (pass a Monday for calendar weeks)',
  })
  @IsOptional()
  @IsIn(REPORT_INTERVALS)
  interval?: ReportInterval;

  @ApiProperty({
    required: false,
    example: 'Europe/Moscow',
    description: 'IANA time zone the days are counted in. Default: UTC',
  })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  timezone?: string;
}

export class ReportBucketResponse {
  @ApiProperty({ format: 'date', example: '2026-11-01', description: 'First day of the bucket (local date)' })
  start: string;
  @ApiProperty({ type: 'integer', description: 'Tickets created in the bucket' }) created: number;
  @ApiProperty({ type: 'integer', description: 'Tickets whose (last) close falls in the bucket' }) closed: number;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Median seconds from creation to first reply, tickets created in the bucket (null: none replied)',
  })
  first_reply_p50_seconds: number | null;
  @ApiProperty({ type: Number, nullable: true, description: '90th percentile of the same' })
  first_reply_p90_seconds: number | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Median seconds from creation to close, tickets closed in the bucket',
  })
  resolution_p50_seconds: number | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    description:
      'Percent of the tickets created in the bucket with neither SLA target breached (current thresholds); ' +
      'null when nothing was created or no SLA target is set',
  })
  sla_met_percent: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Average CSAT rating given in the bucket' })
  csat_average: number | null;
  @ApiProperty({ type: 'integer', description: 'CSAT ratings given in the bucket' }) csat_count: number;
}

export class ReportAgentResponse {
  @ApiProperty({ format: 'uuid' }) member_id: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: 'integer', description: 'Public replies the member wrote in the range' }) replies: number;
  @ApiProperty({ type: 'integer', description: 'Tickets assigned to the member closed in the range' }) closed: number;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Median first-reply seconds of the tickets assigned to the member created in the range',
  })
  first_reply_p50_seconds: number | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Average CSAT rating (the latest) of the tickets assigned to the member closed in the range',
  })
  csat_average: number | null;
}

export class ReportChannelResponse {
  @ApiProperty({ enum: CHANNELS }) channel: Channel;
  @ApiProperty({ type: 'integer', description: 'Tickets created in the range' }) created: number;
}

export class ReportTypeResponse {
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'null: tickets without a type' })
  ticket_type_id: string | null;
  @ApiProperty({ type: String, nullable: true }) name: string | null;
  @ApiProperty({ type: 'integer', description: 'Tickets created in the range' }) created: number;
}

export class ReportResponse {
  @ApiProperty({ format: 'date' }) from: string;
  @ApiProperty({ format: 'date' }) to: string;
  @ApiProperty({ enum: REPORT_INTERVALS }) interval: ReportInterval;
  @ApiProperty({ example: 'Europe/Moscow' }) timezone: string;
  @ApiProperty({ type: [ReportBucketResponse], description: 'One bucket per day or week of the range, oldest first' })
  series: ReportBucketResponse[];
  @ApiProperty({ type: [ReportAgentResponse], description: 'Every member of the project, by name' })
  agents: ReportAgentResponse[];
  @ApiProperty({ type: [ReportChannelResponse], description: 'Every channel, zeros included' })
  channels: ReportChannelResponse[];
  @ApiProperty({
    type: [ReportTypeResponse],
    description: 'Every ticket type (zeros included) and the tickets without a type',
  })
  types: ReportTypeResponse[];
}
