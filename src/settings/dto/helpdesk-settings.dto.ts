import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsInt, IsObject, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { IsOneOfNumbers, IsOptionalNonNull, IsOptionalNullable } from '../../common/validation/decorators.js';
import { UNANSWERED_HOURS_CHOICES } from '../helpdesk-settings.entity.js';
import { BusinessHoursDto, BusinessHoursResponse } from './automation-settings.dto.js';

export const MESSAGE_MAX_LENGTH = 4096;
// A year: longer SLA targets are certainly a typo.
const SLA_MAX_HOURS = 8760;

/** An optional SLA target in whole hours, 1 to SLA_MAX_HOURS; null disables it. */
function SlaHours() {
  // In the order stacked decorators run (bottom up), so validation and the OpenAPI schema come out the same.
  return applyDecorators(
    Max(SLA_MAX_HOURS),
    Min(1),
    IsInt(),
    IsOptionalNullable(),
    ApiProperty({
      required: false,
      type: 'integer',
      nullable: true,
      minimum: 1,
      maximum: SLA_MAX_HOURS,
      description: 'null disables',
    }),
  );
}

export class LocalizedTextDto {
  @ApiProperty({ maxLength: MESSAGE_MAX_LENGTH, example: 'Здравствуйте! Опишите вашу проблему' })
  @IsString()
  @MaxLength(MESSAGE_MAX_LENGTH)
  ru: string;

  @ApiProperty({ maxLength: MESSAGE_MAX_LENGTH, example: 'Hello! Describe your issue' })
  @IsString()
  @MaxLength(MESSAGE_MAX_LENGTH)
  en: string;
}

/** PUT /v1/helpdesk/settings: every field optional; only the fields sent change. */
export class UpdateHelpdeskSettingsDto {
  @ApiProperty({ required: false })
  @IsOptionalNonNull()
  @IsBoolean()
  helpdesk_enabled?: boolean;

  @ApiProperty({ required: false, type: LocalizedTextDto })
  @IsOptionalNonNull()
  @IsObject()
  @ValidateNested()
  @Type(() => LocalizedTextDto)
  helpdesk_welcome_message?: LocalizedTextDto;

  @ApiProperty({ required: false, type: LocalizedTextDto })
  @IsOptionalNonNull()
  @IsObject()
  @ValidateNested()
  @Type(() => LocalizedTextDto)
  helpdesk_close_message?: LocalizedTextDto;

  @SlaHours()
  sla_first_reply_hours?: number | null;

  @SlaHours()
  sla_resolve_hours?: number | null;

  @ApiProperty({ required: false })
  @IsOptionalNonNull()
  @IsBoolean()
  helpdesk_ticket_types_enabled?: boolean;

  @ApiProperty({ required: false })
  @IsOptionalNonNull()
  @IsBoolean()
  helpdesk_allow_create?: boolean;

  @ApiProperty({ required: false })
  @IsOptionalNonNull()
  @IsBoolean()
  helpdesk_allow_view?: boolean;

  @ApiProperty({ required: false })
  @IsOptionalNonNull()
  @IsBoolean()
  csat_enabled?: boolean;

  @ApiProperty({ required: false, maxLength: 1024 })
  @IsOptionalNonNull()
  @IsString()
  @MaxLength(1024)
  csat_message_template?: string;

  @ApiProperty({
    required: false,
    type: 'integer',
    nullable: true,
    enum: [...UNANSWERED_HOURS_CHOICES],
    description: 'null disables',
  })
  @IsOptionalNullable()
  @IsInt()
  @IsOneOfNumbers(UNANSWERED_HOURS_CHOICES)
  helpdesk_unanswered_hours?: number | null;

  @ApiProperty({ required: false, type: BusinessHoursDto, nullable: true, description: 'null: SLA counts all hours' })
  @IsOptionalNullable()
  @IsObject()
  @ValidateNested()
  @Type(() => BusinessHoursDto)
  business_hours?: BusinessHoursDto | null;

  @ApiProperty({ required: false, type: LocalizedTextDto, nullable: true, description: 'null disables' })
  @IsOptionalNullable()
  @IsObject()
  @ValidateNested()
  @Type(() => LocalizedTextDto)
  out_of_hours_reply?: LocalizedTextDto | null;

  @ApiProperty({
    required: false,
    type: 'integer',
    nullable: true,
    minimum: 1,
    maximum: 365,
    description: 'null disables',
  })
  @IsOptionalNullable()
  @IsInt()
  @Min(1)
  @Max(365)
  auto_close_waiting_days?: number | null;

  @ApiProperty({ required: false })
  @IsOptionalNonNull()
  @IsBoolean()
  auto_assign_on_reply?: boolean;
}

export class HelpdeskSettingsResponse {
  @ApiProperty() helpdesk_enabled: boolean;
  @ApiProperty({ type: LocalizedTextDto }) helpdesk_welcome_message: LocalizedTextDto;
  @ApiProperty({ type: LocalizedTextDto }) helpdesk_close_message: LocalizedTextDto;
  @ApiProperty({ type: 'integer', nullable: true }) sla_first_reply_hours: number | null;
  @ApiProperty({ type: 'integer', nullable: true }) sla_resolve_hours: number | null;
  @ApiProperty() helpdesk_ticket_types_enabled: boolean;
  @ApiProperty() helpdesk_allow_create: boolean;
  @ApiProperty() helpdesk_allow_view: boolean;
  @ApiProperty() csat_enabled: boolean;
  @ApiProperty() csat_message_template: string;
  @ApiProperty({ type: 'integer', nullable: true, enum: [...UNANSWERED_HOURS_CHOICES] }) helpdesk_unanswered_hours:
    number | null;
  @ApiProperty({ type: BusinessHoursResponse, nullable: true }) business_hours: BusinessHoursResponse | null;
  @ApiProperty({ type: LocalizedTextDto, nullable: true }) out_of_hours_reply: LocalizedTextDto | null;
  @ApiProperty({ type: 'integer', nullable: true }) auto_close_waiting_days: number | null;
  @ApiProperty() auto_assign_on_reply: boolean;
  @ApiProperty({ format: 'date-time' }) updated_at: string;
}
