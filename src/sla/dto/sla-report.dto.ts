import { ApiProperty } from '@nestjs/swagger';
import { IsISO8601, IsOptional } from 'class-validator';

/** GET /v1/helpdesk/sla: tickets created in [from, to]; a date without a time as `to` includes that whole day. */
export class SlaReportQuery {
  @ApiProperty({
    required: false,
    format: 'date-time',
    example: '2026-11-01',
    description: 'Tickets created at or after (ISO 8601)',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  @ApiProperty({
    required: false,
    format: 'date-time',
    example: '2026-11-30',
    description: 'Tickets created at or before (ISO 8601)',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;
}

export class SlaThresholdsResponse {
  @ApiProperty({ type: 'integer', nullable: true }) sla_first_reply_hours: number | null;
  @ApiProperty({ type: 'integer', nullable: true }) sla_resolve_hours: number | null;
}

export class SlaReportResponse {
  @ApiProperty({ type: SlaThresholdsResponse, description: 'The current thresholds (breaches are judged by them)' })
  thresholds: SlaThresholdsResponse;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) from: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) to: string | null;
  @ApiProperty({ type: 'integer', description: 'Tickets created in the range' }) tickets_total: number;
  @ApiProperty({ type: 'integer' }) tickets_closed: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Average over tickets with a first reply' })
  avg_first_response_seconds: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Average over closed tickets (last close)' })
  avg_resolution_seconds: number | null;
  @ApiProperty({ type: 'integer', description: 'Replied late, or unreplied and already past due' })
  first_reply_breached: number;
  @ApiProperty({ type: 'integer', description: 'Closed late, or open and already past due' }) resolve_breached: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Average csat_rating of rated tickets' }) csat_average:
    number | null;
  @ApiProperty({ type: 'integer', description: 'Rated tickets' }) csat_ratings: number;
}
