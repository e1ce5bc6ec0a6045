import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { IsOptionalNonNull } from '../../common/validation/decorators.js';
import { DELIVERY_STATUSES, WEBHOOK_EVENTS, type DeliveryStatus, type WebhookEventName } from '../webhook-events.js';

export const WEBHOOK_URL_MAX_LENGTH = 2048;

/** PUT /v1/webhook */
export class PutWebhookDto {
  @ApiProperty({
    example: 'https://example.com/zapnoty-webhook',
    maxLength: WEBHOOK_URL_MAX_LENGTH,
    description: 'http(s) URL on a public address',
  })
  @IsString()
  @MaxLength(WEBHOOK_URL_MAX_LENGTH)
  url: string;

  @ApiProperty({
    required: false,
    enum: WEBHOOK_EVENTS,
    isArray: true,
    description: 'Events to send; omitted = every event',
  })
  @IsOptionalNonNull()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(WEBHOOK_EVENTS.length * 2)
  @IsIn(WEBHOOK_EVENTS, { each: true })
  events?: WebhookEventName[];
}

export class WebhookResponse {
  @ApiProperty() url: string;
  @ApiProperty({
    enum: WEBHOOK_EVENTS,
    isArray: true,
    description: 'Subscribed events (every event when none were chosen)',
  })
  events: string[];
  @ApiProperty({ description: 'HMAC-SHA256 key of X-Zapnoty-Signature' }) secret: string;
  @ApiProperty({ description: 'false after the receiver answered 410 Gone; PUT enables it again' }) enabled: boolean;
  @ApiProperty({ type: String, nullable: true }) disabled_reason: string | null;
  @ApiProperty({ format: 'date-time' }) created_at: string;
  @ApiProperty({ format: 'date-time' }) updated_at: string;
}

/** GET /v1/webhook/deliveries */
export class ListDeliveriesQuery {
  @ApiProperty({ required: false, enum: WEBHOOK_EVENTS, description: 'Only attempts of this event type' })
  @IsOptional()
  @IsIn(WEBHOOK_EVENTS)
  event?: WebhookEventName;

  @ApiProperty({ required: false, format: 'uuid', description: 'Only attempts of this event (its X-Zapnoty-Delivery)' })
  @IsOptional()
  @IsUUID()
  event_id?: string;

  @ApiProperty({ required: false, enum: DELIVERY_STATUSES })
  @IsOptional()
  @IsIn(DELIVERY_STATUSES)
  status?: DeliveryStatus;

  @ApiProperty({ required: false, type: 'integer', minimum: 1, maximum: 100, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;
}

export class WebhookDeliveryResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid', description: 'X-Zapnoty-Delivery of the event' }) event_id: string;
  @ApiProperty({ example: 'ticket.created' }) event: string;
  @ApiProperty({ type: 'integer', description: '1 for the first try; retries and redeliveries count on' })
  attempt: number;
  @ApiProperty({
    enum: DELIVERY_STATUSES,
    description:
      'success: 2xx; retrying: failed, another attempt is scheduled; failed: failed, no further automatic attempt',
  })
  status: DeliveryStatus;
  @ApiProperty({ type: 'integer', nullable: true, description: "Receiver's HTTP status; null when none arrived" })
  status_code: number | null;
  @ApiProperty({ type: String, nullable: true }) error: string | null;
  @ApiProperty({ type: 'integer' }) duration_ms: number;
  @ApiProperty() url: string;
  @ApiProperty({ description: 'Sent by POST /v1/webhook/deliveries/{id}/redeliver' }) redelivery: boolean;
  @ApiProperty({ format: 'date-time' }) created_at: string;
}

export class WebhookDeliveryListResponse {
  @ApiProperty({ type: [WebhookDeliveryResponse] }) deliveries: WebhookDeliveryResponse[];
  @ApiProperty({ description: 'Whether the project has a webhook now (GET /v1/webhook is a 404 without one)' })
  webhook_configured: boolean;
}
